// Monitoring visits in the user's area (or a chosen one), newest first, with exports and the way to record one.
import {
  Badge,
  CloseButton,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { AreaPicker } from "../../../components/area-picker";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/session";
import { SUBJECT_TYPES, type VisitSummary, visitListQuery } from "../api";

const route = getRouteApi("/signed-in/monitoring");

function VisitCard({ visit }: { visit: VisitSummary }) {
  const { t } = useLanguage();
  const format = useFormat();
  return (
    <Paper withBorder p="sm" data-testid="visit-card">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <AnchorLink
            to="/monitoring/visits/$visitId"
            params={{ visitId: visit.id }}
            fw={700}
            style={{ minWidth: 0, overflowWrap: "anywhere" }}
            data-testid="visit-link"
          >
            {visit.subjectName}
          </AnchorLink>
          <Badge variant="light">{t(`monitoring.subjectType.${visit.subjectType}`)}</Badge>
        </Group>
        <Text size="sm">
          {format.dateLong(visit.visitedOn)} · {visit.teamNames.join(", ")}
        </Text>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {visit.purpose}
        </Text>
        <Text size="sm" c={visit.followUpsOverdue > 0 ? "red" : "dimmed"}>
          {t("monitoring.counts", {
            open: visit.followUpsOpen,
            overdue: visit.followUpsOverdue,
            done: visit.followUpsDone,
          })}
        </Text>
      </Stack>
    </Paper>
  );
}

export function VisitsPage() {
  const { area, kind } = route.useSearch();
  const { t, lang } = useLanguage();
  const me = useMe();
  const can = useCan();
  const navigate = useNavigate();
  const list = useInfiniteQuery(visitListQuery(area ?? "", kind ?? ""));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const setSearch = (next: { area?: string | undefined; kind?: string | undefined }) =>
    void navigate({ to: "/monitoring", search: { area, kind, ...next }, replace: true });

  return (
    <Stack gap="md">
      <PageHeader
        title={t("monitoring.title")}
        subtitle={area ?? (me.scopeCode === "" ? t("area.wholeCountry") : me.scopeName)}
        actions={
          <>
            <ExportLinks
              href="/api/monitoring/visits/export"
              query={{ area, subjectType: kind, lang }}
              testId="visits-export"
            />
            <ButtonLink to="/monitoring/follow-ups" variant="default" data-testid="my-follow-ups">
              {t("monitoring.followUpsTitle")}
            </ButtonLink>
            {can("monitoring.write") && (
              <ButtonLink to="/monitoring/new" data-testid="visit-create">
                {t("monitoring.newVisit")}
              </ButtonLink>
            )}
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {area ? (
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <Text size="sm" style={{ flex: 1 }}>
              {t("monitoring.area")}: {area}
            </Text>
            <CloseButton
              aria-label={t("monitoring.clearArea")}
              onClick={() => setSearch({ area: undefined })}
            />
          </Group>
        ) : (
          <AreaPicker
            label={t("monitoring.area")}
            placeholder={t("monitoring.areaPlaceholder")}
            onPick={(a) => setSearch({ area: a.code })}
            testId="visit-area"
          />
        )}
        <NativeSelect
          label={t("monitoring.kind")}
          value={kind ?? ""}
          onChange={(e) => setSearch({ kind: e.currentTarget.value || undefined })}
          data={[
            { value: "", label: t("monitoring.allSubjects") },
            ...SUBJECT_TYPES.map((s) => ({ value: s, label: t(`monitoring.subjectType.${s}`) })),
          ]}
          data-testid="visit-kind"
        />
      </SimpleGrid>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed" py="md" data-testid="visit-empty">
          {t("monitoring.none")}
        </Text>
      ) : (
        items.length > 0 && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {items.map((v) => (
                <VisitCard key={v.id} visit={v} />
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
