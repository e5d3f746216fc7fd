// Funds in the user's area (or a chosen area), filtered by type, as cards that work on a phone.
import { CloseButton, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { AreaPicker } from "../../../components/area-picker";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { areaDetailQuery } from "../../../lib/area-queries";
import { useAreaLabels } from "../../../lib/areas";
import { useFormat } from "../../../lib/format";
import { FUND_TYPES, type Fund } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/session";
import { fundListQuery } from "../api";
import { FundFlags, FundStatusBadge } from "../components/fund-badges";

const route = getRouteApi("/signed-in/funds");

function FundCard({ fund }: { fund: Fund }) {
  const { t } = useLanguage();
  const format = useFormat();
  return (
    <Paper withBorder p="sm" data-testid={`fund-card-${fund.areaCode}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <AnchorLink
            to="/funds/$fundId"
            params={{ fundId: fund.id }}
            fw={700}
            style={{ minWidth: 0, overflowWrap: "anywhere" }}
            data-testid="fund-link"
          >
            {fund.name}
          </AnchorLink>
          <FundStatusBadge status={fund.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t(`funds.type.${fund.fundType}`)} · {fund.areaName}{" "}
          <Text span size="xs" ff="monospace">
            ({fund.areaCode})
          </Text>
        </Text>
        <Text size="sm">
          {t("fundAdmin.capital")}: <b>{format.money(fund.originalCapitalSatang)}</b> {t("money.baht")}
        </Text>
        <FundFlags fund={fund} />
      </Stack>
    </Paper>
  );
}

export function FundsPage() {
  const { area, type } = route.useSearch();
  const { t, lang } = useLanguage();
  const me = useMe();
  const can = useCan();
  const labels = useAreaLabels();
  const navigate = useNavigate();
  const detail = useQuery({ ...areaDetailQuery(area ?? ""), enabled: Boolean(area) });
  const list = useInfiniteQuery(fundListQuery(area ?? "", type ?? ""));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const setSearch = (next: { area?: string | undefined; type?: string | undefined }) =>
    void navigate({ to: "/funds", search: { area, type, ...next }, replace: true });

  return (
    <Stack gap="md">
      <PageHeader
        title={t("funds.listTitle")}
        subtitle={
          detail.data
            ? labels.fullName(detail.data.area)
            : me.scopeCode === ""
              ? t("area.wholeCountry")
              : me.scopeName
        }
        actions={
          <>
            <ExportLinks
              href="/api/funds/export"
              query={{ area, fundType: type, lang }}
              testId="funds-export"
            />
            {can("funds.write") ? (
              <ButtonLink to="/funds/new" search={{ area }} data-testid="fund-create">
                {t("fundAdmin.create")}
              </ButtonLink>
            ) : undefined}
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {area ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("fundAdmin.area")}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" style={{ flex: 1 }}>
                {detail.data ? labels.fullName(detail.data.area) : area}
              </Text>
              <CloseButton
                aria-label={t("fundAdmin.clearArea")}
                onClick={() => setSearch({ area: undefined })}
              />
            </Group>
          </Stack>
        ) : (
          <AreaPicker
            label={t("fundAdmin.area")}
            placeholder={t("fundAdmin.areaPlaceholder")}
            onPick={(a) => setSearch({ area: a.code })}
            testId="fund-area"
          />
        )}
        <NativeSelect
          label={t("fundAdmin.fundType")}
          value={type ?? ""}
          onChange={(e) => setSearch({ type: e.currentTarget.value || undefined })}
          data={[
            { value: "", label: t("fundAdmin.allTypes") },
            ...FUND_TYPES.map((ft) => ({ value: ft, label: t(`funds.type.${ft}`) })),
          ]}
          data-testid="fund-type-filter"
        />
      </SimpleGrid>
      <ErrorAlert error={list.error ?? detail.error} />
      {list.isPending ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed" py="md" data-testid="fund-empty">
          {t("fundAdmin.none")}
        </Text>
      ) : (
        items.length > 0 && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {items.map((f) => (
                <FundCard key={f.id} fund={f} />
              ))}
            </SimpleGrid>
            <LoadMore
              shown={items.length}
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
            />
          </>
        )
      )}
    </Stack>
  );
}
