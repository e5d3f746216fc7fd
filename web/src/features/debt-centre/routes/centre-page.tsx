// One debt centre: its counts and tabs for member funds, committee, parameters, surveys, plans, debt-free households and welfare.
import { Stack, Tabs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { PageLoader } from "../../../components/status-page";
import { useLanguage } from "../../../lib/i18n";
import { centreCountsQuery, centreQuery } from "../api";
import { CountBadges } from "../components/count-badges";

// Each tab is its own chunk, loaded when opened, so that the page stays inside the first-load budget.
const SurveysTab = lazy(() => import("../components/surveys-tab").then((m) => ({ default: m.SurveysTab })));
const PlansTab = lazy(() => import("../components/plans-tab").then((m) => ({ default: m.PlansTab })));
const DebtFreeTab = lazy(() =>
  import("../components/debt-free-tab").then((m) => ({ default: m.DebtFreeTab })),
);
const WelfareTab = lazy(() => import("../components/welfare-tab").then((m) => ({ default: m.WelfareTab })));
const MemberFundsTab = lazy(() =>
  import("../components/setup-tabs").then((m) => ({ default: m.MemberFundsTab })),
);
const CommitteeTab = lazy(() =>
  import("../components/setup-tabs").then((m) => ({ default: m.CommitteeTab })),
);
const ParametersTab = lazy(() =>
  import("../components/setup-tabs").then((m) => ({ default: m.ParametersTab })),
);

const route = getRouteApi("/signed-in/debt-centres/$id");
const TABS = ["funds", "committee", "parameters", "surveys", "plans", "debtFree", "welfare"] as const;

export function CentrePage() {
  const { id } = route.useParams();
  const { t } = useLanguage();
  const [tab, setTab] = useState<string>("surveys");
  const detail = useQuery(centreQuery(id));
  const counts = useQuery(centreCountsQuery(id));
  if (detail.isPending) return <PageLoader />;
  if (detail.error) return <ErrorAlert error={detail.error} />;
  const { centre, memberFunds, committee } = detail.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={centre.name}
        titleTestId="centre-title"
        breadcrumbs={[
          <AnchorLink key="list" to="/debt-centres">
            {t("debtCentre.listTitle")}
          </AnchorLink>,
          <Text key="self" size="sm">
            {centre.name}
          </Text>,
        ]}
        subtitle={<CountBadges counts={counts.data} />}
      />
      <Tabs value={tab} onChange={(v) => setTab(v ?? "surveys")} keepMounted={false}>
        <Tabs.List style={{ flexWrap: "wrap" }}>
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key} data-testid={`tab-${key}`}>
              {t(`debtCentre.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="funds" pt="md">
          <Suspense fallback={<PageLoader />}>
            <MemberFundsTab centre={centre} memberFunds={memberFunds} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="committee" pt="md">
          <Suspense fallback={<PageLoader />}>
            <CommitteeTab centre={centre} committee={committee} memberFunds={memberFunds} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="parameters" pt="md">
          <Suspense fallback={<PageLoader />}>
            <ParametersTab centre={centre} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="surveys" pt="md">
          <Suspense fallback={<PageLoader />}>
            <SurveysTab centre={centre} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="plans" pt="md">
          <Suspense fallback={<PageLoader />}>
            <PlansTab centre={centre} memberFunds={memberFunds} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="debtFree" pt="md">
          <Suspense fallback={<PageLoader />}>
            <DebtFreeTab centre={centre} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="welfare" pt="md">
          <Suspense fallback={<PageLoader />}>
            <WelfareTab centre={centre} memberFunds={memberFunds} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
