// The yellow book (สมุดสีเหลือง, เล่ม 9): one debtor account per loan (lent, repaid, written off, outstanding),
// a summary per borrowing household, and — for one loan — its movements with the running balance.
import { Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { type Debtor, yellowBookQuery } from "../api";
import { BookBand, Fact, LoanStatusBadge, useBaht, useKkjAccess } from "../components/kkj-ui";

const route = getRouteApi("/signed-in/funds/$fundId/kkj/books/yellow");

interface BorrowerSummary {
  key: string;
  name: string;
  houseNo: string | null;
  loans: number;
  lentSatang: number;
  repaidSatang: number;
  outstandingSatang: number;
}

/** One row per household (or per borrower name when a loan has no household). */
export function summariseBorrowers(debtors: readonly Debtor[]): BorrowerSummary[] {
  const by = new Map<string, BorrowerSummary>();
  for (const d of debtors) {
    const key = d.householdId ?? `name:${d.borrowerName}`;
    const row = by.get(key) ?? {
      key,
      name: d.borrowerName,
      houseNo: d.houseNo,
      loans: 0,
      lentSatang: 0,
      repaidSatang: 0,
      outstandingSatang: 0,
    };
    row.loans += 1;
    row.lentSatang += d.lentSatang;
    row.repaidSatang += d.repaidSatang;
    row.outstandingSatang += d.outstandingSatang;
    by.set(key, row);
  }
  return [...by.values()];
}

function DebtorAccounts({ fundId }: { fundId: string }) {
  const { t } = useLanguage();
  const format = useFormat();
  const book = useInfiniteQuery(yellowBookQuery(fundId, ""));
  const debtors = book.data?.pages.flatMap((p) => p.debtors) ?? [];
  const summary = summariseBorrowers(debtors);
  const total = summary.reduce(
    (s, r) => ({
      lent: s.lent + r.lentSatang,
      repaid: s.repaid + r.repaidSatang,
      outstanding: s.outstanding + r.outstandingSatang,
    }),
    { lent: 0, repaid: 0, outstanding: 0 },
  );
  if (book.error) return <ErrorAlert error={book.error} />;
  if (book.isPending) return <Loader size="sm" />;
  if (debtors.length === 0) return <Text c="dimmed">{t("books.yellow.empty")}</Text>;
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {t("books.yellow.accounts")}
      </Title>
      <DataTable minWidth={980} striped data-testid="yellow-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("kkj.contract.no")}</Table.Th>
            <Table.Th>{t("kkj.contract.borrower")}</Table.Th>
            <Table.Th>{t("books.purple.houseNo")}</Table.Th>
            <Table.Th className="num">{t("kkj.proposal.round")}</Table.Th>
            <Table.Th>{t("books.yellow.disbursedOn")}</Table.Th>
            <Table.Th className="num">{t("books.yellow.lent")}</Table.Th>
            <Table.Th className="num">{t("books.yellow.repaid")}</Table.Th>
            <Table.Th className="num">{t("books.yellow.writtenOff")}</Table.Th>
            <Table.Th className="num">{t("books.yellow.outstanding")}</Table.Th>
            <Table.Th>{t("kkj.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {debtors.map((d) => (
            <Table.Tr key={d.loanId} data-testid="yellow-row">
              <Table.Td className="nowrap">
                <AnchorLink
                  size="sm"
                  to="/funds/$fundId/kkj/books/yellow"
                  params={{ fundId }}
                  search={{ loan: d.loanId }}
                >
                  {d.contractNo}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{d.borrowerName}</Table.Td>
              <Table.Td>{d.houseNo ?? "–"}</Table.Td>
              <Table.Td className="num">{d.borrowRound ?? "–"}</Table.Td>
              <Table.Td className="nowrap">{d.disbursedOn ? format.date(d.disbursedOn) : "–"}</Table.Td>
              <Table.Td className="num">{format.money(d.lentSatang)}</Table.Td>
              <Table.Td className="num">{format.money(d.repaidSatang)}</Table.Td>
              <Table.Td className="num">
                {d.writtenOffSatang ? format.money(d.writtenOffSatang) : ""}
              </Table.Td>
              <Table.Td className="num" fw={600}>
                {format.money(d.outstandingSatang)}
              </Table.Td>
              <Table.Td>
                <LoanStatusBadge status={d.loanStatus} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      <div className="kkj-no-print">
        <LoadMore
          shown={debtors.length}
          hasMore={book.hasNextPage}
          loading={book.isFetchingNextPage}
          onLoadMore={() => void book.fetchNextPage()}
        />
      </div>
      <Title order={3} size="h4">
        {t("books.yellow.byBorrower")}
      </Title>
      <DataTable minWidth={640} striped data-testid="yellow-summary">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("kkj.contract.borrower")}</Table.Th>
            <Table.Th>{t("books.purple.houseNo")}</Table.Th>
            <Table.Th className="num">{t("books.yellow.loanCount")}</Table.Th>
            <Table.Th className="num">{t("books.yellow.lent")}</Table.Th>
            <Table.Th className="num">{t("books.yellow.repaid")}</Table.Th>
            <Table.Th className="num">{t("books.yellow.outstanding")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{r.houseNo ?? "–"}</Table.Td>
              <Table.Td className="num">{r.loans}</Table.Td>
              <Table.Td className="num">{format.money(r.lentSatang)}</Table.Td>
              <Table.Td className="num">{format.money(r.repaidSatang)}</Table.Td>
              <Table.Td className="num">{format.money(r.outstandingSatang)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr className="kkj-total-row">
            <Table.Td colSpan={3}>{t("books.total")}</Table.Td>
            <Table.Td className="num">{format.money(total.lent)}</Table.Td>
            <Table.Td className="num">{format.money(total.repaid)}</Table.Td>
            <Table.Td className="num">{format.money(total.outstanding)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </DataTable>
      <Text size="xs" c="dimmed">
        {t("books.amountsInBaht")}
        {book.hasNextPage ? ` ${t("books.yellow.summaryPartial")}` : ""}
      </Text>
    </Stack>
  );
}

const MOVEMENT_KEYS = ["disbursement", "repayment", "reversal", "write_off", "other"] as const;

function LoanAccount({ fundId, loanId }: { fundId: string; loanId: string }) {
  const { t } = useLanguage();
  const format = useFormat();
  const baht = useBaht();
  const book = useInfiniteQuery(yellowBookQuery(fundId, loanId));
  const loan = book.data?.pages[0]?.loan;
  const entries = book.data?.pages.flatMap((p) => p.entries) ?? [];
  if (book.error) return <ErrorAlert error={book.error} />;
  if (book.isPending) return <Loader size="sm" />;
  return (
    <Stack gap="md">
      <Group className="kkj-no-print">
        <AnchorLink to="/funds/$fundId/kkj/books/yellow" params={{ fundId }} search={{ loan: undefined }}>
          ← {t("books.yellow.allAccounts")}
        </AnchorLink>
      </Group>
      {loan && (
        <Paper withBorder p="sm">
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <Fact label={t("kkj.contract.borrower")}>{loan.borrowerName}</Fact>
            <Fact label={t("kkj.contract.no")}>
              {loan.contractId ? (
                <AnchorLink
                  to="/funds/$fundId/kkj/contracts/$contractId"
                  params={{ fundId, contractId: loan.contractId }}
                >
                  {loan.contractNo}
                </AnchorLink>
              ) : (
                loan.contractNo
              )}
            </Fact>
            <Fact label={t("books.yellow.lent")}>{baht(loan.lentSatang)}</Fact>
            <Fact label={t("books.yellow.outstanding")} testId="yellow-outstanding">
              <Text span fw={700}>
                {baht(loan.outstandingSatang)}
              </Text>
            </Fact>
          </SimpleGrid>
        </Paper>
      )}
      {entries.length === 0 ? (
        <Text c="dimmed">{t("books.yellow.noMovements")}</Text>
      ) : (
        <DataTable minWidth={760} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("books.col.date")}</Table.Th>
              <Table.Th>{t("books.col.docNo")}</Table.Th>
              <Table.Th>{t("books.col.description")}</Table.Th>
              <Table.Th className="num">{t("books.yellow.debit")}</Table.Th>
              <Table.Th className="num">{t("books.yellow.credit")}</Table.Th>
              <Table.Th className="num">{t("books.col.balance")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.entryId}>
                <Table.Td className="nowrap">{format.date(e.entryDate)}</Table.Td>
                <Table.Td className="nowrap">{e.docNo ?? "–"}</Table.Td>
                <Table.Td>
                  {MOVEMENT_KEYS.includes(e.movement) ? t(`books.yellow.movement.${e.movement}`) : e.movement}
                  <Text size="xs" c="dimmed">
                    {e.description}
                  </Text>
                </Table.Td>
                <Table.Td className="num">{e.debitSatang ? format.money(e.debitSatang) : ""}</Table.Td>
                <Table.Td className="num">{e.creditSatang ? format.money(e.creditSatang) : ""}</Table.Td>
                <Table.Td className="num" fw={600}>
                  {format.money(e.balanceSatang)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      <div className="kkj-no-print">
        <LoadMore
          shown={entries.length}
          hasMore={book.hasNextPage}
          loading={book.isFetchingNextPage}
          onLoadMore={() => void book.fetchNextPage()}
        />
      </div>
    </Stack>
  );
}

export function YellowBookPage() {
  const { fundId } = route.useParams();
  const { loan = "" } = route.useSearch();
  const { t, lang } = useLanguage();
  const access = useKkjAccess(fundId);
  return (
    <Stack gap="md" className="kkj-printable kkj-landscape">
      <BookBand
        book="yellow"
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
          href={`/api/funds/${fundId}/kkj/books/yellow/export`}
          query={{ loanId: loan || undefined, lang }}
          testId="yellow-book-export"
        />
      </Group>
      {loan ? <LoanAccount fundId={fundId} loanId={loan} /> : <DebtorAccounts fundId={fundId} />}
    </Stack>
  );
}
