// The receipts of a loan (ใบรับเงิน): number, date, amount, split, method, the printed receipt (PDF);
// cancelled ones are marked.
import { Badge, Loader, Paper, Stack, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { DataTable, Table } from "../../../components/data-table";
import { PrintButton } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { loanRepaymentsQuery, type Repayment } from "../api";

/** The loan's receipts, newest first, a page at a time. */
export function LoanReceipts({ loanId }: { loanId: string }) {
  const list = useInfiniteQuery(loanRepaymentsQuery(loanId));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  if (list.isPending) return <Loader size="sm" />;
  return (
    <Stack gap="xs">
      <ErrorAlert error={list.error} />
      <Paper withBorder p={items.length === 0 ? "sm" : 0}>
        <RepaymentsTable repayments={items} />
      </Paper>
      {items.length > 0 && (
        <LoadMore
          shown={items.length}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      )}
    </Stack>
  );
}

export function RepaymentsTable({ repayments }: { repayments: Repayment[] }) {
  const { t } = useLanguage();
  const format = useFormat();
  if (repayments.length === 0) return <Text c="dimmed">{t("loans.receipts.none")}</Text>;
  const hasInterest = repayments.some((r) => r.interestSatang > 0);
  return (
    <DataTable minWidth={320} striped data-testid="receipts-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("loans.receipts.no")}</Table.Th>
          <Table.Th>{t("loans.receipts.paidOn")}</Table.Th>
          <Table.Th className="num">{t("loans.receipts.amount")}</Table.Th>
          <Table.Th visibleFrom="xs">{t("loans.receipts.method")}</Table.Th>
          <Table.Th aria-label={t("documents.print")} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {repayments.map((r) => (
          <Table.Tr key={r.id} data-testid={`receipt-${r.receiptNo}`}>
            <Table.Td className="nowrap">
              <Text span size="sm" fw={500} td={r.isCancelled ? "line-through" : undefined}>
                {r.receiptNo}
              </Text>
              {r.isCancelled && (
                <Badge size="xs" color="red" variant="light" ml={4} style={{ textTransform: "none" }}>
                  {t("loans.receipts.cancelled")}
                </Badge>
              )}
            </Table.Td>
            <Table.Td className="nowrap">{format.date(r.paidOn)}</Table.Td>
            <Table.Td className="num">
              {format.money(r.amountSatang)}
              {hasInterest && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: "normal" }}>
                  {t("loans.schedule.split", {
                    principal: format.money(r.principalSatang),
                    interest: format.money(r.interestSatang),
                  })}
                </Text>
              )}
            </Table.Td>
            <Table.Td visibleFrom="xs">
              {r.method === "bank" ? t("repayment.bank") : t("repayment.cash")}
            </Table.Td>
            <Table.Td>
              <PrintButton href={`/api/loans/${r.loanId}/repayments/${r.id}/pdf`} testId="receipt-pdf" />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
