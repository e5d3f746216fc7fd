// The ledger tab: record operations (by committee seat), account balances and the journal entries, by date.
import { Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { fiscalYearOf, fiscalYearRange } from "../../../../../src/shared/thai-date";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { todayIso, useFormat } from "../../../lib/format";
import { type FundDetail, fundDetailQuery, holdsAny } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { balancesQuery, entriesQuery } from "../api";
import { EntryCard } from "../components/entry-card";
import type { OperationKind } from "../components/operation-form";

const route = getRouteApi("/signed-in/funds/$fundId/ledger");

// The recording form loads when opened (finance member and secretary only).
const OperationForm = lazy(() =>
  import("../components/operation-form").then((m) => ({ default: m.OperationForm })),
);

function allowedOperations(detail: FundDetail): OperationKind[] {
  const ops: OperationKind[] = [];
  if (holdsAny(detail, ["finance"])) ops.push("deposit", "grant");
  if (holdsAny(detail, ["secretary", "finance"])) ops.push("donation", "expense");
  return ops;
}

function Balances({ fundId }: { fundId: string }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const [asOf, setAsOf] = useState<string | null>(null);
  const balances = useQuery(balancesQuery(fundId, asOf ?? ""));
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={3} size="h4">
          {t("ledger.balances")}
        </Title>
        <DateField label={t("ledger.asOf")} value={asOf} onChange={setAsOf} maxDate={todayIso()} />
        <ExportLinks
          href={`/api/funds/${fundId}/ledger/accounts/export`}
          query={{ asOf, lang }}
          testId="ledger-balances-export"
        />
      </Group>
      <ErrorAlert error={balances.error} />
      {balances.isPending ? (
        <Loader size="sm" />
      ) : (
        <Paper withBorder p={0}>
          <DataTable minWidth={360} striped data-testid="ledger-balances">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("ledger.entry.account")}</Table.Th>
                <Table.Th className="num">{t("ledger.balance")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {balances.data?.items.map((a) => (
                <Table.Tr key={a.accountId}>
                  <Table.Td>
                    <Text span size="xs" c="dimmed" ff="monospace">
                      {a.code}
                    </Text>{" "}
                    {lang === "en" ? a.nameEn : a.nameTh}
                  </Table.Td>
                  <Table.Td className="num">{format.money(a.balanceSatang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        </Paper>
      )}
    </Stack>
  );
}

function Entries({ fundId, canReverse }: { fundId: string; canReverse: boolean }) {
  const { t, lang } = useLanguage();
  const [from, setFrom] = useState<string | null>(() => fiscalYearRange(fiscalYearOf(todayIso())).from);
  const [to, setTo] = useState<string | null>(null);
  const list = useInfiniteQuery(entriesQuery(fundId, from ?? "", to ?? ""));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={3} size="h4">
          {t("ledger.entries")}
        </Title>
        <ExportLinks
          href={`/api/funds/${fundId}/ledger/entries/export`}
          query={{ from, to, lang }}
          testId="ledger-entries-export"
        />
      </Group>
      <SimpleGrid cols={{ base: 2 }} spacing="sm" maw={480}>
        <DateField label={t("ledger.from")} value={from} onChange={setFrom} />
        <DateField label={t("ledger.to")} value={to} onChange={setTo} minDate={from ?? undefined} />
      </SimpleGrid>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed">{t("ledger.noEntries")}</Text>
      ) : (
        <>
          {items.map((e) => (
            <EntryCard key={e.id} entry={e} canReverse={canReverse} />
          ))}
          <LoadMore
            shown={items.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </Stack>
  );
}

export function LedgerTab() {
  const { fundId } = route.useParams();
  const { t } = useLanguage();
  const detail = useQuery(fundDetailQuery(fundId));
  const [open, setOpen] = useState<OperationKind | null>(null);
  if (!detail.data) return null;
  const ops = allowedOperations(detail.data);
  return (
    <Stack gap="lg">
      {ops.length > 0 && (
        <Stack gap="xs">
          <Group gap="xs">
            {ops.map((op) => (
              <Button
                key={op}
                variant={open === op ? "filled" : "light"}
                onClick={() => setOpen(open === op ? null : op)}
                data-testid={`ledger-op-${op}`}
              >
                {t(`ledger.op.${op}`)}
              </Button>
            ))}
          </Group>
          {open && (
            <Suspense fallback={<Loader size="sm" />}>
              <OperationForm key={open} kind={open} detail={detail.data} onDone={() => setOpen(null)} />
            </Suspense>
          )}
        </Stack>
      )}
      <Balances fundId={fundId} />
      <Entries fundId={fundId} canReverse={holdsAny(detail.data, ["secretary", "finance"])} />
    </Stack>
  );
}
