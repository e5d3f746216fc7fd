// One target list: its details and counts, and its rows in file order with each match and its explanation (filter by match kind, export).
import { Group, Loader, Paper, SegmentedControl, SimpleGrid, Stack, Text } from "@mantine/core";
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
import { MATCH_KINDS, type MatchKind, rowsExportUrl, targetListQuery, targetRowsQuery } from "../api";
import { DimensionBadges, MatchBadge, useSourceName } from "../components/target-ui";

const route = getRouteApi("/signed-in/poverty/targets/$id");

export function TargetListPage() {
  const { id } = route.useParams();
  const { match } = route.useSearch();
  const navigate = useNavigate();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const sourceName = useSourceName();
  const list = useQuery(targetListQuery(id));
  const kind = MATCH_KINDS.includes(match as MatchKind) ? (match as MatchKind) : undefined;
  const rows = useInfiniteQuery(targetRowsQuery(id, kind));
  const items = rows.data?.pages.flatMap((p) => p.items) ?? [];
  const l = list.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={l?.name ?? t("povertyTargets.title")}
        subtitle={
          l
            ? t("povertyTargets.listSubtitle", {
                source: sourceName(l.sourceKind, l.agencyName),
                year: l.programmeYear,
                area: l.areaName ?? (l.areaCode || t("povertyTargets.nation")),
              })
            : undefined
        }
        breadcrumbs={[
          <AnchorLink key="lists" to="/poverty/targets">
            {t("povertyTargets.title")}
          </AnchorLink>,
        ]}
        actions={
          <ExportLinks href={rowsExportUrl(id)} query={{ matchKind: kind, lang }} testId="rows-export" />
        }
      />
      <ErrorAlert error={list.error ?? rows.error} />
      {l && (
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
          {(
            [
              ["povertyTargets.rows", l.rowCount],
              ["povertyTargets.match.exact_id", l.counts.exact_id],
              ["povertyTargets.match.address_name", l.counts.address_name],
              ["povertyTargets.match.none", l.counts.none],
            ] as const
          ).map(([label, value]) => (
            <Paper withBorder p="sm" key={label}>
              <Text size="xs" c="dimmed">
                {t(label)}
              </Text>
              <Text fw={700} size="lg">
                {format.count(value)}
              </Text>
            </Paper>
          ))}
          <Paper withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t("povertyTargets.dataYear")}
            </Text>
            <Text fw={700} size="lg">
              {l.dataYear ?? "–"}
            </Text>
          </Paper>
        </SimpleGrid>
      )}
      <SegmentedControl
        value={kind ?? "all"}
        onChange={(v) =>
          void navigate({
            to: "/poverty/targets/$id",
            params: { id },
            search: { match: v === "all" ? undefined : v },
            replace: true,
          })
        }
        data={[
          { value: "all", label: t("povertyTargets.allRows") },
          ...MATCH_KINDS.map((k) => ({ value: k, label: t(`povertyTargets.match.${k}`) })),
        ]}
        data-testid="match-filter"
      />
      {rows.isPending ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : (
        <>
          <DataTable minWidth={900} striped verticalSpacing="xs" data-testid="target-rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="num">{t("povertyTargets.line")}</Table.Th>
                <Table.Th>{t("povertyTargets.nameInList")}</Table.Th>
                <Table.Th>{t("povertyTargets.village")}</Table.Th>
                <Table.Th>{t("povertyTargets.houseNo")}</Table.Th>
                <Table.Th>{t("povertyTargets.citizenId")}</Table.Th>
                <Table.Th>{t("povertyTargets.matchLabel")}</Table.Th>
                <Table.Th>{t("povertyTargets.explanation")}</Table.Th>
                <Table.Th>{t("povertyTargets.failingDimensions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td className="num">{r.line}</Table.Td>
                  <Table.Td>
                    {r.householdId ? (
                      <AnchorLink to="/poverty/households/$id/profile" params={{ id: r.householdId }}>
                        {r.headName || "–"}
                      </AnchorLink>
                    ) : (
                      r.headName || "–"
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace">{r.villageCode ?? "–"}</Table.Td>
                  <Table.Td>{r.houseNo ?? "–"}</Table.Td>
                  <Table.Td ff="monospace">{r.citizenIdMasked ?? "–"}</Table.Td>
                  <Table.Td>
                    <MatchBadge kind={r.matchKind} />
                  </Table.Td>
                  <Table.Td fz="sm">{lang === "en" ? r.explanationEn : r.explanation}</Table.Td>
                  <Table.Td>
                    <DimensionBadges dimensions={r.failingDimensions} />
                    {r.failingIndicators && r.failingIndicators.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t("povertyTargets.indicatorList", { list: r.failingIndicators.join(", ") })}
                      </Text>
                    )}
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
        </>
      )}
    </Stack>
  );
}
