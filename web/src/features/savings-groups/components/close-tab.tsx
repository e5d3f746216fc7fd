// The year-end close: preview of the allocation by bucket and per member, then confirm (once per fiscal year).
import { Alert, Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { fiscalYearOf } from "../../../../../src/shared/thai-date";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { closeQuery, exportHref, type GroupDetail, PROFIT_BUCKETS, savingsCalls, savingsKeys } from "../api";
import { fiscalYears, todayIso } from "./shared";

export function CloseTab({ group }: { group: GroupDetail }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const years = fiscalYears(group.startedOn, todayIso());
  const [year, setYear] = useState(
    fiscalYearOf(todayIso()) - 1 >= (years.at(-1) ?? 0) ? fiscalYearOf(todayIso()) - 1 : years[0]!,
  );
  const close = useQuery(closeQuery(group.fundId, year));
  const confirm = useMutation({
    mutationFn: () => savingsCalls.close(group.fundId, year),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: savingsKeys.group(group.fundId) }),
  });
  const c = close.data;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <NativeSelect
          label={t("savings.close.fiscalYear")}
          value={String(year)}
          onChange={(e) => {
            setYear(Number(e.currentTarget.value));
            confirm.reset();
          }}
          data={years.map((y) => ({ value: String(y), label: String(y) }))}
          data-testid="sg-close-year"
        />
        <ExportLinks
          href={exportHref(group.fundId, "close")}
          query={{ fiscalYear: year, lang }}
          testId="sg-close-export"
        />
      </Group>
      <ErrorAlert error={close.error} />
      {c && (
        <>
          <Alert color={c.isClosed ? "green" : "blue"} variant="light" data-testid="sg-close-state">
            {c.isClosed && c.closedOn
              ? t("savings.close.closed", { date: format.date(c.closedOn) })
              : t("savings.close.preview")}
          </Alert>
          <Group gap="xl">
            <Text>
              {t("savings.close.income")}: <b>{format.money(c.incomeSatang)}</b>
            </Text>
            <Text>
              {t("savings.close.expense")}: <b>{format.money(c.expenseSatang)}</b>
            </Text>
            <Text>
              {t("savings.close.netProfit")}: <b>{format.money(c.netProfitSatang)}</b>
            </Text>
          </Group>
          <DataTable minWidth={480} striped data-testid="sg-close-buckets">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("savings.close.bucket")}</Table.Th>
                <Table.Th ta="right">{t("savings.close.percent")}</Table.Th>
                <Table.Th ta="right">{t("savings.close.amount")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {PROFIT_BUCKETS.map((b) => (
                <Table.Tr key={b}>
                  <Table.Td>{t(`savings.close.bucketName.${b}`)}</Table.Td>
                  <Table.Td ta="right">{((c.profitAllocationBp[b] ?? 0) / 100).toFixed(2)}</Table.Td>
                  <Table.Td ta="right">{format.money(c.buckets[b] ?? 0)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          {c.redirected.map((r) => (
            <Text key={r.bucket} size="sm" c="orange">
              {lang === "en" ? r.reason.en : r.reason.th}
            </Text>
          ))}
          <Text size="xs" c="dimmed">
            {t("savings.close.rounding")}
          </Text>
          <DataTable minWidth={820} striped data-testid="sg-close-members">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("savings.member.no")}</Table.Th>
                <Table.Th>{t("savings.member.name")}</Table.Th>
                <Table.Th ta="right">{t("savings.close.shareMonths")}</Table.Th>
                <Table.Th ta="right">{t("savings.close.interestPaid")}</Table.Th>
                <Table.Th ta="right">{t("savings.close.dividend")}</Table.Th>
                <Table.Th ta="right">{t("savings.close.refund")}</Table.Th>
                <Table.Th ta="right">{t("savings.close.total")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.members.map((m) => (
                <Table.Tr key={m.memberId}>
                  <Table.Td>{m.memberNo}</Table.Td>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td ta="right">{format.money(m.shareMonthsSatang)}</Table.Td>
                  <Table.Td ta="right">{format.money(m.interestPaidSatang)}</Table.Td>
                  <Table.Td ta="right">{format.money(m.dividendSatang)}</Table.Td>
                  <Table.Td ta="right">{format.money(m.patronageRefundSatang)}</Table.Td>
                  <Table.Td ta="right">{format.money(m.totalSatang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          {!c.isClosed && group.can.closeYear && (
            <Group>
              <Button
                color="red"
                loading={confirm.isPending}
                onClick={() => {
                  if (window.confirm(t("savings.close.confirmText", { year }))) confirm.mutate();
                }}
                data-testid="sg-close-confirm"
              >
                {t("savings.close.confirm")}
              </Button>
            </Group>
          )}
        </>
      )}
      <ErrorAlert error={confirm.error} />
      {confirm.data && <Text c="green">{t("savings.close.done", { year })}</Text>}
    </Stack>
  );
}
