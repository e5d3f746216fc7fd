// The official reports: choose the report, an area within your scope and the fiscal year (B.E.); see the
// rows on screen, print the PDF (optionally in Thai digits) or download Excel/CSV.
import { Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { AreaPicker } from "../../../components/area-picker";
import { ExportLinks, PrintButton } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { areaDetailQuery } from "../../../lib/area-queries";
import { useAreaLabels } from "../../../lib/areas";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useMe } from "../../../lib/session";
import {
  currentFiscalYear,
  REPORT_KINDS,
  REPORT_LEVELS,
  type ReportKind,
  reportPath,
  reportQuery,
} from "../api";
import { EmptyReport, isEmptyReport, ReportTable } from "../components/report-table";

const route = getRouteApi("/signed-in/reports");

const isKind = (value: string | undefined): value is ReportKind =>
  value !== undefined && (REPORT_KINDS as readonly string[]).includes(value);

export function ReportsPage() {
  const search = route.useSearch();
  const navigate = useNavigate();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const labels = useAreaLabels();
  const me = useMe();
  const kind: ReportKind = isKind(search.report) ? search.report : "26-1-district";
  const area = search.area ?? me.scopeCode;
  const latest = currentFiscalYear();
  const fiscalYear = Number(search.fy) >= 2537 && Number(search.fy) <= latest ? Number(search.fy) : latest;
  const thaiDigits = search.thai === "1";
  const detail = useQuery({ ...areaDetailQuery(area), enabled: area !== "" });
  const report = useQuery(reportQuery(kind, area, fiscalYear));
  const set = (next: Partial<typeof search>) =>
    void navigate({ to: "/reports", search: { ...search, ...next }, replace: true });
  const years = Array.from({ length: 10 }, (_, i) => latest - i);
  const levels = REPORT_LEVELS[kind];

  return (
    <Stack gap="md">
      <PageHeader title={t("reports.title")} subtitle={t("reports.subtitle")} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <NativeSelect
            label={t("reports.choose")}
            value={kind}
            onChange={(e) => set({ report: e.currentTarget.value })}
            data={REPORT_KINDS.map((k) => ({ value: k, label: t(`reports.kind.${k}`) }))}
            data-testid="report-kind"
          />
          <AreaPicker
            label={t("reports.area")}
            levels={levels}
            onPick={(a) => set({ area: a.code })}
            testId="report-area"
          />
          <NativeSelect
            label={t("reports.fiscalYear")}
            value={String(fiscalYear)}
            onChange={(e) => set({ fy: e.currentTarget.value })}
            data={years.map((y) => ({ value: String(y), label: t("reports.fiscalYearOption", { year: y }) }))}
            data-testid="report-year"
          />
          <Checkbox
            mt={{ base: 0, lg: 30 }}
            label={t("reports.thaiDigits")}
            checked={thaiDigits}
            onChange={(e) => set({ thai: e.currentTarget.checked ? "1" : undefined })}
            data-testid="report-thai-digits"
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="xs">
          {t("reports.levels", {
            levels: levels.map((l) => t(`reports.level.${l}`)).join(lang === "en" ? " or " : " หรือ "),
          })}
        </Text>
      </Paper>
      {area === "" ? (
        <Text c="dimmed">{t("reports.pickArea")}</Text>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={700} data-testid="report-title">
                {report.data
                  ? lang === "en"
                    ? report.data.titleEn
                    : report.data.titleTh
                  : t(`reports.kind.${kind}`)}
              </Text>
              <Text size="sm" c="dimmed">
                {detail.data ? labels.fullName(detail.data.area) : area}
                {report.data && ` · ${t("reports.asOf", { date: format.dateLong(report.data.asOf) })}`}
              </Text>
            </Stack>
            <Group gap="xs">
              <PrintButton
                href={reportPath(kind, area)}
                query={{ format: "pdf", fiscalYear, thaiDigits: thaiDigits ? "true" : undefined }}
                testId="report-print"
              />
              <ExportLinks
                href={reportPath(kind, area)}
                query={{ fiscalYear, lang: lang === "en" ? "en" : undefined }}
                testId="report-export"
              />
            </Group>
          </Group>
          {report.isError && <ErrorAlert error={report.error} />}
          {report.isPending && <Text c="dimmed">{t("reports.loading")}</Text>}
          {report.data &&
            (isEmptyReport(report.data) ? <EmptyReport /> : <ReportTable report={report.data} />)}
        </Stack>
      )}
    </Stack>
  );
}
