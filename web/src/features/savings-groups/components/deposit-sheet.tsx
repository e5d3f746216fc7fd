// The monthly deposit sheet: one row per member, enter the shares each paid, save the whole sheet as one entry.
import { Button, Group, NativeSelect, NumberInput, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BeDateInput } from "../../../components/be-date-input";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { depositSheetQuery, exportHref, type GroupDetail, savingsCalls, savingsKeys } from "../api";
import { monthLabel, recentMonths, todayIso } from "./shared";

export function DepositSheetTab({ group }: { group: GroupDetail }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const months = recentMonths(todayIso(), 18).filter((m) => m >= group.startedOn.slice(0, 7));
  const [month, setMonth] = useState(months[0] ?? todayIso().slice(0, 7));
  const [paidOn, setPaidOn] = useState<string | null>(todayIso());
  const [entered, setEntered] = useState<Record<string, number | string>>({});
  const sheet = useQuery(depositSheetQuery(group.fundId, month));
  const open = (sheet.data?.rows ?? []).filter((r) => r.shares === null);
  const rows = open
    .map((r) => ({ memberId: r.memberId, shares: Number(entered[r.memberId]) }))
    .filter((r) => entered[r.memberId] !== undefined && entered[r.memberId] !== "" && r.shares > 0);
  const value = sheet.data?.shareValueSatang ?? 0;
  const total = rows.reduce((s, r) => s + r.shares * value, 0);
  const save = useMutation({
    mutationFn: () => savingsCalls.saveDeposits(group.fundId, { month, paidOn: paidOn ?? "", rows }),
    onSuccess: () => {
      setEntered({});
      void queryClient.invalidateQueries({ queryKey: savingsKeys.group(group.fundId) });
    },
  });
  return (
    <Stack gap="sm">
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <NativeSelect
            label={t("savings.sheet.month")}
            value={month}
            onChange={(e) => {
              setMonth(e.currentTarget.value);
              setEntered({});
              save.reset();
            }}
            data={months.map((m) => ({ value: m, label: monthLabel(m, lang) }))}
            data-testid="sg-sheet-month"
          />
          <BeDateInput label={t("savings.sheet.paidOn")} value={paidOn} onChange={setPaidOn} />
        </Group>
        <ExportLinks
          href={exportHref(group.fundId, "deposits")}
          query={{ from: month, to: month, lang }}
          testId="sg-deposits-export"
        />
      </Group>
      {sheet.data && (
        <Text size="sm" c="dimmed">
          {t("savings.sheet.hint", {
            value: format.money(sheet.data.shareValueSatang),
            min: sheet.data.minSharesPerMonth,
            max: sheet.data.maxSharesPerMonth,
          })}
        </Text>
      )}
      <ErrorAlert error={sheet.error} />
      {sheet.data && (
        <DataTable minWidth={620} striped data-testid="sg-sheet">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("savings.member.no")}</Table.Th>
              <Table.Th>{t("savings.member.name")}</Table.Th>
              <Table.Th w={140}>{t("savings.sheet.shares")}</Table.Th>
              <Table.Th ta="right">{t("savings.sheet.amount")}</Table.Th>
              <Table.Th ta="right">{t("savings.sheet.balance")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheet.data.rows.map((r) => (
              <Table.Tr key={r.memberId}>
                <Table.Td>{r.memberNo}</Table.Td>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>
                  {r.shares !== null ? (
                    <Text size="sm">
                      {r.shares} · {t("savings.sheet.already")} {r.paidOn ? format.date(r.paidOn) : ""}
                    </Text>
                  ) : (
                    <NumberInput
                      size="xs"
                      min={sheet.data.minSharesPerMonth}
                      max={sheet.data.maxSharesPerMonth}
                      allowDecimal={false}
                      value={entered[r.memberId] ?? ""}
                      onChange={(v) => setEntered({ ...entered, [r.memberId]: v })}
                      disabled={!group.can.recordDeposits}
                      aria-label={`${t("savings.sheet.shares")} ${r.name}`}
                      data-testid={`sg-shares-${r.memberNo}`}
                    />
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {r.amountSatang !== null
                    ? format.money(r.amountSatang)
                    : entered[r.memberId]
                      ? format.money(Number(entered[r.memberId]) * value)
                      : ""}
                </Table.Td>
                <Table.Td ta="right">{format.money(r.sharesSatang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      {group.can.recordDeposits && (
        <Group>
          <Text fw={600}>
            {t("savings.sheet.total", { amount: format.money(total), count: rows.length })}
          </Text>
          <Button
            onClick={() => save.mutate()}
            loading={save.isPending}
            disabled={rows.length === 0}
            data-testid="sg-sheet-save"
          >
            {t("savings.sheet.save")}
          </Button>
        </Group>
      )}
      <ErrorAlert error={save.error} />
      {save.data && (
        <Text c="green">
          {t("savings.sheet.saved", { count: save.data.count, amount: format.money(save.data.totalSatang) })}
        </Text>
      )}
    </Stack>
  );
}
