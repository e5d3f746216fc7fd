// The report on screen: the same rows and totals as the PDF, in a table that scrolls sideways on a phone.
import { Badge, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { AnyReport, Figures, TargetFigures } from "../api";

const num = { ta: "right" } as const;

function Cells({ values }: { values: ReactNode[] }) {
  return (
    <>
      {values.map((v, i) => (
        // Cells of one row have a fixed order; their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed column order
        <Table.Td key={i} {...(typeof v === "string" && /^[\d,.-]+$/.test(v) ? num : {})}>
          {v}
        </Table.Td>
      ))}
    </>
  );
}

function useSummary() {
  const { t } = useLanguage();
  const format = useFormat();
  return {
    headers: [
      t("reports.col.borrowers"),
      t("reports.col.lent"),
      t("reports.col.outstanding"),
      t("reports.col.bank"),
      t("reports.col.cashOther"),
      t("reports.col.totalFund"),
      t("reports.col.receivedInYear"),
      t("reports.col.missing"),
    ],
    cells: (f: Figures): string[] => [
      format.count(f.borrowers),
      format.money(f.lentSatang),
      format.money(f.outstandingSatang),
      format.money(f.bankSatang),
      format.money(f.cashOtherSatang),
      format.money(f.totalFundSatang),
      format.money(f.receivedInYearSatang),
      format.money(f.missingSatang),
    ],
  };
}

function Head({ headers }: { headers: string[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {headers.map((h) => (
          <Table.Th key={h}>{h}</Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

function TotalRow({ label, values }: { label: string; values: ReactNode[] }) {
  return (
    <Table.Tr fw={700} data-testid="report-total">
      <Table.Td>{label}</Table.Td>
      <Cells values={values} />
    </Table.Tr>
  );
}

export function ReportTable({ report }: { report: AnyReport }) {
  const { t } = useLanguage();
  const format = useFormat();
  const summary = useSummary();
  const village = (r: { villageName: string; villageCode: string; subdistrictName: string }) =>
    `${t("reports.villageNo", { name: r.villageName, no: Number(r.villageCode.slice(6)) })} ${t("reports.subdistrictShort", { name: r.subdistrictName })}`;
  const pair = (h: number, p: number) => `${format.count(h)}/${format.count(p)}`;
  const targets = (x: TargetFigures) => [
    pair(x.targetHouseholds, x.targetPersons),
    pair(x.borrowedHouseholds, x.borrowedPersons),
    pair(x.passingHouseholds, x.passingPersons),
  ];

  switch (report.report) {
    case "26-1-village": {
      const f = report.figures;
      if (!report.fund || !f) return null;
      return (
        <DataTable minWidth={760} striped data-testid="report-table">
          <Head
            headers={[
              t("reports.col.borrower"),
              t("reports.col.receivedOn"),
              t("reports.col.round"),
              t("reports.col.lent"),
              t("reports.col.repaid"),
              t("reports.col.outstanding"),
            ]}
          />
          <Table.Tbody>
            {report.lines.map((l) => (
              <Table.Tr key={l.loanId}>
                <Table.Td>
                  {l.borrowerName}{" "}
                  {l.isDefaulting && (
                    <Badge color="red" variant="light" size="xs">
                      {t("reports.defaulting")}
                    </Badge>
                  )}
                </Table.Td>
                <Cells
                  values={[
                    format.date(l.receivedOn),
                    format.count(l.borrowRound),
                    format.money(l.lentSatang),
                    format.money(l.repaidSatang),
                    format.money(l.outstandingSatang),
                  ]}
                />
              </Table.Tr>
            ))}
            <TotalRow
              label={t("reports.total")}
              values={[
                "",
                "",
                format.money(f.lentSatang),
                format.money(f.repaidSatang),
                format.money(f.outstandingSatang),
              ]}
            />
          </Table.Tbody>
        </DataTable>
      );
    }
    case "26-1-district":
      return (
        <DataTable minWidth={1100} striped data-testid="report-table">
          <Head headers={[t("reports.col.village"), ...summary.headers]} />
          <Table.Tbody>
            {report.rows.map((r) => (
              <Table.Tr key={r.fundId}>
                <Table.Td miw={200}>{village(r)}</Table.Td>
                <Cells values={summary.cells(r.figures)} />
              </Table.Tr>
            ))}
            <TotalRow label={t("reports.total")} values={summary.cells(report.totals)} />
          </Table.Tbody>
        </DataTable>
      );
    case "26-2-province":
      return (
        <DataTable minWidth={1100} striped data-testid="report-table">
          <Head headers={[t("reports.col.district"), t("reports.col.villages"), ...summary.headers]} />
          <Table.Tbody>
            {report.rows.map((r) => (
              <Table.Tr key={r.districtCode}>
                <Table.Td>{r.districtName}</Table.Td>
                <Cells values={[format.count(r.funds), ...summary.cells(r.figures)]} />
              </Table.Tr>
            ))}
            <TotalRow
              label={t("reports.total")}
              values={[format.count(report.funds), ...summary.cells(report.totals)]}
            />
          </Table.Tbody>
        </DataTable>
      );
    case "27":
      return (
        <DataTable minWidth={1300} striped data-testid="report-table">
          <Head
            headers={[
              t("reports.col.village"),
              t("reports.col.targets"),
              t("reports.col.borrowed"),
              t("reports.col.passing"),
              t("reports.col.totalFund"),
              t("reports.col.nonDefaulting"),
              t("reports.col.bank"),
              t("reports.col.missing"),
              t("reports.col.defaulting"),
              t("reports.col.level"),
              t("reports.col.agencies"),
            ]}
          />
          <Table.Tbody>
            {report.rows.map((r) => (
              <Table.Tr key={r.fundId}>
                <Table.Td miw={200}>{village(r)}</Table.Td>
                <Cells
                  values={[
                    ...targets(r.targets),
                    format.money(r.figures.totalFundSatang),
                    `${format.count(r.figures.nonDefaultingBorrowers)} / ${format.money(r.figures.nonDefaultingSatang)}`,
                    format.money(r.figures.bankSatang),
                    format.money(r.figures.missingSatang),
                    `${format.count(r.figures.defaultingHouseholds)} / ${format.money(r.figures.defaultingSatang)}`,
                    r.developmentLevel === null ? "-" : String(r.developmentLevel),
                    r.supportingAgencies ?? "-",
                  ]}
                />
              </Table.Tr>
            ))}
            <TotalRow
              label={t("reports.total")}
              values={[
                ...targets(report.targetTotals),
                format.money(report.totals.totalFundSatang),
                `${format.count(report.totals.nonDefaultingBorrowers)} / ${format.money(report.totals.nonDefaultingSatang)}`,
                format.money(report.totals.bankSatang),
                format.money(report.totals.missingSatang),
                `${format.count(report.totals.defaultingHouseholds)} / ${format.money(report.totals.defaultingSatang)}`,
                "",
                "",
              ]}
            />
          </Table.Tbody>
        </DataTable>
      );
    case "problems":
      return (
        <DataTable minWidth={1000} striped data-testid="report-table">
          <Head
            headers={[
              t("reports.col.village"),
              t("reports.col.totalFund"),
              t("reports.col.missing"),
              t("reports.col.problems"),
              t("reports.col.cause"),
              t("reports.col.remedy"),
              "",
            ]}
          />
          <Table.Tbody>
            {report.rows.map((r) => (
              <Table.Tr key={r.fundId}>
                <Table.Td miw={200}>{village(r)}</Table.Td>
                <Cells
                  values={[
                    format.money(r.figures.totalFundSatang),
                    format.money(r.figures.missingSatang),
                    r.reasons.map((x) => (format.lang === "en" ? x.nameEn : x.nameTh)).join(", "),
                    r.problemCause ?? "-",
                    r.problemRemedy ?? "-",
                  ]}
                />
                <Table.Td>
                  <AnchorLink
                    to="/reports/notes/$fundId"
                    params={{ fundId: r.fundId }}
                    search={{ fy: String(report.fiscalYear) }}
                    size="sm"
                    data-testid={`note-link-${r.villageCode}`}
                  >
                    {t("reports.recordNote")}
                  </AnchorLink>
                </Table.Td>
              </Table.Tr>
            ))}
            <TotalRow
              label={t("reports.total")}
              values={[
                format.money(report.totals.totalFundSatang),
                format.money(report.totals.missingSatang),
                "",
                "",
                "",
                "",
              ]}
            />
          </Table.Tbody>
        </DataTable>
      );
  }
}

/** The line under the title: the number of rows, or that there is nothing to report. */
export function isEmptyReport(report: AnyReport): boolean {
  return report.report === "26-1-village" ? report.fund === null : report.rows.length === 0;
}

export function EmptyReport() {
  const { t } = useLanguage();
  return (
    <Text c="dimmed" ta="center" py="lg" data-testid="report-empty">
      {t("reports.nothingToReport")}
    </Text>
  );
}
