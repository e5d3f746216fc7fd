// Committee meetings of a กข.คจ. fund: the secretary records one (number, date, place, attendees, agenda,
// minutes); everyone reads them, newest first, with "load more".
import { Button, Group, Loader, Paper, Spoiler, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { type Meeting, meetingsQuery } from "../api";
import { useKkjAccess } from "../components/kkj-ui";

const route = getRouteApi("/signed-in/funds/$fundId/kkj/meetings");

// Only the secretary records meetings: the form loads when it is opened.
const MeetingForm = lazy(() =>
  import("../components/meeting-form").then((m) => ({ default: m.MeetingForm })),
);

function MeetingCard({ meeting }: { meeting: Meeting }) {
  const { t } = useLanguage();
  const format = useFormat();
  return (
    <Paper withBorder p="sm" data-testid="meeting-card">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>{t("kkj.meeting.title", { no: meeting.meetingNo })}</Text>
          <Text size="sm" c="dimmed">
            {format.dateLong(meeting.heldOn)}
            {meeting.place ? ` · ${meeting.place}` : ""}
          </Text>
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            {t("kkj.meeting.agenda")}:
          </Text>{" "}
          {meeting.agenda}
        </Text>
        <Text size="sm" c="dimmed">
          {t("kkj.meeting.attendeeCount", { count: meeting.attendeeCount })}: {meeting.attendees.join(", ")}
        </Text>
        {meeting.minutes && (
          <Spoiler maxHeight={48} showLabel={t("kkj.showMore")} hideLabel={t("kkj.showLess")}>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              <Text span fw={600}>
                {t("kkj.meeting.minutes")}:
              </Text>{" "}
              {meeting.minutes}
            </Text>
          </Spoiler>
        )}
      </Stack>
    </Paper>
  );
}

export function KkjMeetingsPage() {
  const { fundId } = route.useParams();
  const { t, lang } = useLanguage();
  const access = useKkjAccess(fundId);
  const [recording, setRecording] = useState(false);
  const list = useInfiniteQuery(meetingsQuery(fundId));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          {t("kkj.meeting.listTitle")}
        </Title>
        <Group gap="xs">
          <ExportLinks
            href={`/api/funds/${fundId}/kkj/meetings/export`}
            query={{ lang }}
            testId="meetings-export"
          />
          {access.isSecretary && !recording && (
            <Button onClick={() => setRecording(true)} data-testid="meeting-add">
              {t("kkj.meeting.record")}
            </Button>
          )}
        </Group>
      </Group>
      {recording && (
        <Suspense fallback={<Loader size="sm" />}>
          <MeetingForm fundId={fundId} detail={access.detail} onDone={() => setRecording(false)} />
        </Suspense>
      )}
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("kkj.meeting.none")}</Text>
      ) : (
        <>
          {items.map((m) => (
            <MeetingCard key={m.id} meeting={m} />
          ))}
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
