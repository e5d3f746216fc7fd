// The early-warning list: funds of an area (the district officer's by default) by risk score, highest first, each with the factors that cost it points.
import { CloseButton, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { AreaPicker } from "../../../components/area-picker";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useMe } from "../../../lib/session";
import { type FundRisk, riskListQuery, riskQueryParams } from "../api";
import { FactorList, RiskBadge, ScoreBar } from "../components/risk-parts";

const route = getRouteApi("/signed-in/risk");

function RiskCard({ risk }: { risk: FundRisk }) {
  return (
    <Paper withBorder p="sm" data-testid={`risk-card-${risk.areaCode}`}>
      <Stack gap={8}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <AnchorLink
              to="/risk/$fundId"
              params={{ fundId: risk.fundId }}
              fw={700}
              data-testid="risk-fund-link"
            >
              {risk.fundName}
            </AnchorLink>
            <Text size="xs" c="dimmed" ff="monospace">
              {risk.areaCode}
            </Text>
          </Stack>
          <RiskBadge band={risk.band} score={risk.score} />
        </Group>
        <ScoreBar score={risk.score} max={risk.maxScore} band={risk.band} />
        <FactorList factors={risk.factors} onlyScored />
      </Stack>
    </Paper>
  );
}

export function RiskPage() {
  const { area, band } = route.useSearch();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const shownBand = band ?? "atRisk";
  const list = useInfiniteQuery(riskListQuery(area ?? "", shownBand));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const asOf = list.data?.pages[0]?.asOf ?? null;
  const setSearch = (next: { area?: string | undefined; band?: string | undefined }) =>
    void navigate({ to: "/risk", search: { area, band, ...next }, replace: true });

  return (
    <Stack gap="md">
      <PageHeader
        title={t("governance.risk.title")}
        subtitle={
          asOf
            ? t("governance.risk.asOf", { date: format.dateLong(asOf) })
            : me.scopeCode === ""
              ? t("area.wholeCountry")
              : me.scopeName
        }
        actions={
          <ExportLinks
            href="/api/risk/funds/export"
            query={{ ...riskQueryParams(area ?? "", shownBand), lang }}
            testId="risk-export"
          />
        }
      />
      <Text size="sm" c="dimmed">
        {t("governance.risk.intro")}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {area ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("governance.area")}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" ff="monospace" style={{ flex: 1 }}>
                {area}
              </Text>
              <CloseButton
                aria-label={t("governance.clearArea")}
                onClick={() => setSearch({ area: undefined })}
              />
            </Group>
          </Stack>
        ) : (
          <AreaPicker
            label={t("governance.area")}
            placeholder={t("governance.areaPlaceholder")}
            onPick={(a) => setSearch({ area: a.code })}
            testId="risk-area"
          />
        )}
        <NativeSelect
          label={t("governance.risk.bandFilter")}
          value={shownBand}
          onChange={(e) => setSearch({ band: e.currentTarget.value })}
          data={[
            { value: "atRisk", label: t("governance.risk.atRiskOnly") },
            { value: "high", label: t("governance.band.high") },
            { value: "medium", label: t("governance.band.medium") },
            { value: "low", label: t("governance.band.low") },
            { value: "all", label: t("governance.risk.allBands") },
          ]}
          data-testid="risk-band"
        />
      </SimpleGrid>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending && <Loader size="sm" />}
      {list.isSuccess && items.length === 0 && (
        <Text c="dimmed" data-testid="risk-empty">
          {asOf ? t("governance.risk.none") : t("governance.risk.notComputed")}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {items.map((r) => (
          <RiskCard key={r.fundId} risk={r} />
        ))}
      </SimpleGrid>
      <LoadMore
        shown={items.length}
        hasMore={Boolean(list.hasNextPage)}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
