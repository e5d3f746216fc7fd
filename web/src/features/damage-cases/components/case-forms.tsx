// The forms of a damage case (loaded after its page): next step with a document, recovery into the fund's books, repayment plan, closing.
import {
  Button,
  NativeSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { api } from "../../../lib/api";
import { todayIso } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { createIdempotencyKeeper } from "../../../lib/idempotency";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput } from "../../../lib/money-input";
import { useCan } from "../../../lib/session";
import { CLOSURES, type Closure, type DamageCaseDetail, damageCalls, damageKeys, type Stage } from "../api";

function useCaseUpdate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (call: () => Promise<DamageCaseDetail>) => call(),
    onSuccess: async (detail) => {
      queryClient.setQueryData(damageKeys.one(id), detail);
      await queryClient.invalidateQueries({ queryKey: ["damage-cases", "list"] });
    },
  });
}

function FormBox({
  title,
  onSubmit,
  testId,
  children,
}: {
  title: string;
  onSubmit: (e: FormEvent) => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="sm" component="form" onSubmit={onSubmit} noValidate data-testid={testId}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export function StepForm({ detail }: { detail: DamageCaseDetail }) {
  const { t } = useLanguage();
  const [stage, setStage] = useState<Stage | "">(detail.allowedStages[0] ?? "");
  const [stepOn, setStepOn] = useState<string | null>(todayIso());
  const [note, setNote] = useState("");
  const [docNo, setDocNo] = useState("");
  const [docTitle, setDocTitle] = useState("");
  const update = useCaseUpdate(detail.case.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!stage || !stepOn) return;
    const documents =
      docNo.trim() && docTitle.trim()
        ? [{ docNo: docNo.trim(), docDate: stepOn, title: docTitle.trim() }]
        : [];
    update.mutate(
      () =>
        damageCalls.step(detail.case.id, {
          stage,
          stepOn,
          ...(note.trim() ? { note: note.trim() } : {}),
          documents,
        }),
      {
        onSuccess: (d) => {
          setStage(d.allowedStages[0] ?? "");
          setNote("");
          setDocNo("");
          setDocTitle("");
        },
      },
    );
  };
  if (detail.allowedStages.length === 0) return null;
  return (
    <FormBox title={t("damage.nextStep")} onSubmit={submit} testId="damage-step-form">
      <ErrorAlert error={update.error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t("damage.stageLabel")}
          value={stage}
          onChange={(e) => setStage(e.currentTarget.value as Stage)}
          data={detail.allowedStages.map((s) => ({ value: s, label: t(`damage.stage.${s}`) }))}
          data-testid="damage-step-stage"
        />
        <DateField label={t("damage.stepOn")} value={stepOn} onChange={setStepOn} maxDate={todayIso()} />
        <TextInput
          label={t("damage.docNo")}
          value={docNo}
          onChange={(e) => setDocNo(e.currentTarget.value)}
          maxLength={64}
        />
        <TextInput
          label={t("damage.docTitle")}
          value={docTitle}
          onChange={(e) => setDocTitle(e.currentTarget.value)}
          maxLength={300}
        />
      </SimpleGrid>
      <TextInput
        label={t("damage.note")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={2000}
      />
      <Button type="submit" w="fit-content" loading={update.isPending} data-testid="damage-step-submit">
        {t("damage.recordStep")}
      </Button>
    </FormBox>
  );
}

export function RecoveryForm({ detail }: { detail: DamageCaseDetail }) {
  const { t } = useLanguage();
  const [keeper] = useState(createIdempotencyKeeper);
  const [amount, setAmount] = useState("");
  const [receivedOn, setReceivedOn] = useState<string | null>(todayIso());
  const [payer, setPayer] = useState(detail.persons[0]?.name ?? "");
  const [into, setInto] = useState<"cash" | "bank">("cash");
  const [bankAccountId, setBankAccountId] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const banks = useQuery({
    queryKey: ["damage-cases", "banks", detail.case.fundId],
    queryFn: ({ signal }) =>
      api.get<{ items: Array<{ id: string; bankName: string; accountNo: string; status: string }> }>(
        `/api/funds/${encodeURIComponent(detail.case.fundId)}/bank-accounts`,
        undefined,
        signal,
      ),
    enabled: into === "bank",
  });
  const update = useCaseUpdate(detail.case.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const parsed = parseBahtInput(amount);
    if (!parsed.ok) next.amount = t("damage.form.amountRequired");
    if (payer.trim() === "") next.payer = t("damage.form.payerRequired");
    if (into === "bank" && !bankAccountId) next.bank = t("damage.form.bankRequired");
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.ok || !receivedOn) return;
    const body = {
      amountSatang: parsed.value,
      receivedOn,
      payer: payer.trim(),
      into: into === "bank" ? { kind: "bank" as const, bankAccountId } : { kind: "cash" as const },
    };
    const idempotencyKey = keeper.keyFor(body);
    update.mutate(() => damageCalls.recovery(detail.case.id, { ...body, idempotencyKey }), {
      onSuccess: () => {
        keeper.reset();
        setAmount("");
      },
    });
  };
  return (
    <FormBox title={t("damage.recordRecovery")} onSubmit={submit} testId="damage-recovery-form">
      <Text size="xs" c="dimmed">
        {t("damage.recoveryHint")}
      </Text>
      <ErrorAlert error={update.error ?? banks.error} />
      <SegmentedControl
        value={into}
        onChange={(v) => setInto(v as "cash" | "bank")}
        data={[
          { value: "cash", label: t("damage.intoCash") },
          { value: "bank", label: t("damage.intoBank") },
        ]}
      />
      {into === "bank" && (
        <NativeSelect
          label={t("damage.bankAccount")}
          value={bankAccountId}
          onChange={(e) => setBankAccountId(e.currentTarget.value)}
          error={errors.bank}
          data={[
            { value: "", label: t("damage.form.choose") },
            ...(banks.data?.items ?? [])
              .filter((b) => b.status === "active")
              .map((b) => ({ value: b.id, label: `${b.bankName} ${b.accountNo}` })),
          ]}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t("damage.amount")}
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
          inputMode="decimal"
          placeholder="0.00"
          error={errors.amount}
          required
          data-testid="damage-recovery-amount"
        />
        <DateField
          label={t("damage.receivedOn")}
          value={receivedOn}
          onChange={setReceivedOn}
          maxDate={todayIso()}
        />
      </SimpleGrid>
      <TextInput
        label={t("damage.payer")}
        value={payer}
        onChange={(e) => setPayer(e.currentTarget.value)}
        error={errors.payer}
        required
        maxLength={200}
        data-testid="damage-recovery-payer"
      />
      <Button type="submit" w="fit-content" loading={update.isPending} data-testid="damage-recovery-submit">
        {t("damage.recordRecovery")}
      </Button>
    </FormBox>
  );
}

/** Equal monthly instalments of the outstanding amount, the remainder on the last one. */
function equalInstalments(total: number, count: number, firstDue: string) {
  const base = Math.floor(total / count);
  const [y, m, d] = firstDue.split("-").map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) => {
    const month = m - 1 + i;
    const year = y + Math.floor(month / 12);
    const mm = (month % 12) + 1;
    const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
    const dueOn = `${year}-${String(mm).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
    return { dueOn, amountSatang: i === count - 1 ? total - base * (count - 1) : base };
  });
}

export function PlanForm({ detail }: { detail: DamageCaseDetail }) {
  const { t } = useLanguage();
  const [count, setCount] = useState("6");
  const [firstDue, setFirstDue] = useState<string | null>(null);
  const update = useCaseUpdate(detail.case.id);
  const outstanding = detail.case.outstandingSatang;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(count);
    if (!firstDue || !Number.isInteger(n) || n < 1 || outstanding < n) return;
    update.mutate(() =>
      damageCalls.plan(detail.case.id, { instalments: equalInstalments(outstanding, n, firstDue) }),
    );
  };
  return (
    <FormBox title={t("damage.setPlan")} onSubmit={submit} testId="damage-plan-form">
      <Text size="xs" c="dimmed">
        {t("damage.planHint")}
      </Text>
      <ErrorAlert error={update.error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t("damage.instalmentCount")}
          value={count}
          onChange={(e) => setCount(e.currentTarget.value)}
          inputMode="numeric"
          maxLength={3}
        />
        <DateField label={t("damage.firstDue")} value={firstDue} onChange={setFirstDue} />
      </SimpleGrid>
      <Button type="submit" variant="light" w="fit-content" loading={update.isPending} disabled={!firstDue}>
        {t("damage.setPlan")}
      </Button>
    </FormBox>
  );
}

export function CloseForm({ detail }: { detail: DamageCaseDetail }) {
  const { t } = useLanguage();
  const can = useCan();
  const [closure, setClosure] = useState<Closure>(
    detail.case.outstandingSatang === 0 ? "fully_recovered" : "legal_outcome",
  );
  const [note, setNote] = useState("");
  const [approvalRef, setApprovalRef] = useState("");
  const [missing, setMissing] = useState(false);
  const update = useCaseUpdate(detail.case.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(note.trim() === "");
    if (note.trim() === "") return;
    update.mutate(() =>
      damageCalls.close(detail.case.id, {
        closure,
        note: note.trim(),
        ...(closure === "written_off" && approvalRef.trim() ? { approvalRef: approvalRef.trim() } : {}),
      }),
    );
  };
  return (
    <FormBox title={t("damage.close")} onSubmit={submit} testId="damage-close-form">
      <ErrorAlert error={update.error} />
      <NativeSelect
        label={t("damage.closureLabel")}
        value={closure}
        onChange={(e) => setClosure(e.currentTarget.value as Closure)}
        data={CLOSURES.filter((c) => c !== "written_off" || can("damage.approve")).map((c) => ({
          value: c,
          label: t(`damage.closure.${c}`),
        }))}
      />
      {closure === "written_off" && (
        <TextInput
          label={t("damage.approvalRef")}
          value={approvalRef}
          onChange={(e) => setApprovalRef(e.currentTarget.value)}
          maxLength={100}
        />
      )}
      <TextInput
        label={t("damage.closingNote")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={missing ? t("damage.form.noteRequired") : undefined}
        maxLength={2000}
      />
      <Button type="submit" color="gray" w="fit-content" loading={update.isPending}>
        {t("damage.close")}
      </Button>
    </FormBox>
  );
}

const PLAN_STAGES: readonly Stage[] = [
  "debt_acknowledgement",
  "recovery",
  "civil_action",
  "criminal_complaint",
];

/** Every form an open case offers, in one lazily loaded panel. */
export function CaseFormsPanel({ detail }: { detail: DamageCaseDetail }) {
  const c = detail.case;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <StepForm detail={detail} />
      {c.outstandingSatang > 0 && <RecoveryForm detail={detail} />}
      {PLAN_STAGES.includes(c.stage) && c.outstandingSatang > 0 && <PlanForm detail={detail} />}
      <CloseForm detail={detail} />
    </SimpleGrid>
  );
}
