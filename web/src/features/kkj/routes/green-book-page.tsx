// The green book (สมุดสีเขียว, เล่ม 8): a bank account's movements — date, document number, description,
// deposit, withdrawal and running balance — with "load more"; one tab per bank account.
import { Button, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { greenBookQuery } from "../api";
import { BookBand, Fact, useBaht, useKkjAccess } from "../components/kkj-ui";

const route = getRouteApi("/signed-in/funds/$fundId/kkj/books/green");

export function GreenBookPage() {
  const { fundId } = route.useParams();
  const { account = "" } = route.useSearch();
  const navigate = useNavigate();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const baht = useBaht();
  const access = useKkjAccess(fundId);
  const book = useInfiniteQuery(greenBookQuery(fundId, account));
  const first = book.data?.pages[0];
  const rows = book.data?.pages.flatMap((p) => p.items) ?? [];
  const current = first?.bankAccounts.find((a) => a.bankAccountId === first.bankAccountId);

  return (
    <Stack gap="md" className="kkj-printable kkj-landscape">
      <BookBand
        book="green"
        fundName={access.detail?.fund.name}
        extra={
          <Button
            variant="white"
            color="dark"
            size="xs"
            onClick={() => window.print()}
            className="kkj-no-print"
          >
            {t("kkj.print")}
          </Button>
        }
      />
      <Group justify="flex-end" className="kkj-no-print">
        <ExportLinks
          href={`/api/funds/${fundId}/kkj/books/green/export`}
          query={{ bankAccountId: account || undefined, lang }}
          testId="green-book-export"
        />
      </Group>
      <ErrorAlert error={book.error} />
      {book.isPending ? (
        <Loader size="sm" />
      ) : first ? (
        <>
          {first.bankAccounts.length > 1 && (
            <NativeSelect
              className="kkj-no-print"
              label={t("books.green.account")}
              value={first.bankAccountId ?? ""}
              onChange={(e) =>
                void navigate({
                  to: "/funds/$fundId/kkj/books/green",
                  params: { fundId },
                  search: { account: e.currentTarget.value },
                })
              }
              data={first.bankAccounts.map((a) => ({
                value: a.bankAccountId,
                label: `${a.bankName} ${a.accountNo}`,
              }))}
              style={{ maxWidth: 420 }}
            />
          )}
          {current ? (
            <Paper withBorder p="sm">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                <Fact label={t("books.green.bank")}>{current.bankName}</Fact>
                <Fact label={t("books.green.accountNo")}>{current.accountNo}</Fact>
                <Fact label={t("books.green.accountName")}>{current.accountName}</Fact>
                <Fact label={t("books.green.balance")} testId="green-balance">
                  <Text span fw={700} size="lg">
                    {baht(current.balanceSatang)}
                  </Text>
                </Fact>
              </SimpleGrid>
            </Paper>
          ) : (
            <Text c="dimmed">{t("books.green.noAccount")}</Text>
          )}
          {current && rows.length === 0 ? (
            <Text c="dimmed">{t("books.green.empty")}</Text>
          ) : current ? (
            <>
              <DataTable minWidth={760} striped data-testid="green-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("books.col.date")}</Table.Th>
                    <Table.Th>{t("books.col.docNo")}</Table.Th>
                    <Table.Th>{t("books.col.description")}</Table.Th>
                    <Table.Th className="num">{t("books.green.deposit")}</Table.Th>
                    <Table.Th className="num">{t("books.green.withdrawal")}</Table.Th>
                    <Table.Th className="num">{t("books.col.balance")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {first.openingBalanceSatang !== 0 && (
                    <Table.Tr>
                      <Table.Td />
                      <Table.Td />
                      <Table.Td>{t("books.broughtForward")}</Table.Td>
                      <Table.Td />
                      <Table.Td />
                      <Table.Td className="num">{format.money(first.openingBalanceSatang)}</Table.Td>
                    </Table.Tr>
                  )}
                  {rows.map((r) => (
                    <Table.Tr key={r.entryId} data-testid="green-row">
                      <Table.Td className="nowrap">{format.date(r.entryDate)}</Table.Td>
                      <Table.Td className="nowrap">
                        {r.docNo ?? "–"}
                        {r.docNo && (
                          <Text size="xs" c="dimmed">
                            {t(`books.green.docType.${r.docType}`)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{r.description}</Table.Td>
                      <Table.Td className="num">
                        {r.depositSatang ? format.money(r.depositSatang) : ""}
                      </Table.Td>
                      <Table.Td className="num">
                        {r.withdrawalSatang ? format.money(r.withdrawalSatang) : ""}
                      </Table.Td>
                      <Table.Td className="num" fw={600}>
                        {format.money(r.balanceSatang)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </DataTable>
              <Text size="xs" c="dimmed">
                {t("books.amountsInBaht")}
              </Text>
              <div className="kkj-no-print">
                <LoadMore
                  shown={rows.length}
                  hasMore={book.hasNextPage}
                  loading={book.isFetchingNextPage}
                  onLoadMore={() => void book.fetchNextPage()}
                />
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
