// The secretary's form to record a committee meeting: number (or automatic), date, place, the committee
// members present and other attendees, agenda and minutes.
import {
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso } from "../../../lib/format";
import type { FundDetail } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { kkjCalls, kkjKeys, type MeetingBody } from "../api";
import { positionName } from "./kkj-ui";

export function MeetingForm({
  fundId,
  detail,
  onDone,
}: {
  fundId: string;
  detail: FundDetail | undefined;
  onDone: () => void;
}) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const members = detail?.currentCommitteeSet?.members ?? [];
  const [meetingNo, setMeetingNo] = useState("");
  const [heldOn, setHeldOn] = useState<string | null>(todayIso());
  const [place, setPlace] = useState("");
  const [present, setPresent] = useState<string[]>(members.map((m) => m.name));
  const [others, setOthers] = useState("");
  const [agenda, setAgenda] = useState("");
  const [minutes, setMinutes] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (body: MeetingBody) => kkjCalls.recordMeeting(fundId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: kkjKeys.meetings(fundId) });
      onDone();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const attendees = [
      ...present,
      ...others
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean),
    ];
    const next: Record<string, string> = {};
    if (meetingNo.trim() !== "" && !/^\d{1,4}\/\d{4}$/.test(meetingNo.trim()))
      next.meetingNo = t("kkj.meeting.noInvalid");
    if (!heldOn) next.heldOn = t("kkj.form.dateRequired");
    if (attendees.length === 0) next.attendees = t("kkj.meeting.attendeesRequired");
    if (agenda.trim() === "") next.agenda = t("kkj.meeting.agendaRequired");
    setErrors(next);
    if (Object.keys(next).length > 0 || !heldOn) {
      focusFirstInvalid(formRef.current);
      return;
    }
    mutation.mutate({
      ...(meetingNo.trim() ? { meetingNo: meetingNo.trim() } : {}),
      heldOn,
      ...(place.trim() ? { place: place.trim() } : {}),
      attendees,
      agenda: agenda.trim(),
      ...(minutes.trim() ? { minutes: minutes.trim() } : {}),
    });
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      ref={formRef}
      onSubmit={submit}
      noValidate
      data-testid="meeting-form"
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("kkj.meeting.record")}
        </Title>
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t("kkj.meeting.no")}
            description={t("kkj.meeting.noHint")}
            placeholder="3/2569"
            value={meetingNo}
            onChange={(e) => setMeetingNo(e.currentTarget.value)}
            error={errors.meetingNo}
            maxLength={9}
          />
          <div>
            <DateField
              label={t("kkj.meeting.heldOn")}
              value={heldOn}
              onChange={setHeldOn}
              maxDate={todayIso()}
              testId="meeting-date"
            />
            {errors.heldOn && (
              <Text size="xs" c="red" role="alert">
                {errors.heldOn}
              </Text>
            )}
          </div>
          <TextInput
            label={t("kkj.meeting.place")}
            placeholder={t("kkj.meeting.placePlaceholder")}
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            maxLength={300}
          />
        </SimpleGrid>
        {members.length > 0 && (
          <Checkbox.Group
            label={t("kkj.meeting.committeePresent")}
            value={present}
            onChange={setPresent}
            error={errors.attendees}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing={6}>
              {members.map((m) => (
                <Checkbox key={m.id} value={m.name} label={`${m.name} (${positionName(t, m.position)})`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
        <Textarea
          label={t("kkj.meeting.otherAttendees")}
          description={t("kkj.meeting.onePerLine")}
          value={others}
          onChange={(e) => setOthers(e.currentTarget.value)}
          autosize
          minRows={2}
          error={members.length === 0 ? errors.attendees : undefined}
        />
        <Textarea
          label={t("kkj.meeting.agenda")}
          value={agenda}
          onChange={(e) => setAgenda(e.currentTarget.value)}
          error={errors.agenda}
          required
          autosize
          minRows={2}
          maxLength={5000}
          data-testid="meeting-agenda"
        />
        <Textarea
          label={t("kkj.meeting.minutes")}
          description={t("kkj.meeting.minutesHint")}
          value={minutes}
          onChange={(e) => setMinutes(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={20000}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="meeting-submit">
            {t("common.save")}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
