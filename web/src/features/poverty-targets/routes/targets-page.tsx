// The target lists the user's area holds, newest first, with their match counts; links to import and reconcile.
import { Group, Loader, Stack, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { targetListsQuery } from "../api";
import { useSourceName } from "../components/target-ui";

export function TargetsPage() {
  const { t } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const sourceName = useSourceName();
  const lists = useInfiniteQuery(targetListsQuery());
  const items = lists.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={t("povertyTargets.title")}
        subtitle={t("povertyTargets.subtitle")}
        actions={
          <Group gap="xs">
            {can("households.import") && (
              <ButtonLink to="/poverty/targets/import" data-testid="targets-import">
                {t("povertyTargets.importButton")}
              </ButtonLink>
            )}
            <ButtonLink
              to="/poverty/targets/reconcile"
              variant="light"
              search={{}}
              data-testid="targets-reconcile"
            >
              {t("povertyTargets.reconcileButton")}
            </ButtonLink>
          </Group>
        }
      />
      <ErrorAlert error={lists.error} />
      {lists.isPending ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : items.length === 0 && !lists.isError ? (
        <Text c="dimmed">{t("povertyTargets.noLists")}</Text>
      ) : (
        <>
          <DataTable minWidth={760} striped data-testid="target-lists">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("povertyTargets.listName")}</Table.Th>
                <Table.Th>{t("povertyTargets.sourceLabel")}</Table.Th>
                <Table.Th>{t("povertyTargets.area")}</Table.Th>
                <Table.Th className="num">{t("povertyTargets.programmeYear")}</Table.Th>
                <Table.Th className="num">{t("povertyTargets.rows")}</Table.Th>
                <Table.Th className="num">{t("povertyTargets.match.exact_id")}</Table.Th>
                <Table.Th className="num">{t("povertyTargets.match.address_name")}</Table.Th>
                <Table.Th className="num">{t("povertyTargets.match.none")}</Table.Th>
                <Table.Th>{t("povertyTargets.importedOn")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    <AnchorLink to="/poverty/targets/$id" params={{ id: l.id }}>
                      {l.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{sourceName(l.sourceKind, l.agencyName)}</Table.Td>
                  <Table.Td>{l.areaName ?? (l.areaCode || t("povertyTargets.nation"))}</Table.Td>
                  <Table.Td className="num">{l.programmeYear}</Table.Td>
                  <Table.Td className="num">{format.count(l.rowCount)}</Table.Td>
                  <Table.Td className="num">{format.count(l.counts.exact_id)}</Table.Td>
                  <Table.Td className="num">{format.count(l.counts.address_name)}</Table.Td>
                  <Table.Td className="num">{format.count(l.counts.none)}</Table.Td>
                  <Table.Td>{format.dateTime(l.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          <LoadMore
            shown={items.length}
            hasMore={Boolean(lists.hasNextPage)}
            loading={lists.isFetchingNextPage}
            onLoadMore={() => void lists.fetchNextPage()}
          />
        </>
      )}
    </Stack>
  );
}
