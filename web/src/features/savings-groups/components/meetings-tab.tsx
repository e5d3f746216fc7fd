// Meetings of the group: the list, and the form that records attendance, minutes and resolutions.
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BeDateInput } from "../../../components/be-date-input";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { type GroupDetail, meetingsQuery, membersQuery, savingsCalls, savingsKeys } from "../api";
import { todayIso } from "./shared";

function MeetingForm({ group }: { group: GroupDetail }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const members = useQuery(membersQuery(group.fundId));
  const [kind, setKind] = useState<"monthly" | "annual">("monthly");
  const [heldOn, setHeldOn] = useState<string | null>(todayIso());
  const [attendees, setAttendees] = useState<string[]>([]);
  const [minutes, setMinutes] = useState("");
  const [resolutions, setResolutions] = useState("");
  const save = useMutation({
    mutationFn: () =>
      savingsCalls.recordMeeting(group.fundId, {
        kind,
        heldOn: heldOn ?? "",
        attendeeMemberIds: attendees,
        minutes,
        resolutions: resolutions
          .split("\n")
          .map((r) => r.trim())
          .filter((r) => r !== ""),
      }),
    onSuccess: () => {
      setAttendees([]);
      setMinutes("");
      setResolutions("");
      void queryClient.invalidateQueries({ queryKey: savingsKeys.group(group.fundId) });
    },
  });
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={4}>{t("savings.meeting.record")}</Title>
        <Group grow align="flex-end">
          <NativeSelect
            label={t("savings.meeting.kind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as "monthly" | "annual")}
            data={(["monthly", "annual"] as const).map((k) => ({
              value: k,
              label: t(`savings.meeting.kindName.${k}`),
            }))}
          />
          <BeDateInput label={t("savings.meeting.heldOn")} value={heldOn} onChange={setHeldOn} />
        </Group>
        <Checkbox.Group
          label={t("savings.meeting.chooseAttendees")}
          value={attendees}
          onChange={setAttendees}
        >
          <Group gap="xs" mt={4}>
            {(members.data?.items ?? [])
              .filter((m) => m.status === "active")
              .map((m) => (
                <Checkbox key={m.id} value={m.id} label={`${m.memberNo} ${m.name}`} />
              ))}
          </Group>
        </Checkbox.Group>
        <Textarea
          label={t("savings.meeting.minutes")}
          value={minutes}
          onChange={(e) => setMinutes(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Textarea
          label={t("savings.meeting.resolutions")}
          value={resolutions}
          onChange={(e) => setResolutions(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group>
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
        <ErrorAlert error={save.error} />
        {save.data && <Text c="green">{t("savings.meeting.recorded", { no: save.data.meetingNo })}</Text>}
      </Stack>
    </Paper>
  );
}

export function MeetingsTab({ group }: { group: GroupDetail }) {
  const { t } = useLanguage();
  const format = useFormat();
  const meetings = useQuery(meetingsQuery(group.fundId));
  return (
    <Stack gap="sm">
      <ErrorAlert error={meetings.error} />
      {meetings.data?.items.length === 0 && <Text c="dimmed">{t("savings.meeting.none")}</Text>}
      {meetings.data && meetings.data.items.length > 0 && (
        <DataTable minWidth={720} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("savings.meeting.no")}</Table.Th>
              <Table.Th>{t("savings.meeting.kind")}</Table.Th>
              <Table.Th>{t("savings.meeting.heldOn")}</Table.Th>
              <Table.Th ta="right">{t("savings.meeting.attendees")}</Table.Th>
              <Table.Th>{t("savings.meeting.resolutions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meetings.data.items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.meetingNo}</Table.Td>
                <Table.Td>{t(`savings.meeting.kindName.${m.kind}`)}</Table.Td>
                <Table.Td>{format.date(m.heldOn)}</Table.Td>
                <Table.Td ta="right">{format.count(m.attendeeCount)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{m.resolutions.join(" · ")}</Text>
                  <Text size="xs" c="dimmed">
                    {m.minutes}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      {group.can.recordMeetings && <MeetingForm group={group} />}
    </Stack>
  );
}
