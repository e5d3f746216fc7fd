// Progress by area: the area's totals and its children (drill down by clicking), per agency, and the districts table of a province, as of the rollup's refresh (B.E.); CSV/XLSX of both.
import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useMe } from "../../../lib/session";
import { DIMENSIONS, districtsQuery, type ProgressRow, progressQuery } from "../api";
import { currentProgrammeYear, PovertyTabs, programmeYears } from "../components/case-ui";

const route = getRouteApi("/signed-in/poverty/progress");

/** Where the figures come from and when they were computed (the API adds these to every progress read). */
interface Freshness {
  asOf: string;
  refreshedAt: string | null;
  source: "rollup" | "live";
}

function AsOf({ value }: { value: Freshness | undefined }) {
  const { t } = useLanguage();
  const format = useFormat();
  if (!value) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="progress-as-of">
      {t("povertyProgress.asOf", { date: format.dateLong(value.asOf) })}
      {value.refreshedAt
        ? ` · ${t("povertyProgress.refreshedAt", { time: format.dateTime(value.refreshedAt) })} · ${t("povertyProgress.source")}`
        : ` · ${t("povertyProgress.live")}`}
    </Text>
  );
}

function ProgressTable({
  rows,
  total,
  onOpen,
}: {
  rows: ProgressRow[];
  total: ProgressRow;
  onOpen?: (code: string) => void;
}) {
  const { t } = useLanguage();
  const format = useFormat();
  const line = (r: ProgressRow, head: React.ReactNode, bold = false) => (
    <Table.Tr key={r.code || "total"} fw={bold ? 700 : undefined}>
      <Table.Td>{head}</Table.Td>
      <Table.Td>{format.count(r.targeted)}</Table.Td>
      <Table.Td>{format.count(r.survive)}</Table.Td>
      <Table.Td>{format.count(r.sufficient)}</Table.Td>
      <Table.Td>{format.count(r.sustainable)}</Table.Td>
      <Table.Td>{format.count(r.graduated)}</Table.Td>
      <Table.Td>{format.count(r.helped)}</Table.Td>
      {DIMENSIONS.map((d) => (
        <Table.Td key={d}>{format.count(r.helpedByDimension[d])}</Table.Td>
      ))}
      <Table.Td>{format.count(r.deliveries)}</Table.Td>
      <Table.Td>{format.money(r.deliveredSatang)}</Table.Td>
      <Table.Td>{format.count(r.mentors)}</Table.Td>
      <Table.Td>{format.count(r.pairedHouseholds)}</Table.Td>
      <Table.Td>{format.count(r.visitedRecently)}</Table.Td>
    </Table.Tr>
  );
  return (
    <DataTable minWidth={1300} striped highlightOnHover data-testid="progress-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("povertyCases.progress.area")}</Table.Th>
          <Table.Th>{t("povertyCases.progress.targeted")}</Table.Th>
          <Table.Th>{t("povertyCases.stage.survive")}</Table.Th>
          <Table.Th>{t("povertyCases.stage.sufficient")}</Table.Th>
          <Table.Th>{t("povertyCases.stage.sustainable")}</Table.Th>
          <Table.Th>{t("povertyCases.progress.graduated")}</Table.Th>
          <Table.Th>{t("povertyCases.progress.helped")}</Table.Th>
          {DIMENSIONS.map((d) => (
            <Table.Th key={d}>{t(`povertyCases.dimension.${d}`)}</Table.Th>
          ))}
          <Table.Th>{t("povertyCases.progress.deliveries")}</Table.Th>
          <Table.Th>{t("povertyCases.progress.value")}</Table.Th>
          <Table.Th>{t("povertyCases.progress.mentors")}</Table.Th>
          <Table.Th>{t("povertyCases.progress.paired")}</Table.Th>
          <Table.Th>{t("povertyCases.progress.visited30")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) =>
          line(
            r,
            onOpen && r.code.length < 8 ? (
              <Anchor component="button" onClick={() => onOpen(r.code)}>
                {r.nameTh}
              </Anchor>
            ) : (
              r.nameTh
            ),
          ),
        )}
        {line(total, `${t("povertyCases.progress.total")} ${total.nameTh}`, true)}
      </Table.Tbody>
    </DataTable>
  );
}

export function ProgressPage() {
  const search = route.useSearch();
  const navigate = useNavigate();
  const { t } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const area = search.area ?? me.scopeCode;
  const year = search.year ? Number(search.year) : currentProgrammeYear();
  const districtsView = search.view === "districts" && area.length === 2;
  const progress = useInfiniteQuery({ ...progressQuery(area, year), enabled: !districtsView });
  const districts = useQuery({ ...districtsQuery(area, year), enabled: districtsView });
  const set = (next: Partial<typeof search>) =>
    void navigate({ to: "/poverty/progress", search: { ...search, ...next }, replace: true });
  const first = progress.data?.pages[0];
  const children = progress.data?.pages.flatMap((p) => p.children) ?? [];

  return (
    <Stack gap="md">
      <PageHeader title={t("povertyCases.progress.title")} subtitle={t("povertyCases.subtitle")} />
      <PovertyTabs active="progress" canConfigure={me.permissions.includes("poverty.configure")} />
      <Group align="flex-end">
        <NativeSelect
          label={t("povertyCases.filters.year")}
          value={String(year)}
          onChange={(e) => set({ year: e.currentTarget.value })}
          data={programmeYears().map((y) => ({ value: String(y), label: String(y) }))}
        />
        {area.length > me.scopeCode.length && (
          <Button
            variant="light"
            onClick={() => set({ area: area.slice(0, area.length - 2) || undefined, view: undefined })}
          >
            {t("povertyCases.progress.up")}
          </Button>
        )}
        {area.length === 2 && (
          <Button
            variant={districtsView ? "filled" : "light"}
            onClick={() => set({ view: districtsView ? undefined : "districts" })}
            data-testid="districts-view"
          >
            {t("povertyCases.progress.districts")}
          </Button>
        )}
        <ExportLinks
          href={
            districtsView
              ? `/api/poverty/progress/provinces/${area}/districts/export`
              : "/api/poverty/progress/export"
          }
          query={districtsView ? { year } : { area, year }}
        />
      </Group>
      {(progress.error || districts.error) && <ErrorAlert error={progress.error ?? districts.error} />}
      <AsOf value={(districtsView ? districts.data : first) as unknown as Freshness | undefined} />
      {districtsView && districts.data && (
        <ProgressTable rows={districts.data.rows} total={districts.data.total} />
      )}
      {!districtsView && first && (
        <>
          <ProgressTable
            rows={children}
            total={first.total}
            onOpen={(code) => set({ area: code, view: undefined })}
          />
          <LoadMore
            shown={children.length}
            hasMore={progress.hasNextPage}
            loading={progress.isFetchingNextPage}
            onLoadMore={() => void progress.fetchNextPage()}
          />
          <Paper withBorder p="md">
            <Title order={5}>{t("povertyCases.progress.agencies")}</Title>
            {first.agencies.length === 0 && <Text c="dimmed">{t("povertyCases.progress.empty")}</Text>}
            <DataTable minWidth={640}>
              <Table.Tbody>
                {first.agencies.map((a) => (
                  <Table.Tr key={a.agencyId}>
                    <Table.Td>{a.nameTh}</Table.Td>
                    <Table.Td>
                      {format.count(a.households)} {t("povertyCases.progress.households")}
                    </Table.Td>
                    <Table.Td>{format.money(a.plannedSatang)}</Table.Td>
                    <Table.Td>
                      {format.count(a.deliveries)} · {format.money(a.deliveredSatang)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          </Paper>
        </>
      )}
    </Stack>
  );
}
