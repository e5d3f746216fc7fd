// The case list: filters by area, programme year, stage, status, failing dimension and name; export of the same rows.
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useMe } from "../../../lib/session";
import { type CaseFilters, caseActions, casesQuery, DIMENSIONS, STAGES, targetListsQuery } from "../api";
import { PovertyTabs, programmeYears, StageBadge } from "../components/case-ui";

const route = getRouteApi("/signed-in/poverty/cases");

/** Officers open the year's cases from an imported target list; a re-run opens only what is missing. */
function OpenFromLists() {
  const { t } = useLanguage();
  const client = useQueryClient();
  const lists = useQuery(targetListsQuery);
  const open = useMutation({
    mutationFn: caseActions.openFromList,
    onSuccess: () => void client.invalidateQueries({ queryKey: ["poverty-cases"] }),
  });
  const items = lists.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">
        {t("povertyCases.fromList.title")}
      </Text>
      <Stack gap={4}>
        {items.map((l) => (
          <Group key={l.id} justify="space-between">
            <Text size="sm">
              {l.name} · {t("povertyCases.list.year")} {l.programmeYear} · {l.areaCode}
            </Text>
            <Button
              size="xs"
              variant="light"
              loading={open.isPending && open.variables === l.id}
              onClick={() => open.mutate(l.id)}
            >
              {t("povertyCases.fromList.open")}
            </Button>
          </Group>
        ))}
      </Stack>
      {open.data && (
        <Text size="sm" c="green" mt="xs" data-testid="from-list-result">
          {t("povertyCases.fromList.result", {
            opened: open.data.opened,
            existing: open.data.alreadyOpen.length,
            unmatched: open.data.unmatchedRows,
          })}
        </Text>
      )}
      {open.error && <ErrorAlert error={open.error} />}
    </Paper>
  );
}

export function CasesPage() {
  const search = route.useSearch();
  const navigate = useNavigate();
  const { t } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const filters: CaseFilters = {
    area: search.area,
    year: search.year ? Number(search.year) : undefined,
    stage: search.stage,
    status: search.status,
    dimension: search.dimension,
    q: search.q,
  };
  const list = useInfiniteQuery(casesQuery(filters));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (next: Partial<typeof search>) =>
    void navigate({ to: "/poverty/cases", search: { ...search, ...next }, replace: true });
  const all = { value: "", label: t("povertyCases.filters.all") };

  return (
    <Stack gap="md">
      <PageHeader title={t("povertyCases.title")} subtitle={t("povertyCases.subtitle")} />
      <PovertyTabs active="cases" canConfigure={me.permissions.includes("poverty.configure")} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }} spacing="sm">
          <TextInput
            label={t("povertyCases.filters.area")}
            defaultValue={search.area ?? ""}
            placeholder={me.scopeCode}
            onBlur={(e) =>
              set({
                area: /^(\d{2}|\d{4}|\d{6}|\d{8})$/.test(e.currentTarget.value)
                  ? e.currentTarget.value
                  : undefined,
              })
            }
            data-testid="cases-area"
          />
          <NativeSelect
            label={t("povertyCases.filters.year")}
            value={search.year ?? ""}
            onChange={(e) => set({ year: e.currentTarget.value || undefined })}
            data={[all, ...programmeYears().map((y) => ({ value: String(y), label: String(y) }))]}
          />
          <NativeSelect
            label={t("povertyCases.filters.stage")}
            value={search.stage ?? ""}
            onChange={(e) => set({ stage: e.currentTarget.value || undefined })}
            data={[all, ...STAGES.map((s) => ({ value: s, label: t(`povertyCases.stage.${s}`) }))]}
          />
          <NativeSelect
            label={t("povertyCases.filters.status")}
            value={search.status ?? ""}
            onChange={(e) => set({ status: e.currentTarget.value || undefined })}
            data={[
              all,
              ...(["open", "closed"] as const).map((s) => ({
                value: s,
                label: t(`povertyCases.status.${s}`),
              })),
            ]}
          />
          <NativeSelect
            label={t("povertyCases.filters.dimension")}
            value={search.dimension ?? ""}
            onChange={(e) => set({ dimension: e.currentTarget.value || undefined })}
            data={[all, ...DIMENSIONS.map((d) => ({ value: d, label: t(`povertyCases.dimension.${d}`) }))]}
          />
          <TextInput
            label={t("povertyCases.filters.q")}
            defaultValue={search.q ?? ""}
            onBlur={(e) => set({ q: e.currentTarget.value.trim() || undefined })}
          />
        </SimpleGrid>
      </Paper>
      {me.permissions.includes("poverty.write") && me.role !== "mentor" && me.role !== "agency_officer" && (
        <>
          <Group>
            <ButtonLink to="/poverty/cases/open" search={{}} variant="light" data-testid="open-case">
              {t("povertyCases.open.button")}
            </ButtonLink>
          </Group>
          <OpenFromLists />
        </>
      )}
      <Group justify="flex-end">
        <ExportLinks href="/api/poverty/cases/export" query={{ ...filters }} testId="cases-export" />
      </Group>
      {list.error && <ErrorAlert error={list.error} />}
      <DataTable minWidth={860} striped highlightOnHover data-testid="cases-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("povertyCases.list.village")}</Table.Th>
            <Table.Th>{t("povertyCases.list.house")}</Table.Th>
            <Table.Th>{t("povertyCases.list.head")}</Table.Th>
            <Table.Th>{t("povertyCases.list.year")}</Table.Th>
            <Table.Th>{t("povertyCases.list.stage")}</Table.Th>
            <Table.Th>{t("povertyCases.list.failing")}</Table.Th>
            <Table.Th>{t("povertyCases.list.opened")}</Table.Th>
            <Table.Th>{t("povertyCases.list.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.areaCode}</Table.Td>
              <Table.Td>{c.houseNo}</Table.Td>
              <Table.Td>
                <AnchorLink to="/poverty/cases/$id" params={{ id: c.id }}>
                  {c.headName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{c.programmeYear}</Table.Td>
              <Table.Td>
                <StageBadge stage={c.stage} />
              </Table.Td>
              <Table.Td>
                {c.failingDimensions.map((d) => t(`povertyCases.dimension.${d}`)).join(", ")}
              </Table.Td>
              <Table.Td>{format.date(c.openedOn)}</Table.Td>
              <Table.Td>{t(`povertyCases.status.${c.status}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      {!list.isPending && items.length === 0 && <Text c="dimmed">{t("povertyCases.list.empty")}</Text>}
      <LoadMore
        shown={items.length}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
