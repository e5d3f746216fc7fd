// A member's page: the statement of a fiscal year (shares by month, loans, last close, beneficiaries) and its PDF.
import { Group, Loader, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { fiscalYearOf } from "../../../../../src/shared/thai-date";
import { DataTable, Table } from "../../../components/data-table";
import { PrintButton } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { statementPdfHref, statementQuery } from "../api";
import { monthLabel, todayIso } from "../components/shared";

const route = getRouteApi("/signed-in/savings-groups/$fundId/members/$memberId");

export function SavingsMemberPage() {
  const { fundId, memberId } = route.useParams();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const current = fiscalYearOf(todayIso());
  const [year, setYear] = useState(current);
  const statement = useQuery(statementQuery(fundId, memberId, year));
  const s = statement.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={
          s
            ? `${s.member.name} · ${t("savings.member.no")} ${s.member.memberNo}`
            : t("savings.statement.title")
        }
        titleTestId="sg-member-title"
        breadcrumbs={[
          <AnchorLink key="group" to="/savings-groups/$fundId" params={{ fundId }}>
            {s?.group.name ?? t("savings.back")}
          </AnchorLink>,
        ]}
        subtitle={
          s
            ? `${t("savings.member.accountNo")} ${s.member.accountNo} · ${t("savings.member.joinedOn")} ${format.date(s.member.joinedOn)}`
            : undefined
        }
        actions={
          <Group>
            <NativeSelect
              aria-label={t("savings.statement.fiscalYear")}
              value={String(year)}
              onChange={(e) => setYear(Number(e.currentTarget.value))}
              data={[current, current - 1, current - 2].map((y) => ({
                value: String(y),
                label: `${t("savings.statement.fiscalYear")} ${y}`,
              }))}
            />
            <PrintButton
              href={statementPdfHref(fundId, memberId)}
              query={{ fiscalYear: year }}
              testId="sg-statement-pdf"
            />
          </Group>
        }
      />
      <ErrorAlert error={statement.error} />
      {statement.isPending && <Loader size="sm" />}
      {s && (
        <>
          <Text size="sm">
            {t("savings.statement.opening", { amount: format.money(s.openingSharesSatang) })}
          </Text>
          <DataTable minWidth={560} striped data-testid="sg-statement-months">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("savings.statement.month")}</Table.Th>
                <Table.Th ta="right">{t("savings.statement.shares")}</Table.Th>
                <Table.Th ta="right">{t("savings.statement.deposit")}</Table.Th>
                <Table.Th ta="right">{t("savings.statement.withdrawal")}</Table.Th>
                <Table.Th ta="right">{t("savings.statement.balance")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.months.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Td>{monthLabel(m.month, lang)}</Table.Td>
                  <Table.Td ta="right">{m.shares || "-"}</Table.Td>
                  <Table.Td ta="right">{m.depositSatang ? format.money(m.depositSatang) : "-"}</Table.Td>
                  <Table.Td ta="right">
                    {m.withdrawalSatang ? format.money(m.withdrawalSatang) : "-"}
                  </Table.Td>
                  <Table.Td ta="right">{format.money(m.balanceSatang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          <Title order={4}>{t("savings.statement.loans")}</Title>
          {s.loans.length === 0 && <Text c="dimmed">{t("savings.statement.noLoans")}</Text>}
          {s.loans.map((l) => (
            <Stack key={l.loanNo} gap={4}>
              <Text fw={600}>
                {l.loanNo} · {format.date(l.contractedOn)} · {format.money(l.amountSatang)} {t("money.baht")}{" "}
                · {t(`savings.loan.statusName.${l.status}`)} · {t("savings.loan.outstanding")}{" "}
                {format.money(l.outstandingPrincipalSatang)}
              </Text>
              {l.repayments.length > 0 && (
                <DataTable minWidth={480}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("savings.statement.receipt")}</Table.Th>
                      <Table.Th>{t("savings.sheet.paidOn")}</Table.Th>
                      <Table.Th ta="right">{t("savings.statement.principal")}</Table.Th>
                      <Table.Th ta="right">{t("savings.statement.interest")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {l.repayments.map((r) => (
                      <Table.Tr key={r.receiptNo}>
                        <Table.Td>{r.receiptNo}</Table.Td>
                        <Table.Td>{format.date(r.paidOn)}</Table.Td>
                        <Table.Td ta="right">{format.money(r.principalSatang)}</Table.Td>
                        <Table.Td ta="right">{format.money(r.interestSatang)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </DataTable>
              )}
            </Stack>
          ))}
          <Text data-testid="sg-statement-close">
            {s.lastClose
              ? t("savings.statement.lastClose", {
                  year: s.lastClose.fiscalYear,
                  dividend: format.money(s.lastClose.dividendSatang),
                  refund: format.money(s.lastClose.patronageRefundSatang),
                })
              : t("savings.statement.noClose")}
          </Text>
          <Title order={4}>{t("savings.member.beneficiaries")}</Title>
          <DataTable minWidth={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("savings.member.beneficiaryName")}</Table.Th>
                <Table.Th>{t("savings.member.relationship")}</Table.Th>
                <Table.Th ta="right">{t("savings.member.percent")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.member.beneficiaries.map((b) => (
                <Table.Tr key={b.seq}>
                  <Table.Td>{b.name}</Table.Td>
                  <Table.Td>{b.relationship}</Table.Td>
                  <Table.Td ta="right">{(b.shareBp / 100).toFixed(2)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        </>
      )}
    </Stack>
  );
}
