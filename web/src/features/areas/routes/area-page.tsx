// One area: a province, district or sub-district lists its children; a village lists its households.
import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import type { AreaDetail } from "../../../../../src/shared/contracts/areas";
import { useAreaBreadcrumbs } from "../../../components/area-breadcrumbs";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { ButtonLink } from "../../../components/router-links";
import { ForbiddenPage, NotFoundPage, PageLoader } from "../../../components/status-page";
import { isApiError } from "../../../lib/api";
import { useAreaLabels } from "../../../lib/areas";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { HouseholdList } from "../../households/components/household-list";
import { areaChildrenQuery, areaDetailQuery } from "../api";
import { AreaSearch } from "../components/area-search";
import { AreaTable } from "../components/area-table";
import { CreateVillageForm } from "../components/create-village-form";

const route = getRouteApi("/signed-in/areas/$code");

function AreaView({ detail }: { detail: AreaDetail }) {
  const { area, ancestors } = detail;
  const { t } = useLanguage();
  const format = useFormat();
  const labels = useAreaLabels();
  const can = useCan();
  const breadcrumbs = useAreaBreadcrumbs(ancestors, area);
  const children = useInfiniteQuery(areaChildrenQuery(area.code));
  const items = children.data?.pages.flatMap((p) => p.items) ?? [];
  const childLabel = labels.childLevelLabel(area);

  return (
    <Stack gap="md">
      <PageHeader
        breadcrumbs={breadcrumbs}
        title={labels.fullName(area)}
        subtitle={
          <Group gap="xs">
            {format.lang === "th" && area.nameEn && <span>{area.nameEn}</span>}
            <Badge variant="light">{labels.levelLabel(area)}</Badge>
            <Badge variant="outline" color="gray" ff="monospace">
              {area.code}
            </Badge>
            {ancestors.length > 0 && <span>{labels.address(ancestors)}</span>}
          </Group>
        }
        actions={
          can("households.read") ? (
            <ButtonLink to="/households" search={{ area: area.code }} variant="light">
              {t("area.householdsInArea")}
            </ButtonLink>
          ) : undefined
        }
      />
      <AreaSearch />
      <Title order={3} size="h4">
        {childLabel ? t("area.childrenOf", { level: childLabel }) : t("area.children")}
      </Title>
      <ErrorAlert error={children.error} />
      {children.isPending ? (
        <PageLoader />
      ) : (
        !children.isError && (
          <AreaTable
            items={items}
            hasMore={children.hasNextPage}
            loadingMore={children.isFetchingNextPage}
            onLoadMore={() => void children.fetchNextPage()}
            emptyText={childLabel ? t("area.noChildrenOf", { level: childLabel }) : undefined}
          />
        )
      )}
      {area.level === "subdistrict" && can("villages.write") && (
        <CreateVillageForm subdistrictCode={area.code} />
      )}
    </Stack>
  );
}

function VillageView({ detail }: { detail: AreaDetail }) {
  const { area, ancestors } = detail;
  const { t } = useLanguage();
  const format = useFormat();
  const labels = useAreaLabels();
  const can = useCan();
  const breadcrumbs = useAreaBreadcrumbs(ancestors, area);
  const hasCoordinates = area.latitude !== null && area.longitude !== null;

  return (
    <Stack gap="md">
      <PageHeader
        breadcrumbs={breadcrumbs}
        title={format.villageName(area)}
        titleTestId="village-title"
        subtitle={
          <Stack gap={2}>
            <Text size="sm">{labels.address([...ancestors, area])}</Text>
            <Group gap="xs">
              <Badge variant="outline" color="gray" ff="monospace">
                {area.code}
              </Badge>
              {format.lang === "th" && area.nameEn && <span>{area.nameEn}</span>}
              {hasCoordinates && (
                <span>
                  {t("village.coordinates", {
                    lat: area.latitude?.toFixed(6),
                    lng: area.longitude?.toFixed(6),
                  })}
                </span>
              )}
            </Group>
          </Stack>
        }
        actions={
          can("households.import") ? (
            <ButtonLink to="/import" variant="light">
              {t("nav.import")}
            </ButtonLink>
          ) : undefined
        }
      />
      <Title order={3} size="h4">
        {t("household.listTitle")}
      </Title>
      {can("households.read") ? <HouseholdList areaCode={area.code} /> : <ForbiddenPage />}
    </Stack>
  );
}

export function AreaPage() {
  const { code } = route.useParams();
  const can = useCan();
  const detail = useQuery({ ...areaDetailQuery(code), enabled: can("areas.read") });
  if (!can("areas.read")) return <ForbiddenPage />;
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) {
    if (isApiError(detail.error) && (detail.error.status === 404 || detail.error.status === 400)) {
      return <NotFoundPage />;
    }
    return <ErrorAlert error={detail.error} />;
  }
  return detail.data.area.level === "village" ? (
    <VillageView key={code} detail={detail.data} />
  ) : (
    <AreaView key={code} detail={detail.data} />
  );
}
