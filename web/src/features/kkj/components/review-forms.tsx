// The two reviews every round goes through twice (proposal, then loan request): the พัฒนากร gives an
// opinion and the chair records the committee decision, citing the meeting that made it. Loaded only for
// the person whose turn it is.
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink } from "../../../components/router-links";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput, satangToInput } from "../../../lib/money-input";
import { type DecisionBody, kkjKeys, type OpinionBody, recentMeetingsQuery } from "../api";

type OpinionKind = "proposal" | "request";
const OPINIONS = {
  proposal: ["feasible", "not_feasible"],
  request: ["agree", "disagree"],
} as const;

export function WorkerOpinionForm({
  kind,
  minDate,
  submit,
  invalidate,
}: {
  kind: OpinionKind;
  minDate: string;
  submit: (body: OpinionBody) => Promise<unknown>;
  invalidate: readonly unknown[];
}) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const [opinion, setOpinion] = useState<string>(OPINIONS[kind][0]);
  const [reason, setReason] = useState("");
  const [opinionOn, setOpinionOn] = useState<string | null>(todayIso());
  const [reasonError, setReasonError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invalidate }),
  });
  const negative = opinion === "not_feasible" || opinion === "disagree";
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (negative && reason.trim() === "") {
      setReasonError(t("kkj.opinion.reasonRequired"));
      return;
    }
    setReasonError(undefined);
    mutation.mutate({
      opinion,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(opinionOn ? { opinionOn } : {}),
    });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate data-testid="opinion-form">
      <Stack gap="sm">
        <Title order={4}>{t("kkj.opinion.give")}</Title>
        <ErrorAlert error={mutation.error} />
        <Radio.Group label={t("kkj.opinion.result")} value={opinion} onChange={setOpinion} required>
          <Group mt={4}>
            {OPINIONS[kind].map((o) => (
              <Radio key={o} value={o} label={t(`kkj.opinion.value.${o}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          label={t("kkj.opinion.reason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError}
          required={negative}
          maxLength={2000}
        />
        <DateField
          label={t("kkj.opinion.on")}
          value={opinionOn}
          onChange={setOpinionOn}
          minDate={minDate}
          maxDate={todayIso()}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="opinion-submit">
            {t("kkj.opinion.submit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function DecisionForm({
  fundId,
  defaultAmountSatang,
  minDate,
  submit,
  invalidate,
}: {
  fundId: string;
  defaultAmountSatang: number;
  minDate: string | null;
  submit: (body: DecisionBody) => Promise<unknown>;
  invalidate: readonly unknown[];
}) {
  const { t } = useLanguage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const meetings = useQuery(recentMeetingsQuery(fundId));
  const [decision, setDecision] = useState<"approve" | "reject">("approve");
  const [amount, setAmount] = useState(satangToInput(defaultAmountSatang));
  const [meetingId, setMeetingId] = useState("");
  const [reason, setReason] = useState("");
  const [decidedOn, setDecidedOn] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: invalidate }),
        queryClient.invalidateQueries({ queryKey: kkjKeys.all(fundId) }),
      ]),
  });
  const items = meetings.data?.items ?? [];
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    let amountSatang: number | undefined;
    if (decision === "approve") {
      const parsed = parseBahtInput(amount);
      if (parsed.ok) amountSatang = parsed.value;
      else
        next.amount = t(
          parsed.error === "empty" || parsed.error === "zero" ? "kkj.form.amountRequired" : parsed.error,
        );
    } else if (reason.trim() === "") {
      next.reason = t("kkj.decision.reasonRequired");
    }
    if (!meetingId) next.meetingId = t("kkj.decision.meetingRequired");
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    mutation.mutate({
      decision,
      ...(amountSatang !== undefined ? { amountSatang } : {}),
      meetingId,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(decidedOn ? { decidedOn } : {}),
    });
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      data-testid="decision-form"
    >
      <Stack gap="sm">
        <Title order={4}>{t("kkj.decision.record")}</Title>
        <ErrorAlert error={mutation.error ?? meetings.error} />
        <Radio.Group
          label={t("kkj.decision.result")}
          value={decision}
          onChange={(v) => setDecision(v as "approve" | "reject")}
          required
        >
          <Group mt={4}>
            <Radio value="approve" label={t("kkj.decision.approve")} />
            <Radio value="reject" label={t("kkj.decision.reject")} />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {decision === "approve" && (
            <TextInput
              label={t("kkj.decision.amount")}
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.currentTarget.value)}
              error={errors.amount}
              required
              rightSection={<Text size="xs">{t("money.baht")}</Text>}
              rightSectionWidth={44}
              data-testid="decision-amount"
            />
          )}
          <NativeSelect
            label={t("kkj.decision.meeting")}
            description={items.length === 0 && !meetings.isPending ? t("kkj.decision.noMeetings") : undefined}
            value={meetingId}
            onChange={(e) => setMeetingId(e.currentTarget.value)}
            error={errors.meetingId}
            required
            data={[
              { value: "", label: t("kkj.decision.pickMeeting") },
              ...items.map((m) => ({
                value: m.id,
                label: `${t("kkj.meeting.title", { no: m.meetingNo })} · ${format.date(m.heldOn)}`,
              })),
            ]}
            data-testid="decision-meeting"
          />
          <DateField
            label={t("kkj.decision.decidedOn")}
            value={decidedOn}
            onChange={setDecidedOn}
            minDate={minDate ?? undefined}
            maxDate={todayIso()}
          />
          <TextInput
            label={t("kkj.decision.reason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            required={decision === "reject"}
            maxLength={2000}
          />
        </SimpleGrid>
        <Group>
          <Button
            type="submit"
            loading={mutation.isPending}
            color={decision === "reject" ? "red" : undefined}
            data-testid="decision-submit"
          >
            {t("kkj.decision.submit")}
          </Button>
          <AnchorLink to="/funds/$fundId/kkj/meetings" params={{ fundId }} size="sm">
            {t("kkj.decision.recordMeetingFirst")}
          </AnchorLink>
        </Group>
      </Stack>
    </Paper>
  );
}
