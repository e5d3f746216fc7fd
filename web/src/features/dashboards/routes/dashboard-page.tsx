// The dashboard of an area (my area at /dashboard): KPI cards, selectors, the choropleth, the children table, the trend.
import { Alert, Breadcrumbs, Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { NotFoundPage, PageLoader } from "../../../components/status-page";
import { isApiError } from "../../../lib/api";
import { isInUserScope } from "../../../lib/areas";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useMe } from "../../../lib/session";
import { type AreaRef, type Dashboard, type DashboardSearch, dashboardQuery, mapQuery } from "../api";
import type { ClassMethod } from "../class-breaks";
import { ChildrenTable } from "../components/children-table";
import { ChoroplethMap } from "../components/choropleth-map";
import { KpiCards } from "../components/kpi-cards";
import { TrendChart } from "../components/trend-chart";
import { isMeasureKey, MEASURE_KEYS, type MeasureKey } from "../measures";

const FUND_TYPES = [
  "kkj",
  "savings_group",
  "village_fund",
  "womens_fund",
  "occupation_group",
  "welfare_fund",
  "other",
] as const;

function useAreaName() {
  const { t } = useLanguage();
  const format = useFormat();
  return (a: AreaRef) =>
    a.level === "nation"
      ? t("dashboard.nation")
      : a.level === "village"
        ? format.villageName(a)
        : format.areaName(a);
}

function Crumbs({ d, search }: { d: Dashboard; search: DashboardSearch }) {
  const me = useMe();
  const name = useAreaName();
  const nation: AreaRef = { code: "", level: "nation", nameTh: "", nameEn: null, villageNo: null };
  const path = d.area.level === "nation" ? [] : [nation, ...d.ancestors];
  return (
    <Breadcrumbs separatorMargin={4} style={{ flexWrap: "wrap", rowGap: 4 }}>
      {path.map((a) =>
        isInUserScope(a.code, me.scopeCode) ? (
          a.code === "" ? (
            <AnchorLink key="nation" to="/dashboard" search={search}>
              {name(a)}
            </AnchorLink>
          ) : (
            <AnchorLink key={a.code} to="/dashboard/$code" params={{ code: a.code }} search={search}>
              {name(a)}
            </AnchorLink>
          )
        ) : (
          <Text key={a.code || "nation"} size="sm" c="dimmed">
            {name(a)}
          </Text>
        ),
      )}
      <Text size="sm" fw={500}>
        {name(d.area)}
      </Text>
    </Breadcrumbs>
  );
}

export function DashboardPage() {
  const { t } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const name = useAreaName();
  const navigate = useNavigate();
  const params = useParams({ strict: false }) as { code?: string };
  const search = useSearch({ strict: false }) as DashboardSearch;
  const area = params.code ?? me.scopeCode;
  const fiscalYear = search.year && /^\d{4}$/.test(search.year) ? Number(search.year) : undefined;
  const fundType = search.type ?? "";
  const measure: MeasureKey = isMeasureKey(search.measure) ? search.measure : "outstandingSatang";
  const method: ClassMethod = search.classes === "equal" ? "equal" : "quantile";
  const query = { area, fiscalYear, fundType };
  const pages = useInfiniteQuery({
    queryKey: dashboardQuery(query).queryKey,
    queryFn: ({ pageParam, signal }) => {
      const q = dashboardQuery(query, pageParam);
      return (q.queryFn as (ctx: { signal: AbortSignal }) => Promise<Dashboard>)({ signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.children.nextCursor,
    staleTime: 60_000,
  });
  const province = area.length === 2 ? area : null;
  const showMap = area === "" || province !== null;
  const map = useQuery({ ...mapQuery(province), enabled: showMap });

  if (pages.isPending) return <PageLoader />;
  if (pages.isError) {
    if (isApiError(pages.error) && pages.error.status === 404) return <NotFoundPage />;
    return <ErrorAlert error={pages.error} />;
  }
  const first = pages.data.pages[0]!;
  const children = pages.data.pages.flatMap((p) => p.children.items);
  const keep: DashboardSearch = {
    year: search.year,
    type: search.type,
    measure: search.measure,
    classes: search.classes,
  };
  const setSearch = (patch: Partial<DashboardSearch>) => {
    const next = { ...keep, ...patch };
    if (params.code) void navigate({ to: "/dashboard/$code", params: { code: params.code }, search: next });
    else void navigate({ to: "/dashboard", search: next });
  };
  const drill = (code: string) => void navigate({ to: "/dashboard/$code", params: { code }, search: keep });
  const years = first.fiscalYears.length > 0 ? first.fiscalYears : [first.fiscalYear];

  return (
    <Stack gap="md">
      <PageHeader
        breadcrumbs={[<Crumbs key="crumbs" d={first} search={keep} />]}
        title={`${t("dashboard.title")} · ${name(first.area)}`}
        titleTestId="dashboard-title"
        subtitle={
          <Group gap="xs">
            <span>{t("dashboard.fiscalYearValue", { year: first.fiscalYear })}</span>
            {first.asOf && <span>· {t("dashboard.asOf", { date: format.dateLong(first.asOf) })}</span>}
          </Group>
        }
      />
      <Group gap="sm" wrap="wrap" align="flex-end">
        <NativeSelect
          label={t("dashboard.fiscalYear")}
          value={String(first.fiscalYear)}
          data={[...years].reverse().map((y) => String(y))}
          onChange={(e) => setSearch({ year: e.currentTarget.value })}
          data-testid="select-year"
        />
        <NativeSelect
          label={t("dashboard.fundType")}
          value={fundType}
          data={[
            { value: "", label: t("dashboard.allTypes") },
            ...FUND_TYPES.map((f) => ({ value: f, label: t(`dashboard.fundTypes.${f}`) })),
          ]}
          onChange={(e) => setSearch({ type: e.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t("dashboard.measure")}
          value={measure}
          data={MEASURE_KEYS.map((m) => ({ value: m, label: t(`dashboard.measures.${m}`) }))}
          onChange={(e) => setSearch({ measure: e.currentTarget.value })}
          data-testid="select-measure"
        />
        {showMap && (
          <NativeSelect
            label={t("dashboard.classes")}
            value={method}
            data={[
              { value: "quantile", label: t("dashboard.quantile") },
              { value: "equal", label: t("dashboard.equal") },
            ]}
            onChange={(e) => setSearch({ classes: e.currentTarget.value })}
          />
        )}
      </Group>
      {first.totals.funds === 0 && <Alert color="gray">{t("dashboard.noData")}</Alert>}
      <KpiCards totals={first.totals} selected={measure} onSelect={(m) => setSearch({ measure: m })} />
      {showMap ? (
        <Paper withBorder p="sm" radius="md">
          <Title order={3} size="h4" mb="xs">
            {t("dashboard.map")}
          </Title>
          {map.isError && <ErrorAlert error={map.error} />}
          {map.data ? (
            <ChoroplethMap
              map={map.data}
              figures={children}
              measure={measure}
              method={method}
              onDrill={drill}
            />
          ) : (
            !map.isError && <PageLoader />
          )}
        </Paper>
      ) : (
        first.childLevel && (
          <Text size="sm" c="dimmed">
            {t("dashboard.noMapBelowDistrict")}
          </Text>
        )
      )}
      {first.childLevel && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t("dashboard.children")} ({t(`dashboard.levels.${first.childLevel}`)})
          </Title>
          <ChildrenTable items={children} selected={measure} search={keep} />
          <LoadMore
            shown={children.length}
            hasMore={pages.hasNextPage}
            loading={pages.isFetchingNextPage}
            onLoadMore={() => void pages.fetchNextPage()}
          />
        </Stack>
      )}
      <Paper withBorder p="sm" radius="md">
        <Title order={3} size="h4" mb="xs">
          {t("dashboard.trend")} · {t(`dashboard.measures.${measure}`)}
        </Title>
        <TrendChart trend={first.trend} measure={measure} />
      </Paper>
    </Stack>
  );
}
