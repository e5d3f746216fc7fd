// The secretary records the loan request of an approved proposal (แบบขอยืมเงินทุน): the amount, the
// repayment plan (equal instalments, one payment after the harvest, or dates of its own; at most 6
// instalments) and the spouse or heir who consents. The amount in Thai words comes back from the server.
import {
  ActionIcon,
  Button,
  Group,
  Loader,
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
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useRef, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink } from "../../../components/router-links";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput, satangToInput } from "../../../lib/money-input";
import {
  type ConsentRelation,
  kkjCalls,
  kkjKeys,
  type LoanRequestBody,
  type PlanBody,
  type Proposal,
  proposalQuery,
} from "../api";
import { Fact, useBaht } from "../components/kkj-ui";

const route = getRouteApi("/signed-in/funds/$fundId/kkj/requests/new");

/** The official form has six instalment rows. */
const MAX_INSTALMENTS = 6;
const FREQUENCIES = [1, 2, 3, 4, 6, 12];
type PlanKind = "equal_instalments" | "lump_sum" | "custom";

interface CustomRow {
  key: number;
  dueOn: string | null;
  amount: string;
}
let nextKey = 1;

function RequestForm({ proposal }: { proposal: Proposal }) {
  const { t } = useLanguage();
  const baht = useBaht();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const fundId = proposal.fundId;
  const approved = proposal.decision?.amountSatang ?? proposal.totalSatang;
  const [amount, setAmount] = useState(satangToInput(approved));
  const [kind, setKind] = useState<PlanKind>("equal_instalments");
  const [count, setCount] = useState("6");
  const [frequency, setFrequency] = useState("1");
  const [firstDueOn, setFirstDueOn] = useState<string | null>(null);
  const [lumpSumDueOn, setLumpSumDueOn] = useState<string | null>(null);
  const [rows, setRows] = useState<CustomRow[]>([{ key: nextKey++, dueOn: null, amount: "" }]);
  const [consentName, setConsentName] = useState("");
  const [consentRelation, setConsentRelation] = useState<ConsentRelation | "">("");
  const [requestedOn, setRequestedOn] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (body: LoanRequestBody) => kkjCalls.submitRequest(fundId, body),
    onSuccess: async (request) => {
      await queryClient.invalidateQueries({ queryKey: kkjKeys.all(fundId) });
      await navigate({
        to: "/funds/$fundId/kkj/requests/$requestId",
        params: { fundId, requestId: request.id },
      });
    },
  });
  const setRow = (key: number, patch: Partial<CustomRow>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const moneyError = (error: string) =>
    t(error === "empty" || error === "zero" ? "kkj.form.amountRequired" : error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const parsedAmount = parseBahtInput(amount);
    if (!parsedAmount.ok) next.amount = moneyError(parsedAmount.error);
    let plan: PlanBody = { scheduleType: kind };
    if (kind === "equal_instalments") {
      plan = {
        scheduleType: kind,
        instalmentCount: Number(count),
        frequencyMonths: Number(frequency),
        ...(firstDueOn ? { firstDueOn } : {}),
      };
    } else if (kind === "lump_sum") {
      if (!lumpSumDueOn) next.lumpSumDueOn = t("kkj.form.dateRequired");
      plan = { scheduleType: kind, ...(lumpSumDueOn ? { lumpSumDueOn } : {}) };
    } else {
      const withAmounts = rows.filter((r) => r.amount.trim() !== "");
      if (withAmounts.length > 0 && withAmounts.length !== rows.length)
        next.custom = t("kkj.request.customAllOrNone");
      const dates: NonNullable<PlanBody["customDueDates"]> = [];
      for (const r of rows) {
        if (!r.dueOn) next[`date${r.key}`] = t("kkj.form.dateRequired");
        const p = r.amount.trim() === "" ? null : parseBahtInput(r.amount);
        if (p && !p.ok) next[`amount${r.key}`] = moneyError(p.error);
        if (r.dueOn) dates.push({ dueOn: r.dueOn, ...(p?.ok ? { principalSatang: p.value } : {}) });
      }
      plan = { scheduleType: kind, customDueDates: dates };
    }
    if (consentName.trim() !== "" && !consentRelation)
      next.consentRelation = t("kkj.request.relationRequired");
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsedAmount.ok) {
      focusFirstInvalid(formRef.current);
      return;
    }
    mutation.mutate({
      proposalId: proposal.id,
      amountSatang: parsedAmount.value,
      plan,
      ...(consentName.trim() ? { consentName: consentName.trim() } : {}),
      ...(consentRelation ? { consentRelation } : {}),
      ...(requestedOn ? { requestedOn } : {}),
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
      data-testid="request-form"
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Fact label={t("kkj.proposal.applicant")}>{proposal.applicantName}</Fact>
          <Fact label={t("kkj.proposal.project")}>{proposal.projectName}</Fact>
          <Fact label={t("kkj.proposal.docNo")}>{proposal.docNo}</Fact>
          <Fact label={t("kkj.request.approvedForProject")}>{baht(approved)}</Fact>
        </SimpleGrid>
        <ErrorAlert error={mutation.error} />
        <TextInput
          label={t("kkj.request.amount")}
          description={t("kkj.request.amountHint")}
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
          error={errors.amount}
          required
          rightSection={<Text size="xs">{t("money.baht")}</Text>}
          rightSectionWidth={44}
          style={{ maxWidth: 320 }}
          data-testid="request-amount"
        />
        <Radio.Group
          label={t("kkj.request.plan")}
          value={kind}
          onChange={(v) => setKind(v as PlanKind)}
          required
        >
          <Stack gap={6} mt={4}>
            <Radio value="equal_instalments" label={t("kkj.plan.equal_instalments")} />
            <Radio value="lump_sum" label={t("kkj.plan.lump_sum")} />
            <Radio value="custom" label={t("kkj.plan.custom")} />
          </Stack>
        </Radio.Group>
        {kind === "equal_instalments" && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t("kkj.request.count")}
              value={count}
              onChange={(e) => setCount(e.currentTarget.value)}
              data={Array.from({ length: MAX_INSTALMENTS }, (_, i) => String(i + 1))}
            />
            <NativeSelect
              label={t("kkj.request.frequency")}
              value={frequency}
              onChange={(e) => setFrequency(e.currentTarget.value)}
              data={FREQUENCIES.map((m) => ({
                value: String(m),
                label: t("kkj.request.everyMonths", { count: m }),
              }))}
            />
            <DateField
              label={t("kkj.request.firstDueOn")}
              value={firstDueOn}
              onChange={setFirstDueOn}
              minDate={requestedOn ?? undefined}
            />
          </SimpleGrid>
        )}
        {kind === "lump_sum" && (
          <div style={{ maxWidth: 320 }}>
            <DateField
              label={t("kkj.request.lumpSumDueOn")}
              value={lumpSumDueOn}
              onChange={setLumpSumDueOn}
              minDate={requestedOn ?? undefined}
            />
            {errors.lumpSumDueOn && (
              <Text size="xs" c="red" role="alert">
                {errors.lumpSumDueOn}
              </Text>
            )}
          </div>
        )}
        {kind === "custom" && (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t("kkj.request.customHint")}
            </Text>
            {errors.custom && (
              <Text size="xs" c="red" role="alert">
                {errors.custom}
              </Text>
            )}
            {rows.map((r, i) => (
              <Group key={r.key} align="flex-start" gap="xs" wrap="nowrap">
                <Text fw={600} pt={30} w={60}>
                  {t("kkj.instalment.seqValue", { seq: i + 1 })}
                </Text>
                <div style={{ flex: 1 }}>
                  <DateField
                    label={t("kkj.instalment.dueOn")}
                    value={r.dueOn}
                    onChange={(v) => setRow(r.key, { dueOn: v })}
                    minDate={requestedOn ?? undefined}
                  />
                  {errors[`date${r.key}`] && (
                    <Text size="xs" c="red" role="alert">
                      {errors[`date${r.key}`]}
                    </Text>
                  )}
                </div>
                <TextInput
                  label={t("kkj.instalment.amount")}
                  inputMode="decimal"
                  value={r.amount}
                  onChange={(e) => setRow(r.key, { amount: e.currentTarget.value })}
                  error={errors[`amount${r.key}`]}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  size="lg"
                  disabled={rows.length === 1}
                  onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                  aria-label={t("kkj.request.removeInstalment", { seq: i + 1 })}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              style={{ alignSelf: "flex-start" }}
              disabled={rows.length >= MAX_INSTALMENTS}
              onClick={() => setRows((rs) => [...rs, { key: nextKey++, dueOn: null, amount: "" }])}
            >
              {t("kkj.request.addInstalment")}
            </Button>
          </Stack>
        )}
        <Title order={3} size="h5">
          {t("kkj.consent.title")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("kkj.consent.name")}
            value={consentName}
            onChange={(e) => setConsentName(e.currentTarget.value)}
            maxLength={200}
          />
          <Radio.Group
            label={t("kkj.consent.relation")}
            value={consentRelation}
            onChange={(v) => setConsentRelation(v as ConsentRelation)}
            error={errors.consentRelation}
          >
            <Group mt={6}>
              <Radio value="spouse" label={t("kkj.consent.spouse")} />
              <Radio value="heir" label={t("kkj.consent.heir")} />
            </Group>
          </Radio.Group>
        </SimpleGrid>
        <div style={{ maxWidth: 320 }}>
          <DateField
            label={t("kkj.request.requestedOn")}
            value={requestedOn}
            onChange={setRequestedOn}
            maxDate={todayIso()}
          />
        </div>
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="request-submit">
            {t("kkj.request.submit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function NewRequestPage() {
  const { fundId } = route.useParams();
  const { proposal: proposalId = "" } = route.useSearch();
  const { t } = useLanguage();
  const proposal = useQuery({ ...proposalQuery(fundId, proposalId), enabled: proposalId !== "" });
  return (
    <Stack gap="md">
      {proposalId && (
        <AnchorLink to="/funds/$fundId/kkj/proposals/$proposalId" params={{ fundId, proposalId }} size="sm">
          ← {t("kkj.proposal.back")}
        </AnchorLink>
      )}
      <Title order={2} size="h3">
        {t("kkj.request.formTitle")}
      </Title>
      {!proposalId ? (
        <Text c="dimmed">{t("kkj.request.pickProposal")}</Text>
      ) : proposal.isPending ? (
        <Loader size="sm" />
      ) : proposal.isError ? (
        <ErrorAlert error={proposal.error} />
      ) : (
        <RequestForm proposal={proposal.data} />
      )}
    </Stack>
  );
}
