// Complaints: officers see the list of their area (overdue first) with filters and exports; households see their own and file new ones.
import { Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { COMPLAINT_STATUSES, type Complaint, complaintListQuery, myComplaintsQuery } from "../api";
import { ComplaintStatusBadge } from "../components/complaint-status";

const route = getRouteApi("/signed-in/complaints");

function ComplaintCard({ complaint, link }: { complaint: Complaint; link: boolean }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  return (
    <Paper withBorder p="sm" data-testid="complaint-card">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          {link ? (
            <AnchorLink
              to="/complaints/$id"
              params={{ id: complaint.id }}
              fw={700}
              data-testid="complaint-link"
            >
              {complaint.subject}
            </AnchorLink>
          ) : (
            <Text fw={700}>{complaint.subject}</Text>
          )}
          <ComplaintStatusBadge status={complaint.status} overdue={complaint.overdue} />
        </Group>
        <Text size="sm" c="dimmed">
          <Text span ff="monospace">
            {complaint.referenceNo}
          </Text>{" "}
          · {lang === "en" ? complaint.categoryName.en : complaint.categoryName.th}
        </Text>
        <Text size="sm">
          {t("complaints.receivedOn")}: {format.date(complaint.receivedOn)} · {t("complaints.dueOn")}:{" "}
          {format.date(complaint.dueOn)}
        </Text>
        <Text size="sm" c="dimmed">
          {complaint.fundName ?? complaint.areaName ?? complaint.areaCode} ·{" "}
          {complaint.anonymous ? t("complaints.anonymous") : (complaint.complainant?.name ?? "")}
        </Text>
      </Stack>
    </Paper>
  );
}

function MyComplaints() {
  const { t } = useLanguage();
  const mine = useQuery(myComplaintsQuery);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("complaints.mineHint")}
      </Text>
      <ErrorAlert error={mine.error} />
      {mine.data?.items.length === 0 && <Text c="dimmed">{t("complaints.none")}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {mine.data?.items.map((c) => (
          <ComplaintCard key={c.id} complaint={c} link={false} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function OfficerList() {
  const { t, lang } = useLanguage();
  const { status, overdue } = route.useSearch();
  const navigate = useNavigate();
  const list = useInfiniteQuery(complaintListQuery({ status, overdue }));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const setSearch = (next: { status?: string | undefined; overdue?: string | undefined }) =>
    void navigate({ to: "/complaints", search: { status, overdue, ...next }, replace: true });
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" style={{ flex: 1 }}>
          <NativeSelect
            label={t("complaints.filterStatus")}
            value={status ?? ""}
            onChange={(e) => setSearch({ status: e.currentTarget.value || undefined })}
            data={[
              { value: "", label: t("complaints.allStatuses") },
              { value: "open", label: t("complaints.openOnly") },
              ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints.status.${s}`) })),
            ]}
            data-testid="complaint-status-filter"
          />
          <NativeSelect
            label={t("complaints.filterOverdue")}
            value={overdue ?? ""}
            onChange={(e) => setSearch({ overdue: e.currentTarget.value || undefined })}
            data={[
              { value: "", label: t("complaints.allStatuses") },
              { value: "true", label: t("complaints.overdueOnly") },
            ]}
          />
        </SimpleGrid>
        <ExportLinks
          href="/api/complaints/export"
          query={{ status, overdue, lang }}
          testId="complaints-export"
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed">{t("complaints.none")}</Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {items.map((c) => (
              <ComplaintCard key={c.id} complaint={c} link />
            ))}
          </SimpleGrid>
          <LoadMore
            shown={items.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </Stack>
  );
}

export function ComplaintsPage() {
  const { t } = useLanguage();
  const can = useCan();
  return (
    <Stack gap="md">
      <PageHeader
        title={t("complaints.title")}
        subtitle={t("complaints.subtitle")}
        actions={
          <>
            <ButtonLink to="/track" variant="default" data-testid="complaint-track-link">
              {t("complaints.trackLink")}
            </ButtonLink>
            {can("complaints.file") && (
              <ButtonLink to="/complaints/new" data-testid="complaint-new">
                {t("complaints.new")}
              </ButtonLink>
            )}
          </>
        }
      />
      {can("complaints.read") ? <OfficerList /> : <MyComplaints />}
    </Stack>
  );
}
