// All households in an area (or the user's whole scope), searchable; reachable as /households?area=CODE.
import { Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useCallback } from "react";
import { useAreaBreadcrumbs } from "../../../components/area-breadcrumbs";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { areaDetailQuery } from "../../../lib/area-queries";
import { useAreaLabels } from "../../../lib/areas";
import { useLanguage } from "../../../lib/i18n";
import { useMe } from "../../../lib/session";
import { HouseholdList } from "../components/household-list";

const route = getRouteApi("/signed-in/households");

export function HouseholdsPage() {
  const { area, q } = route.useSearch();
  const { t, lang } = useLanguage();
  const labels = useAreaLabels();
  const me = useMe();
  const navigate = useNavigate();
  const detail = useQuery({ ...areaDetailQuery(area ?? ""), enabled: Boolean(area) });

  const onQueryChange = useCallback(
    (next: string) => {
      if ((q ?? "") === next) return;
      void navigate({ to: "/households", search: { area, q: next || undefined }, replace: true });
    },
    [area, q, navigate],
  );

  const current = detail.data?.area;
  const title = current
    ? t("household.listTitleIn", { area: labels.fullName(current) })
    : t("household.listTitle");
  const breadcrumbs = useAreaBreadcrumbs(detail.data ? [...detail.data.ancestors, detail.data.area] : []);
  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        breadcrumbs={detail.data ? breadcrumbs : undefined}
        subtitle={area ? undefined : me.scopeCode === "" ? t("area.wholeCountry") : me.scopeName}
        actions={
          <ExportLinks href="/api/households/export" query={{ area, q, lang }} testId="households-export" />
        }
      />
      <ErrorAlert error={detail.error} />
      <HouseholdList
        key={area ?? ""}
        areaCode={area}
        showVillage={current?.level !== "village"}
        initialQuery={q}
        onQueryChange={onQueryChange}
      />
    </Stack>
  );
}
