// The counts of an import run and every row error, a page at a time.
import { Badge, Group, Pagination, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import type { ImportReport } from "../../../../../src/shared/contracts/households";
import { DataTable, Table } from "../../../components/data-table";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";

const ERRORS_PER_PAGE = 100;

function Count({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(report.errors.length / ERRORS_PER_PAGE));
  const numbered = useMemo(
    () => report.errors.map((error, position) => ({ error, position })),
    [report.errors],
  );
  const shown = numbered.slice((page - 1) * ERRORS_PER_PAGE, page * ERRORS_PER_PAGE);

  return (
    <Stack gap="sm" data-testid="import-report">
      <Group gap="xs">
        <Badge variant="light">{report.format.toUpperCase()}</Badge>
        <Badge variant="light" color="gray">
          {t("import.encoding", { encoding: report.encoding })}
        </Badge>
        {report.committed ? (
          <Badge color="green">{t("import.committedBadge")}</Badge>
        ) : (
          <Badge color="blue" variant="light">
            {t("import.dryRunBadge")}
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Count label={t("import.rows")} value={format.count(report.rowCount)} testId="import-rows" />
        <Count
          label={t("import.households")}
          value={format.count(report.householdCount)}
          testId="import-households"
        />
        <Count label={t("import.members")} value={format.count(report.memberCount)} testId="import-members" />
        <Count
          label={t("import.errors")}
          value={format.count(report.errors.length)}
          testId="import-error-count"
        />
      </SimpleGrid>
      {report.errors.length > 0 && (
        <>
          <DataTable minWidth={560} striped verticalSpacing="xs" data-testid="import-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="num">{t("import.line")}</Table.Th>
                <Table.Th>{t("import.field")}</Table.Th>
                <Table.Th>{t("import.message")}</Table.Th>
                <Table.Th>{t("import.code")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map(({ error: e, position }) => (
                <Table.Tr key={position}>
                  <Table.Td className="num">{e.line}</Table.Td>
                  <Table.Td ff="monospace">{e.field ?? "–"}</Table.Td>
                  <Table.Td>{lang === "en" ? e.messageEn : e.message}</Table.Td>
                  <Table.Td ff="monospace" c="dimmed" fz="xs">
                    {e.code}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
        </>
      )}
    </Stack>
  );
}
