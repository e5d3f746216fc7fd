// "My follow-ups": the open actions I own (overdue first by Bangkok business date), or everyone's in my area.
import { Group, Loader, SegmentedControl, Stack, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useLanguage } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/session";
import { followUpListQuery } from "../api";
import { FollowUpItem } from "../components/follow-up-item";

const route = getRouteApi("/signed-in/monitoring/follow-ups");
const SUPERVISORS = ["central_admin", "province_officer", "district_officer"];

export function FollowUpsPage() {
  const { scope, show } = route.useSearch();
  const { t, lang } = useLanguage();
  const me = useMe();
  const can = useCan();
  const navigate = useNavigate();
  const which = scope === "area" ? "area" : "mine";
  const overdue = show !== "open";
  const list = useInfiniteQuery(followUpListQuery(which, overdue));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (next: { scope?: string | undefined; show?: string | undefined }) =>
    void navigate({ to: "/monitoring/follow-ups", search: { scope, show, ...next }, replace: true });
  const mayComplete = (ownerId: string) =>
    can("monitoring.write") && (ownerId === me.id || SUPERVISORS.includes(me.role));

  return (
    <Stack gap="md">
      <PageHeader
        title={t("monitoring.followUpsTitle")}
        breadcrumbs={[
          <AnchorLink key="m" to="/monitoring">
            {t("monitoring.title")}
          </AnchorLink>,
        ]}
        actions={
          <ExportLinks
            href="/api/monitoring/follow-ups/export"
            query={{ scope: which, overdue: String(overdue), lang }}
            testId="follow-ups-export"
          />
        }
      />
      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          value={which}
          onChange={(v) => set({ scope: v === "area" ? "area" : undefined })}
          data={[
            { value: "mine", label: t("monitoring.myFollowUps") },
            { value: "area", label: t("monitoring.areaFollowUps") },
          ]}
          data-testid="follow-ups-scope"
        />
        <SegmentedControl
          value={overdue ? "overdue" : "open"}
          onChange={(v) => set({ show: v === "open" ? "open" : undefined })}
          data={[
            { value: "overdue", label: t("monitoring.overdueOnly") },
            { value: "open", label: t("monitoring.allOpen") },
          ]}
          data-testid="follow-ups-show"
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed" py="md" data-testid="follow-ups-empty">
          {overdue ? t("monitoring.noneOverdue") : t("monitoring.noFollowUps")}
        </Text>
      ) : (
        items.length > 0 && (
          <>
            <Stack gap="xs">
              {items.map((f) => (
                <FollowUpItem key={f.id} item={f} canComplete={mayComplete(f.ownerId)} showVisit />
              ))}
            </Stack>
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
