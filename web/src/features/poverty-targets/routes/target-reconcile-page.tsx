// Reconciliation of two target lists: counts per bucket (only in A, only in B, in both, conflicting) and each bucket's rows with the conflicting details.
import {
  Badge,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import {
  BUCKETS,
  type Bucket,
  type ReconcileSide,
  reconcileExportUrl,
  reconcileRowsQuery,
  reconcileSummaryQuery,
  targetListsQuery,
} from "../api";

const route = getRouteApi("/signed-in/poverty/targets/reconcile");

function Side({ side }: { side: ReconcileSide | null }) {
  const { t } = useLanguage();
  if (!side) return <Text c="dimmed">–</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm">
        {t("povertyTargets.lineNo", { line: side.line })} · {side.headName || "–"}
      </Text>
      <Text size="xs" c="dimmed">
        {[
          side.villageCode,
          side.houseNo && t("povertyTargets.houseShort", { no: side.houseNo }),
          side.citizenIdMasked,
        ]
          .filter(Boolean)
          .join(" · ")}
      </Text>
    </Stack>
  );
}

function BucketRows({ a, b, bucket }: { a: string; b: string; bucket: Bucket }) {
  const { t } = useLanguage();
  const rows = useInfiniteQuery(reconcileRowsQuery(a, b, bucket));
  const items = rows.data?.pages.flatMap((p) => p.items) ?? [];
  if (rows.isPending) return <Loader size="sm" />;
  return (
    <Stack gap="sm">
      <ErrorAlert error={rows.error} />
      <DataTable minWidth={760} striped verticalSpacing="xs" data-testid={`reconcile-${bucket}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("povertyTargets.listA")}</Table.Th>
            <Table.Th>{t("povertyTargets.listB")}</Table.Th>
            <Table.Th>{t("povertyTargets.joinedBy")}</Table.Th>
            <Table.Th>{t("povertyTargets.conflicts")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.a?.line ?? "-"}-${item.b?.line ?? "-"}`}>
              <Table.Td>
                <Side side={item.a} />
              </Table.Td>
              <Table.Td>
                <Side side={item.b} />
              </Table.Td>
              <Table.Td>{item.joinedBy ? t(`povertyTargets.join.${item.joinedBy}`) : "–"}</Table.Td>
              <Table.Td>
                {item.conflicts.length === 0
                  ? "–"
                  : item.conflicts.map((c) => (
                      <Text size="sm" key={c.field}>
                        <Badge size="xs" color="orange" variant="light" mr={4}>
                          {t(`povertyTargets.field_.${c.field}`)}
                        </Badge>
                        {c.a} ≠ {c.b}
                      </Text>
                    ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      <LoadMore
        shown={items.length}
        hasMore={Boolean(rows.hasNextPage)}
        loading={rows.isFetchingNextPage}
        onLoadMore={() => void rows.fetchNextPage()}
      />
    </Stack>
  );
}

export function TargetReconcilePage() {
  const { a, b, bucket } = route.useSearch();
  const navigate = useNavigate();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const lists = useInfiniteQuery(targetListsQuery());
  const options = (lists.data?.pages.flatMap((p) => p.items) ?? []).map((l) => ({
    value: l.id,
    label: `${l.name} (${l.programmeYear})`,
  }));
  const both = a && b && a !== b ? { a, b } : null;
  const summary = useQuery({ ...reconcileSummaryQuery(a ?? "", b ?? ""), enabled: both !== null });
  const active: Bucket = BUCKETS.includes(bucket as Bucket) ? (bucket as Bucket) : "conflicting";
  const go = (next: { a?: string | undefined; b?: string | undefined; bucket?: string | undefined }) =>
    void navigate({ to: "/poverty/targets/reconcile", search: { a, b, bucket, ...next }, replace: true });
  return (
    <Stack gap="md">
      <PageHeader
        title={t("povertyTargets.reconcileTitle")}
        subtitle={t("povertyTargets.reconcileSubtitle")}
        breadcrumbs={[
          <AnchorLink key="lists" to="/poverty/targets">
            {t("povertyTargets.title")}
          </AnchorLink>,
        ]}
        actions={
          both && (
            <ExportLinks
              href={reconcileExportUrl}
              query={{ ...both, bucket: active, lang }}
              testId="reconcile-export"
            />
          )
        }
      />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t("povertyTargets.listA")}
            data={[{ value: "", label: t("povertyTargets.chooseList") }, ...options]}
            value={a ?? ""}
            onChange={(e) => go({ a: e.currentTarget.value || undefined })}
            data-testid="reconcile-a"
          />
          <NativeSelect
            label={t("povertyTargets.listB")}
            data={[{ value: "", label: t("povertyTargets.chooseList") }, ...options]}
            value={b ?? ""}
            onChange={(e) => go({ b: e.currentTarget.value || undefined })}
            data-testid="reconcile-b"
          />
        </SimpleGrid>
      </Paper>
      <ErrorAlert error={lists.error ?? summary.error} />
      {!both && <Text c="dimmed">{t("povertyTargets.chooseTwo")}</Text>}
      {both && summary.data && (
        <Stack gap="sm">
          <SegmentedControl
            value={active}
            onChange={(v) => go({ bucket: v })}
            data={BUCKETS.map((k) => ({
              value: k,
              label: `${t(`povertyTargets.bucket.${k}`)} (${format.count(summary.data.counts[k])})`,
            }))}
            data-testid="reconcile-buckets"
          />
          <BucketRows key={active} a={both.a} b={both.b} bucket={active} />
        </Stack>
      )}
      {both && summary.isPending && (
        <Group justify="center">
          <Loader size="sm" />
        </Group>
      )}
    </Stack>
  );
}
