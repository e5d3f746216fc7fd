// สัมมาชีพชุมชน: action plans with their progress through the five steps, supporting organisations, lecturer teams
// and trainings, each with its form.
import { Group, Loader, Paper, Progress, SimpleGrid, Stack, Tabs, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { planListQuery } from "../api";

// The forms and each tab are their own chunks, loaded when needed: the page stays inside the first-load budget.
const NewPlanForm = lazy(() =>
  import("../components/new-plan-form").then((m) => ({ default: m.NewPlanForm })),
);
const OrganisationsTab = lazy(() =>
  import("../components/organisations-tab").then((m) => ({ default: m.OrganisationsTab })),
);
const TeamsTab = lazy(() => import("../components/teams-tab").then((m) => ({ default: m.TeamsTab })));
const TrainingsTab = lazy(() =>
  import("../components/trainings-tab").then((m) => ({ default: m.TrainingsTab })),
);

function Plans() {
  const { t, lang } = useLanguage();
  const can = useCan();
  const list = useInfiniteQuery(planListQuery());
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <ExportLinks href="/api/livelihoods/plans/export" query={{ lang }} testId="plans-export" />
      </Group>
      {can("livelihoods.write") && (
        <Suspense fallback={<Loader size="sm" />}>
          <NewPlanForm />
        </Suspense>
      )}
      <ErrorAlert error={list.error} />
      {items.length === 0 && !list.isPending && <Text c="dimmed">{t("livelihoods.noPlans")}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {items.map((p) => (
          <Paper key={p.id} withBorder p="sm" data-testid="plan-card">
            <Stack gap={4}>
              <AnchorLink to="/livelihoods/plans/$planId" params={{ planId: p.id }} fw={700}>
                {p.title}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                {p.areaName} · {t("livelihoods.fiscalYear")} {p.fiscalYear}
              </Text>
              <Progress value={Math.min(100, ((p.stepNumber - 1) / 5) * 100)} />
              <Text size="sm">
                {t("livelihoods.stepOf", { n: Math.min(p.stepNumber, 5) })} {t(`livelihoods.step.${p.step}`)}{" "}
                · {t("livelihoods.householdCounts", { all: p.targetHouseholds, model: p.modelHouseholds })}
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <LoadMore
        shown={items.length}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}

export function LivelihoodsPage() {
  const { t } = useLanguage();
  return (
    <Stack gap="md">
      <PageHeader title={t("livelihoods.title")} />
      <Tabs defaultValue="plans" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="plans">{t("livelihoods.plans")}</Tabs.Tab>
          <Tabs.Tab value="organisations" data-testid="tab-organisations">
            {t("livelihoods.organisations")}
          </Tabs.Tab>
          <Tabs.Tab value="teams" data-testid="tab-teams">
            {t("livelihoods.teams")}
          </Tabs.Tab>
          <Tabs.Tab value="trainings" data-testid="tab-trainings">
            {t("livelihoods.trainings")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plans" pt="sm">
          <Plans />
        </Tabs.Panel>
        <Tabs.Panel value="organisations" pt="sm">
          <Suspense fallback={<Loader size="sm" />}>
            <OrganisationsTab />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="sm">
          <Suspense fallback={<Loader size="sm" />}>
            <TeamsTab />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="trainings" pt="sm">
          <Suspense fallback={<Loader size="sm" />}>
            <TrainingsTab />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
