// The counts of a target-list import run, every bad row with its reason, and the first rows with their match.
import { Badge, Group, Pagination, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { TargetImportReport } from "../api";
import { MatchBadge } from "./target-ui";

const ERRORS_PER_PAGE = 100;

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  const format = useFormat();
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {format.count(value)}
      </Text>
    </Paper>
  );
}

export function TargetReportView({ report }: { report: TargetImportReport }) {
  const { t, lang } = useLanguage();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(report.errors.length / ERRORS_PER_PAGE));
  const shown = report.errors.slice((page - 1) * ERRORS_PER_PAGE, page * ERRORS_PER_PAGE);
  return (
    <Stack gap="sm" data-testid="target-report">
      <Group gap="xs">
        <Badge variant="light">{report.format.toUpperCase()}</Badge>
        <Badge variant="light" color="gray">
          {report.encoding}
        </Badge>
        {report.committed ? (
          <Badge color="green">{t("povertyTargets.committedBadge")}</Badge>
        ) : (
          <Badge color="blue" variant="light">
            {t("povertyTargets.dryRunBadge")}
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        <Count label={t("povertyTargets.rows")} value={report.rowCount} testId="report-rows" />
        <Count
          label={t("povertyTargets.match.exact_id")}
          value={report.counts.exact_id}
          testId="report-exact"
        />
        <Count
          label={t("povertyTargets.match.address_name")}
          value={report.counts.address_name}
          testId="report-address"
        />
        <Count label={t("povertyTargets.match.none")} value={report.counts.none} testId="report-none" />
        <Count label={t("povertyTargets.errors")} value={report.errors.length} testId="report-errors" />
      </SimpleGrid>
      {report.ignoredColumns.length > 0 && (
        <Text size="sm" c="dimmed">
          {t("povertyTargets.ignoredColumns", { columns: report.ignoredColumns.join(", ") })}
        </Text>
      )}
      {report.errors.length > 0 && (
        <>
          <DataTable minWidth={560} striped verticalSpacing="xs" data-testid="target-report-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="num">{t("povertyTargets.line")}</Table.Th>
                <Table.Th>{t("povertyTargets.field")}</Table.Th>
                <Table.Th>{t("povertyTargets.reason")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((e) => (
                <Table.Tr key={`${e.line}-${e.field ?? ""}-${e.code}`}>
                  <Table.Td className="num">{e.line}</Table.Td>
                  <Table.Td ff="monospace">{e.field ?? "–"}</Table.Td>
                  <Table.Td>{lang === "en" ? e.messageEn : e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
        </>
      )}
      {report.preview.length > 0 && (
        <>
          <Title order={4}>{t("povertyTargets.previewTitle", { count: report.preview.length })}</Title>
          <DataTable minWidth={700} striped verticalSpacing="xs" data-testid="target-report-preview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="num">{t("povertyTargets.line")}</Table.Th>
                <Table.Th>{t("povertyTargets.nameInList")}</Table.Th>
                <Table.Th>{t("povertyTargets.houseNo")}</Table.Th>
                <Table.Th>{t("povertyTargets.matchLabel")}</Table.Th>
                <Table.Th>{t("povertyTargets.explanation")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.preview.map((p) => (
                <Table.Tr key={p.line}>
                  <Table.Td className="num">{p.line}</Table.Td>
                  <Table.Td>{p.headName || "–"}</Table.Td>
                  <Table.Td>{p.houseNo ?? "–"}</Table.Td>
                  <Table.Td>
                    <MatchBadge kind={p.matchKind} />
                  </Table.Td>
                  <Table.Td fz="sm">{lang === "en" ? p.explanationEn : p.explanation}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        </>
      )}
    </Stack>
  );
}
