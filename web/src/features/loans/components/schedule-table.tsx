// A schedule version's instalments: number, due date (B.E.), amount, paid and remaining with its state.
// Narrow enough for a 360 px phone: interest is a second line of the amount, and "paid" shows from sm up.
import { Badge, Stack, Text } from "@mantine/core";
import { DataTable, Table } from "../../../components/data-table";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { Instalment } from "../api";

const STATE_COLOR = { paid: "teal", overdue: "red", partial: "yellow", open: "gray" } as const;

export function ScheduleTable({ instalments, testId }: { instalments: Instalment[]; testId?: string }) {
  const { t } = useLanguage();
  const format = useFormat();
  const today = todayIso();
  const hasInterest = instalments.some((i) => i.interestSatang > 0);
  return (
    <DataTable minWidth={320} striped data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th className="num">{t("loans.schedule.seq")}</Table.Th>
          <Table.Th>{t("loans.schedule.dueOn")}</Table.Th>
          <Table.Th className="num">
            {hasInterest ? t("loans.schedule.amount") : t("loans.principal")}
          </Table.Th>
          <Table.Th className="num" visibleFrom="sm">
            {t("loans.schedule.paid")}
          </Table.Th>
          <Table.Th className="num">{t("loans.schedule.remaining")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {instalments.map((i) => {
          const paid = i.paidPrincipalSatang + i.paidInterestSatang;
          const state =
            i.unpaidSatang === 0 ? "paid" : i.dueOn < today ? "overdue" : paid > 0 ? "partial" : "open";
          return (
            <Table.Tr key={i.seq} data-testid={`instalment-${i.seq}`}>
              <Table.Td className="num">{i.seq}</Table.Td>
              <Table.Td className="nowrap">{format.date(i.dueOn)}</Table.Td>
              <Table.Td className="num">
                {format.money(i.totalSatang)}
                {hasInterest && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: "normal" }}>
                    {t("loans.schedule.split", {
                      principal: format.money(i.principalSatang),
                      interest: format.money(i.interestSatang),
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="num" visibleFrom="sm">
                {format.money(paid)}
              </Table.Td>
              <Table.Td className="num">
                <Stack gap={2} align="flex-end">
                  <Text span size="sm" fw={i.unpaidSatang > 0 ? 700 : undefined}>
                    {format.money(i.unpaidSatang)}
                  </Text>
                  <Badge
                    size="xs"
                    variant="light"
                    color={STATE_COLOR[state]}
                    style={{ textTransform: "none" }}
                  >
                    {t(`loans.schedule.${state}`)}
                  </Badge>
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </DataTable>
  );
}
