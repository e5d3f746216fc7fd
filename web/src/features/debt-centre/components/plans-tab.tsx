// Restructuring plans: propose one for a survey (refusals with their reasons), and each plan with every choice and its reason, the figures, approval (chair override), execution and debt-free.
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks, PrintButton } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { isApiError } from "../../../lib/api";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import {
  type Centre,
  centreCalls,
  centreKeys,
  fieldErrors,
  householdsQuery,
  type Localized,
  type MemberFund,
  type Plan,
  plansQuery,
  type RuleBreak,
  surveysQuery,
} from "../api";

const STATUS_COLORS: Record<string, string> = {
  planned: "blue",
  approved: "indigo",
  repaying: "orange",
  debt_free: "green",
  relapse_watch: "teal",
  relapse: "red",
  surveyed: "gray",
};

function useText() {
  const { lang } = useLanguage();
  return (l: Localized | undefined) => (l ? (lang === "en" ? l.en : l.th) : "");
}

function Refusals({ error }: { error: unknown }) {
  const { t } = useLanguage();
  const text = useText();
  if (!isApiError(error) || error.code !== "debt.plan_refused") return <ErrorAlert error={error} />;
  const refusals = (error.details as { refusals?: RuleBreak[] } | undefined)?.refusals ?? [];
  return (
    <Alert
      color="red"
      variant="light"
      title={t("debtCentre.plans.refused")}
      role="alert"
      data-testid="plan-refusals"
    >
      <List size="sm">
        {refusals.map((r) => (
          <List.Item key={`${r.rule}-${r.debtId ?? ""}-${r.fundId ?? ""}`}>{text(r.reason)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function ProposeForm({
  centre,
  memberFunds,
  onDone,
}: {
  centre: Centre;
  memberFunds: MemberFund[];
  onDone: () => void;
}) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const surveys = useQuery(surveysQuery(centre.id));
  const plans = useQuery(plansQuery(centre.id));
  const households = useQuery(householdsQuery(centre.areaCode));
  const names = new Map((households.data?.items ?? []).map((h) => [h.id, `${h.houseNo} ${h.headName}`]));
  const planned = new Set((plans.data?.items ?? []).map((p) => p.surveyId));
  const open = (surveys.data?.items ?? []).filter((s) => !planned.has(s.id) && s.debts.length > 0);
  const [surveyId, setSurveyId] = useState("");
  const [plannedOn, setPlannedOn] = useState<string | null>(todayIso());
  const [term, setTerm] = useState("");
  const [consolidate, setConsolidate] = useState("");
  const [forceDebt, setForceDebt] = useState("");
  const [forceFund, setForceFund] = useState("");
  const survey = open.find((s) => s.id === surveyId);
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) => centreCalls.propose(centre.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: centreKeys.part(centre.id, "plans") });
      await queryClient.invalidateQueries({ queryKey: centreKeys.part(centre.id, "counts") });
      onDone();
    },
  });
  const errors = fieldErrors(mutation.error, lang);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const overrides: Record<string, unknown> = {};
    if (consolidate) overrides.consolidate = consolidate === "yes";
    if (forceDebt && forceFund) overrides.forceFunds = [{ debtId: forceDebt, fundId: forceFund }];
    mutation.mutate({
      surveyId,
      plannedOn: plannedOn ?? "",
      ...(term.trim() !== "" ? { termMonths: Number(term) } : {}),
      ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
    });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="plan-form">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("debtCentre.plans.propose")}
        </Title>
        <Refusals error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <NativeSelect
            label={t("debtCentre.plans.survey")}
            value={surveyId}
            onChange={(e) => setSurveyId(e.currentTarget.value)}
            error={errors.surveyId}
            data={[
              { value: "", label: t("debtCentre.form.choose") },
              ...open.map((s) => ({
                value: s.id,
                label: `${names.get(s.householdId) ?? s.householdId} · ${s.surveyedOn}`,
              })),
            ]}
            data-testid="plan-survey"
          />
          <div>
            <DateField label={t("debtCentre.plans.plannedOn")} value={plannedOn} onChange={setPlannedOn} />
            {errors.plannedOn && (
              <Text size="xs" c="red" role="alert">
                {errors.plannedOn}
              </Text>
            )}
          </div>
          <TextInput
            label={t("debtCentre.plans.term")}
            description={t("debtCentre.plans.termHint")}
            value={term}
            onChange={(e) => setTerm(e.currentTarget.value)}
            error={errors.termMonths}
            inputMode="numeric"
          />
          <NativeSelect
            label={t("debtCentre.plans.consolidate")}
            value={consolidate}
            onChange={(e) => setConsolidate(e.currentTarget.value)}
            data={[
              { value: "", label: t("debtCentre.plans.centreDefault") },
              { value: "yes", label: t("debtCentre.plans.oneContract") },
              { value: "no", label: t("debtCentre.plans.perDebt") },
            ]}
          />
          <NativeSelect
            label={t("debtCentre.plans.forceDebt")}
            value={forceDebt}
            onChange={(e) => setForceDebt(e.currentTarget.value)}
            data={[
              { value: "", label: "—" },
              ...(survey?.debts ?? []).map((d) => ({
                value: d.debtId,
                label: `${d.debtId} ${d.creditorName}`,
              })),
            ]}
          />
          <NativeSelect
            label={t("debtCentre.plans.forceFund")}
            value={forceFund}
            onChange={(e) => setForceFund(e.currentTarget.value)}
            error={errors["overrides.forceFunds[0].fundId"]}
            data={[
              { value: "", label: "—" },
              ...memberFunds.filter((m) => m.fundId).map((m) => ({ value: m.fundId!, label: m.name })),
            ]}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending} disabled={!surveyId} data-testid="plan-submit">
            {t("debtCentre.plans.proposeSubmit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Figure({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 500}>
        {value}
      </Text>
    </Stack>
  );
}

function PlanActions({ centre, plan }: { centre: Centre; plan: Plan }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const [paidOn, setPaidOn] = useState<string | null>(todayIso());
  const step = useMutation({
    mutationFn: (s: { step: "approve" | "execute" | "debt-free"; body: Record<string, unknown> }) =>
      centreCalls.planStep(centre.id, plan.id, s.step, s.body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: centreKeys.part(centre.id, "plans") });
      await queryClient.invalidateQueries({ queryKey: centreKeys.part(centre.id, "counts") });
      await queryClient.invalidateQueries({ queryKey: centreKeys.part(centre.id, "debt-free") });
    },
  });
  return (
    <Stack gap="xs">
      <ErrorAlert error={step.error} />
      {plan.status === "planned" && (
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={
              plan.needsChairOverride ? t("debtCentre.plans.overrideReason") : t("debtCentre.plans.note")
            }
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={500}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button
            loading={step.isPending}
            disabled={plan.needsChairOverride && note.trim() === ""}
            onClick={() => step.mutate({ step: "approve", body: note.trim() ? { note: note.trim() } : {} })}
            data-testid="plan-approve"
          >
            {plan.needsChairOverride ? t("debtCentre.plans.approveOverride") : t("debtCentre.plans.approve")}
          </Button>
        </Group>
      )}
      {plan.status === "approved" && (
        <Group align="flex-end" wrap="wrap">
          <DateField
            label={t("debtCentre.plans.paidOn")}
            value={paidOn}
            onChange={setPaidOn}
            maxDate={todayIso()}
          />
          <Button
            loading={step.isPending}
            onClick={() => step.mutate({ step: "execute", body: paidOn ? { paidOn } : {} })}
            data-testid="plan-execute"
          >
            {t("debtCentre.plans.execute")}
          </Button>
        </Group>
      )}
      {plan.status === "repaying" && (
        <Group>
          <Button
            variant="light"
            color="green"
            loading={step.isPending}
            onClick={() => step.mutate({ step: "debt-free", body: {} })}
            data-testid="plan-debt-free"
          >
            {t("debtCentre.plans.markDebtFree")}
          </Button>
        </Group>
      )}
      {plan.debtFreeOn && (
        <Group>
          <PrintButton
            href={`/api/debt-centres/${centre.id}/plans/${plan.id}/certificate/pdf`}
            label={t("debtCentre.debtFree.certificate")}
            testId="plan-certificate"
          />
        </Group>
      )}
    </Stack>
  );
}

function PlanCard({
  centre,
  plan,
  household,
  funds,
}: {
  centre: Centre;
  plan: Plan;
  household: string;
  funds: Map<string, string>;
}) {
  const { t } = useLanguage();
  const format = useFormat();
  const text = useText();
  const [open, setOpen] = useState(plan.status === "planned" || plan.status === "approved");
  const p = plan.plan;
  const fundName = (id: string) => funds.get(id) ?? id;
  return (
    <Paper withBorder p="md" data-testid={`plan-${plan.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Text fw={700}>{household}</Text>
            <Badge color={STATUS_COLORS[plan.status] ?? "gray"} data-testid="plan-status">
              {t(`debtCentre.status.${plan.status}`)}
            </Badge>
            {plan.needsChairOverride && (
              <Badge color="yellow" variant="light">
                {t("debtCentre.plans.needsChair")}
              </Badge>
            )}
          </Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setOpen((v) => !v)}>
            {open ? t("debtCentre.plans.hide") : t("debtCentre.plans.show")}
          </Button>
        </Group>
        <Text size="sm">{text(p.summary)}</Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <Figure
            label={t("debtCentre.plans.monthlyPayment")}
            value={format.money(p.monthlyPaymentSatang)}
            strong
          />
          <Figure label={t("debtCentre.plans.affordable")} value={format.money(p.affordableMonthlySatang)} />
          <Figure label={t("debtCentre.plans.monthlyBefore")} value={format.money(p.monthlyBeforeSatang)} />
          <Figure
            label={t("debtCentre.plans.term")}
            value={p.termMonths === null ? "—" : `${p.termMonths} ${t("debtCentre.months")}`}
          />
          <Figure label={t("debtCentre.plans.interestBefore")} value={format.money(p.interestBeforeSatang)} />
          <Figure label={t("debtCentre.plans.interestAfter")} value={format.money(p.interestAfterSatang)} />
          <Figure
            label={t("debtCentre.plans.interestSaved")}
            value={format.money(p.interestSavedSatang)}
            strong
          />
          <Figure
            label={t("debtCentre.plans.debtFreeOn")}
            value={p.debtFreeOn ? format.dateLong(p.debtFreeOn) : "—"}
            strong
          />
        </SimpleGrid>
        {open && (
          <>
            <DataTable minWidth={820} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("debtCentre.debt.creditorName")}</Table.Th>
                  <Table.Th>{t("debtCentre.debt.outstanding")}</Table.Th>
                  <Table.Th>{t("debtCentre.plans.ear")}</Table.Th>
                  <Table.Th>{t("debtCentre.plans.decision")}</Table.Th>
                  <Table.Th>{t("debtCentre.plans.after")}</Table.Th>
                  <Table.Th>{t("debtCentre.plans.reason")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.debts.map((d) => (
                  <Table.Tr key={d.debtId}>
                    <Table.Td>{d.creditorName}</Table.Td>
                    <Table.Td>{format.money(d.outstandingSatang)}</Table.Td>
                    <Table.Td>{(d.effectiveAnnualBp / 100).toFixed(2)}%</Table.Td>
                    <Table.Td>{t(`debtCentre.decision.${d.decision}`)}</Table.Td>
                    <Table.Td>
                      {d.funding.length === 0
                        ? t("debtCentre.plans.staysWithCreditor")
                        : d.funding
                            .map((f) => `${fundName(f.fundId)} ${format.money(f.amountSatang)}`)
                            .join(", ")}
                    </Table.Td>
                    <Table.Td>{text(d.reason)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
            <Stack gap={4}>
              <Text size="sm">
                <b>{t("debtCentre.plans.consolidation")}:</b> {text(p.consolidationReason)}
              </Text>
              <Text size="sm">
                <b>{t("debtCentre.plans.termChoice")}:</b> {text(p.termReason)}
              </Text>
              <Text size="sm">
                <b>{t("debtCentre.plans.affordability")}:</b> {text(p.affordabilityReason)}
              </Text>
              {p.contracts.map((c) => (
                <Text size="sm" key={c.contractNo}>
                  <b>{t("debtCentre.plans.contract", { no: c.contractNo })}:</b>{" "}
                  {format.money(c.principalSatang)} ·{" "}
                  {c.participations
                    .map((x) => `${fundName(x.fundId)} ${format.money(x.principalSatang)}`)
                    .join(", ")}{" "}
                  — {text(c.reason)}
                </Text>
              ))}
              {p.funds.map((f) => (
                <Text size="sm" key={f.fundId}>
                  <b>{f.name}:</b> {text(f.reason)}
                </Text>
              ))}
            </Stack>
            {plan.brokenRules.length > 0 && (
              <Alert color="yellow" variant="light" title={t("debtCentre.plans.brokenRules")}>
                <List size="sm">
                  {plan.brokenRules.map((r) => (
                    <List.Item key={`${r.rule}-${r.debtId ?? ""}-${r.fundId ?? ""}`}>
                      {text(r.reason)}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Text size="xs" c="dimmed">
              {plan.history
                .map(
                  (h) =>
                    `${format.date(h.on)} ${t(`debtCentre.status.${h.to}`)}${h.reason ? ` (${h.reason})` : ""}`,
                )
                .join(" → ")}
            </Text>
          </>
        )}
        <PlanActions centre={centre} plan={plan} />
      </Stack>
    </Paper>
  );
}

export function PlansTab({ centre, memberFunds }: { centre: Centre; memberFunds: MemberFund[] }) {
  const { t, lang } = useLanguage();
  const [adding, setAdding] = useState(false);
  const plans = useQuery(plansQuery(centre.id));
  const households = useQuery(householdsQuery(centre.areaCode));
  const names = new Map((households.data?.items ?? []).map((h) => [h.id, `${h.houseNo} ${h.headName}`]));
  const funds = new Map(memberFunds.filter((m) => m.fundId).map((m) => [m.fundId!, m.name]));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t("debtCentre.plans.title")}
        </Title>
        <Group gap="xs">
          <ExportLinks href={`/api/debt-centres/${centre.id}/plans/export`} query={{ lang }} />
          <Button variant="light" size="xs" onClick={() => setAdding((v) => !v)} data-testid="plan-add">
            {t("debtCentre.plans.propose")}
          </Button>
        </Group>
      </Group>
      {adding && <ProposeForm centre={centre} memberFunds={memberFunds} onDone={() => setAdding(false)} />}
      <ErrorAlert error={plans.error} />
      {plans.isSuccess && plans.data.items.length === 0 && (
        <Text c="dimmed">{t("debtCentre.plans.empty")}</Text>
      )}
      {[...(plans.data?.items ?? [])].reverse().map((p) => (
        <PlanCard
          key={p.id}
          centre={centre}
          plan={p}
          household={names.get(p.householdId) ?? p.householdId}
          funds={funds}
        />
      ))}
    </Stack>
  );
}
