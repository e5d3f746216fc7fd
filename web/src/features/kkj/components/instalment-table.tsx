// The repayment table of a request or a contract (งวดที่, วันครบกำหนด, จำนวนเงิน; on a contract also what
// has been paid and the principal still owed after each instalment).
import { Text } from "@mantine/core";
import { DataTable, Table } from "../../../components/data-table";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { ContractInstalment, Instalment, PlanBody } from "../api";

export function InstalmentTable({ rows }: { rows: (Instalment | ContractInstalment)[] }) {
  const { t } = useLanguage();
  const format = useFormat();
  const withPaid = rows.some((r) => "paidPrincipalSatang" in r);
  let remaining = rows.reduce((s, r) => s + r.principalSatang, 0);
  const total = remaining;
  return (
    <DataTable minWidth={withPaid ? 560 : 380} data-testid="instalment-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("kkj.instalment.seq")}</Table.Th>
          <Table.Th>{t("kkj.instalment.dueOn")}</Table.Th>
          <Table.Th className="num">{t("kkj.instalment.amount")}</Table.Th>
          {withPaid && <Table.Th className="num">{t("kkj.instalment.paid")}</Table.Th>}
          <Table.Th className="num">{t("kkj.instalment.remaining")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => {
          remaining -= r.principalSatang;
          return (
            <Table.Tr key={r.seq}>
              <Table.Td>{t("kkj.instalment.seqValue", { seq: r.seq })}</Table.Td>
              <Table.Td className="nowrap">{format.dateLong(r.dueOn)}</Table.Td>
              <Table.Td className="num">{format.money(r.totalSatang)}</Table.Td>
              {withPaid && (
                <Table.Td className="num">
                  {"paidPrincipalSatang" in r
                    ? format.money(r.paidPrincipalSatang + r.paidInterestSatang)
                    : ""}
                </Table.Td>
              )}
              <Table.Td className="num">{format.money(remaining)}</Table.Td>
            </Table.Tr>
          );
        })}
        <Table.Tr className="kkj-total-row">
          <Table.Td colSpan={2}>{t("kkj.instalment.total")}</Table.Td>
          <Table.Td className="num">{format.money(total)}</Table.Td>
          {withPaid && (
            <Table.Td className="num">
              {format.money(
                rows.reduce(
                  (s, r) =>
                    s + ("paidPrincipalSatang" in r ? r.paidPrincipalSatang + r.paidInterestSatang : 0),
                  0,
                ),
              )}
            </Table.Td>
          )}
          <Table.Td />
        </Table.Tr>
      </Table.Tbody>
    </DataTable>
  );
}

/** "ผ่อน 6 งวด ทุก 2 เดือน" / "ชำระครั้งเดียว 15/03/2570" / "กำหนดวันชำระเอง 3 งวด". */
export function PlanSummary({ plan }: { plan: Partial<PlanBody> }) {
  const { t } = useLanguage();
  const format = useFormat();
  let text: string;
  switch (plan.scheduleType) {
    case "lump_sum":
      text = t("kkj.plan.lumpSumValue", { date: plan.lumpSumDueOn ? format.date(plan.lumpSumDueOn) : "–" });
      break;
    case "custom":
      text = t("kkj.plan.customValue", { count: plan.customDueDates?.length ?? 0 });
      break;
    default:
      text = t("kkj.plan.equalValue", {
        count: plan.instalmentCount ?? 0,
        months: plan.frequencyMonths ?? 1,
      });
  }
  return <Text size="sm">{text}</Text>;
}
