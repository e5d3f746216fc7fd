// The chair's decisions on a loan, each with a reason and a committee resolution: ผ่อนผัน, ตัดหนี้สูญ, and
// cancelling the latest receipt.
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso, useFormat } from "../../../lib/format";
import { fundKeys, ledgerKeys } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import {
  type LoanDetail,
  loanKeys,
  type Repayment,
  rescheduleLoan,
  reverseRepayment,
  SCHEDULE_TYPES,
  type SchedulePlan,
  type ScheduleType,
  writeOffLoan,
} from "../api";

function useAfterChange(detail: LoanDetail, onDone: () => void) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: loanKeys.all }),
      queryClient.invalidateQueries({ queryKey: ledgerKeys.all(detail.loan.fundId) }),
      queryClient.invalidateQueries({ queryKey: fundKeys.health(detail.loan.fundId) }),
    ]);
    onDone();
  };
}

function DecisionShell({
  title,
  hint,
  error,
  pending,
  submitLabel,
  color,
  onSubmit,
  onCancel,
  children,
  testId,
}: {
  title: string;
  hint: string;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  color?: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
  testId: string;
}) {
  const { t } = useLanguage();
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate data-testid={testId}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        <ErrorAlert error={error} />
        {children}
        <Group>
          <Button type="submit" color={color} loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="subtle" color="gray" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function useDecisionFields() {
  const { t } = useLanguage();
  const [reason, setReason] = useState("");
  const [resolutionRef, setResolutionRef] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const validate = (extra: Record<string, string> = {}) => {
    const next: Record<string, string> = { ...extra };
    if (reason.trim() === "") next.reason = t("loans.decision.reasonRequired");
    if (resolutionRef.trim() === "") next.resolutionRef = t("loans.decision.resolutionRequired");
    setErrors(next);
    return Object.keys(next).length === 0;
  };
  const fields = (
    <>
      <TextInput
        label={t("loans.decision.reason")}
        placeholder={t("loans.decision.reasonPlaceholder")}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors.reason}
        required
        maxLength={1000}
      />
      <TextInput
        label={t("loans.decision.resolution")}
        placeholder={t("loans.decision.resolutionPlaceholder")}
        value={resolutionRef}
        onChange={(e) => setResolutionRef(e.currentTarget.value)}
        error={errors.resolutionRef}
        required
        maxLength={1000}
      />
    </>
  );
  return { reason: reason.trim(), resolutionRef: resolutionRef.trim(), errors, validate, fields };
}

export function RescheduleForm({ detail, onDone }: { detail: LoanDetail; onDone: () => void }) {
  const { t } = useLanguage();
  const format = useFormat();
  const decision = useDecisionFields();
  const [rescheduledOn, setRescheduledOn] = useState<string | null>(todayIso());
  const [scheduleType, setScheduleType] = useState<Exclude<ScheduleType, "custom">>("equal_instalments");
  const [count, setCount] = useState("6");
  const [frequency, setFrequency] = useState("1");
  const [firstDueOn, setFirstDueOn] = useState<string | null>(null);
  const after = useAfterChange(detail, onDone);
  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof rescheduleLoan>[1]) => rescheduleLoan(detail.loan.id, body),
    onSuccess: after,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const extra: Record<string, string> = {};
    const n = Number(count);
    if (scheduleType !== "lump_sum" && (!Number.isInteger(n) || n < 1 || n > 600)) {
      extra.count = t("loans.decision.countInvalid");
    }
    if (scheduleType === "lump_sum" && !firstDueOn) extra.firstDueOn = t("loans.decision.dueRequired");
    if (!decision.validate(extra)) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    const plan: SchedulePlan = { scheduleType };
    if (scheduleType === "lump_sum") {
      if (firstDueOn) plan.lumpSumDueOn = firstDueOn;
    } else {
      plan.instalmentCount = n;
      plan.frequencyMonths = Number(frequency);
      if (firstDueOn) plan.firstDueOn = firstDueOn;
    }
    mutation.mutate({
      reason: decision.reason,
      resolutionRef: decision.resolutionRef,
      ...(rescheduledOn ? { rescheduledOn } : {}),
      plan,
    });
  };
  return (
    <DecisionShell
      title={t("loans.decision.reschedule")}
      hint={t("loans.decision.rescheduleHint", {
        amount: format.money(detail.outstanding.totalSatang),
      })}
      error={mutation.error}
      pending={mutation.isPending}
      submitLabel={t("loans.decision.rescheduleSubmit")}
      onSubmit={submit}
      onCancel={onDone}
      testId="reschedule-form"
    >
      {decision.fields}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField label={t("loans.decision.decidedOn")} value={rescheduledOn} onChange={setRescheduledOn} />
        <NativeSelect
          label={t("loans.decision.scheduleType")}
          value={scheduleType}
          onChange={(e) => setScheduleType(e.currentTarget.value as Exclude<ScheduleType, "custom">)}
          data={SCHEDULE_TYPES.filter((s) => s !== "custom").map((s) => ({
            value: s,
            label: t(`loans.scheduleType.${s}`),
          }))}
        />
        {scheduleType !== "lump_sum" && (
          <TextInput
            label={t("loans.decision.count")}
            value={count}
            onChange={(e) => setCount(e.currentTarget.value)}
            inputMode="numeric"
            maxLength={3}
            error={decision.errors.count}
          />
        )}
        {scheduleType !== "lump_sum" && (
          <NativeSelect
            label={t("loans.decision.frequency")}
            value={frequency}
            onChange={(e) => setFrequency(e.currentTarget.value)}
            data={["1", "2", "3", "6", "12"].map((m) => ({
              value: m,
              label: t("loans.decision.everyMonths", { count: Number(m) }),
            }))}
          />
        )}
        <DateField
          label={
            scheduleType === "lump_sum"
              ? t("loans.decision.lumpSumDue")
              : t("loans.decision.firstDueOptional")
          }
          value={firstDueOn}
          onChange={setFirstDueOn}
          minDate={rescheduledOn ?? undefined}
        />
      </SimpleGrid>
      {decision.errors.firstDueOn && (
        <Text size="xs" c="red">
          {decision.errors.firstDueOn}
        </Text>
      )}
    </DecisionShell>
  );
}

export function WriteOffForm({ detail, onDone }: { detail: LoanDetail; onDone: () => void }) {
  const { t } = useLanguage();
  const format = useFormat();
  const decision = useDecisionFields();
  const [writtenOffOn, setWrittenOffOn] = useState<string | null>(todayIso());
  const after = useAfterChange(detail, onDone);
  const mutation = useMutation({
    mutationFn: () =>
      writeOffLoan(detail.loan.id, {
        reason: decision.reason,
        resolutionRef: decision.resolutionRef,
        ...(writtenOffOn ? { writtenOffOn } : {}),
      }),
    onSuccess: after,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!decision.validate()) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    mutation.mutate();
  };
  return (
    <DecisionShell
      title={t("loans.decision.writeOff")}
      hint={t("loans.decision.writeOffHint", { amount: format.money(detail.outstanding.principalSatang) })}
      error={mutation.error}
      pending={mutation.isPending}
      submitLabel={t("loans.decision.writeOffSubmit")}
      color="red"
      onSubmit={submit}
      onCancel={onDone}
      testId="write-off-form"
    >
      {decision.fields}
      <DateField label={t("loans.decision.decidedOn")} value={writtenOffOn} onChange={setWrittenOffOn} />
    </DecisionShell>
  );
}

export function ReverseRepaymentForm({
  detail,
  repayment,
  onDone,
}: {
  detail: LoanDetail;
  repayment: Repayment;
  onDone: () => void;
}) {
  const { t } = useLanguage();
  const format = useFormat();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const after = useAfterChange(detail, onDone);
  const mutation = useMutation({
    mutationFn: () => reverseRepayment(detail.loan.id, repayment.id, reason.trim()),
    onSuccess: after,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === "") {
      setError(t("loans.decision.reasonRequired"));
      return;
    }
    setError(undefined);
    mutation.mutate();
  };
  return (
    <DecisionShell
      title={t("loans.decision.reverse")}
      hint={t("loans.decision.reverseHint")}
      error={mutation.error}
      pending={mutation.isPending}
      submitLabel={t("loans.decision.reverseSubmit")}
      color="red"
      onSubmit={submit}
      onCancel={onDone}
      testId="reverse-form"
    >
      <Alert variant="light" color="yellow">
        {t("loans.decision.reverseWhich", {
          no: repayment.receiptNo,
          date: format.date(repayment.paidOn),
          amount: format.money(repayment.amountSatang),
        })}
      </Alert>
      <TextInput
        label={t("loans.decision.reason")}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={error}
        required
        maxLength={500}
      />
    </DecisionShell>
  );
}
