// Household debt surveys: the list, and the form (income pre-filled from จปฐ. and editable, every field of every debt, errors beside their fields).
import {
  Badge,
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
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput, satangToInput } from "../../../lib/money-input";
import {
  type Centre,
  CREDITOR_TYPES,
  centreCalls,
  centreKeys,
  FREQUENCIES,
  fieldErrors,
  householdBmnQuery,
  householdsQuery,
  RATE_BASES,
  surveysQuery,
} from "../api";

interface DebtRow {
  key: number;
  debtId: string;
  creditorName: string;
  creditorType: string;
  communityFundId: string;
  original: string;
  outstanding: string;
  arrears: string;
  ratePercent: string;
  rateBasis: string;
  instalment: string;
  instalmentFrequency: string;
  collateral: string;
  guarantor: string;
  purpose: string;
  startOn: string | null;
  endOn: string | null;
}

let nextKey = 1;
const emptyDebt = (n: number): DebtRow => ({
  key: nextKey++,
  debtId: `d${n}`,
  creditorName: "",
  creditorType: "money_lender",
  communityFundId: "",
  original: "",
  outstanding: "",
  arrears: "0",
  ratePercent: "",
  rateBasis: "per_month",
  instalment: "",
  instalmentFrequency: "monthly",
  collateral: "",
  guarantor: "",
  purpose: "",
  startOn: null,
  endOn: null,
});

/** Baht text → satang, or the text itself so the server names the bad field. */
function money(text: string): number | string {
  const trimmed = text.trim();
  const negative = trimmed.startsWith("-");
  const r = parseBahtInput(negative ? trimmed.slice(1) : trimmed);
  if (r.ok) return negative ? -r.value : r.value;
  return r.error === "zero" ? 0 : text;
}

/** "10" or "1.5" percent → basis points, or the text itself. */
function percentBp(text: string): number | string {
  return /^\d+(\.\d{1,2})?$/.test(text.trim()) ? Math.round(Number(text) * 100) : text;
}

function SurveyForm({ centre, onDone }: { centre: Centre; onDone: () => void }) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const households = useQuery(householdsQuery(centre.areaCode));
  const [householdId, setHouseholdId] = useState("");
  const [surveyedOn, setSurveyedOn] = useState<string | null>(todayIso());
  const [income, setIncome] = useState("");
  const [incomeEdited, setIncomeEdited] = useState(false);
  const [expenses, setExpenses] = useState("");
  const [debts, setDebts] = useState<DebtRow[]>([emptyDebt(1)]);
  const bmn = useQuery({ ...householdBmnQuery(householdId), enabled: householdId !== "" });
  const latest = [...(bmn.data?.bmnRecords ?? [])].sort((a, b) => b.surveyYear - a.surveyYear)[0];
  useEffect(() => {
    if (!incomeEdited) setIncome(latest ? satangToInput(Math.floor(latest.incomeTotalSatang / 12)) : "");
  }, [latest, incomeEdited]);
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) => centreCalls.recordSurvey(centre.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: centreKeys.part(centre.id, "surveys") });
      await queryClient.invalidateQueries({ queryKey: centreKeys.part(centre.id, "counts") });
      onDone();
    },
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...fieldErrors(mutation.error, lang), ...local };
  const setDebt = (k: number, patch: Partial<DebtRow>) =>
    setDebts((rows) => rows.map((r) => (r.key === k ? { ...r, ...patch } : r)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Income and expenses are plain numbers in the request: text that is not an amount is caught here.
    const next: Record<string, string> = {};
    if ((incomeEdited || !latest) && typeof money(income) === "string")
      next.monthlyIncomeSatang = t("debtCentre.form.amountInvalid");
    if (expenses.trim() !== "" && typeof money(expenses) === "string")
      next.monthlyExpensesSatang = t("debtCentre.form.amountInvalid");
    setLocal(next);
    if (Object.keys(next).length > 0) return;
    mutation.mutate({
      householdId,
      surveyedOn: surveyedOn ?? "",
      // Left as pre-filled, the server takes it from จปฐ. itself and records the source and year.
      ...(incomeEdited || !latest ? { monthlyIncomeSatang: money(income) } : {}),
      ...(expenses.trim() !== "" ? { monthlyExpensesSatang: money(expenses) } : {}),
      debts: debts.map((d) => ({
        debtId: d.debtId.trim(),
        creditorName: d.creditorName,
        creditorType: d.creditorType,
        ...(d.creditorType === "community_fund" ? { communityFundId: d.communityFundId } : {}),
        originalPrincipalSatang: money(d.original),
        outstandingSatang: money(d.outstanding),
        arrearsSatang: money(d.arrears || "0"),
        rateBp: percentBp(d.ratePercent),
        rateBasis: d.rateBasis,
        ...(d.instalment.trim() !== "" ? { instalmentSatang: money(d.instalment) } : {}),
        instalmentFrequency: d.instalmentFrequency,
        ...(d.collateral.trim() !== "" ? { collateral: d.collateral } : {}),
        ...(d.guarantor.trim() !== "" ? { guarantor: d.guarantor } : {}),
        purpose: d.purpose,
        startOn: d.startOn ?? "",
        ...(d.endOn ? { endOn: d.endOn } : {}),
      })),
    });
  };
  const fieldError = (path: string) =>
    errors[path] ? (
      <Text size="xs" c="red" role="alert">
        {errors[path]}
      </Text>
    ) : null;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="survey-form">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("debtCentre.surveys.form")}
        </Title>
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <NativeSelect
            label={t("debtCentre.surveys.household")}
            value={householdId}
            onChange={(e) => {
              setHouseholdId(e.currentTarget.value);
              setIncomeEdited(false);
            }}
            error={errors.householdId}
            data={[
              { value: "", label: t("debtCentre.form.choose") },
              ...(households.data?.items ?? []).map((h) => ({
                value: h.id,
                label: `${h.houseNo} ${h.headName}`,
              })),
            ]}
            data-testid="survey-household"
          />
          <div>
            <DateField
              label={t("debtCentre.surveys.surveyedOn")}
              value={surveyedOn}
              onChange={setSurveyedOn}
              maxDate={todayIso()}
            />
            {fieldError("surveyedOn")}
          </div>
          <TextInput
            label={t("debtCentre.surveys.income")}
            description={
              latest && !incomeEdited
                ? t("debtCentre.surveys.fromBmn", { year: latest.surveyYear })
                : t("debtCentre.surveys.incomeHint")
            }
            value={income}
            onChange={(e) => {
              setIncome(e.currentTarget.value);
              setIncomeEdited(true);
            }}
            error={errors.monthlyIncomeSatang}
            inputMode="decimal"
            data-testid="survey-income"
          />
          <TextInput
            label={t("debtCentre.surveys.expenses")}
            value={expenses}
            onChange={(e) => setExpenses(e.currentTarget.value)}
            error={errors.monthlyExpensesSatang}
            inputMode="decimal"
            data-testid="survey-expenses"
          />
        </SimpleGrid>
        {debts.map((d, k) => {
          const at = `debts[${k}]`;
          const e = (f: string) => errors[`${at}.${f}`];
          return (
            <Paper key={d.key} withBorder p="sm" bg="gray.0" data-testid={`debt-${k}`}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={600} size="sm">
                    {t("debtCentre.surveys.debtNo", { no: k + 1 })}
                  </Text>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-xs"
                    onClick={() => setDebts((rows) => rows.filter((r) => r.key !== d.key))}
                  >
                    {t("debtCentre.surveys.removeDebt")}
                  </Button>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="xs">
                  <TextInput
                    label={t("debtCentre.debt.debtId")}
                    value={d.debtId}
                    onChange={(ev) => setDebt(d.key, { debtId: ev.currentTarget.value })}
                    error={e("debtId")}
                  />
                  <TextInput
                    label={t("debtCentre.debt.creditorName")}
                    value={d.creditorName}
                    onChange={(ev) => setDebt(d.key, { creditorName: ev.currentTarget.value })}
                    error={e("creditorName")}
                  />
                  <NativeSelect
                    label={t("debtCentre.debt.creditorType")}
                    value={d.creditorType}
                    onChange={(ev) => setDebt(d.key, { creditorType: ev.currentTarget.value })}
                    error={e("creditorType")}
                    data={CREDITOR_TYPES.map((c) => ({ value: c, label: t(`debtCentre.creditor.${c}`) }))}
                  />
                  {d.creditorType === "community_fund" && (
                    <TextInput
                      label={t("debtCentre.debt.communityFundId")}
                      value={d.communityFundId}
                      onChange={(ev) => setDebt(d.key, { communityFundId: ev.currentTarget.value })}
                      error={e("communityFundId")}
                    />
                  )}
                  <TextInput
                    label={t("debtCentre.debt.original")}
                    value={d.original}
                    onChange={(ev) => setDebt(d.key, { original: ev.currentTarget.value })}
                    error={e("originalPrincipalSatang")}
                    inputMode="decimal"
                  />
                  <TextInput
                    label={t("debtCentre.debt.outstanding")}
                    value={d.outstanding}
                    onChange={(ev) => setDebt(d.key, { outstanding: ev.currentTarget.value })}
                    error={e("outstandingSatang")}
                    inputMode="decimal"
                  />
                  <TextInput
                    label={t("debtCentre.debt.arrears")}
                    value={d.arrears}
                    onChange={(ev) => setDebt(d.key, { arrears: ev.currentTarget.value })}
                    error={e("arrearsSatang")}
                    inputMode="decimal"
                  />
                  <TextInput
                    label={t("debtCentre.debt.rate")}
                    value={d.ratePercent}
                    onChange={(ev) => setDebt(d.key, { ratePercent: ev.currentTarget.value })}
                    error={e("rateBp")}
                    inputMode="decimal"
                  />
                  <NativeSelect
                    label={t("debtCentre.debt.rateBasis")}
                    value={d.rateBasis}
                    onChange={(ev) => setDebt(d.key, { rateBasis: ev.currentTarget.value })}
                    error={e("rateBasis")}
                    data={RATE_BASES.map((b) => ({ value: b, label: t(`debtCentre.basis.${b}`) }))}
                  />
                  <TextInput
                    label={t("debtCentre.debt.instalment")}
                    value={d.instalment}
                    onChange={(ev) => setDebt(d.key, { instalment: ev.currentTarget.value })}
                    error={e("instalmentSatang")}
                    inputMode="decimal"
                  />
                  <NativeSelect
                    label={t("debtCentre.debt.frequency")}
                    value={d.instalmentFrequency}
                    onChange={(ev) => setDebt(d.key, { instalmentFrequency: ev.currentTarget.value })}
                    error={e("instalmentFrequency")}
                    data={FREQUENCIES.map((f) => ({ value: f, label: t(`debtCentre.frequency.${f}`) }))}
                  />
                  <TextInput
                    label={t("debtCentre.debt.collateral")}
                    value={d.collateral}
                    onChange={(ev) => setDebt(d.key, { collateral: ev.currentTarget.value })}
                    error={e("collateral")}
                  />
                  <TextInput
                    label={t("debtCentre.debt.guarantor")}
                    value={d.guarantor}
                    onChange={(ev) => setDebt(d.key, { guarantor: ev.currentTarget.value })}
                    error={e("guarantor")}
                  />
                  <TextInput
                    label={t("debtCentre.debt.purpose")}
                    value={d.purpose}
                    onChange={(ev) => setDebt(d.key, { purpose: ev.currentTarget.value })}
                    error={e("purpose")}
                  />
                  <div>
                    <DateField
                      label={t("debtCentre.debt.startOn")}
                      value={d.startOn}
                      onChange={(v) => setDebt(d.key, { startOn: v })}
                    />
                    {fieldError(`${at}.startOn`)}
                  </div>
                  <div>
                    <DateField
                      label={t("debtCentre.debt.endOn")}
                      value={d.endOn}
                      onChange={(v) => setDebt(d.key, { endOn: v })}
                    />
                    {fieldError(`${at}.endOn`)}
                  </div>
                </SimpleGrid>
              </Stack>
            </Paper>
          );
        })}
        <Group>
          <Button
            variant="default"
            onClick={() => setDebts((rows) => [...rows, emptyDebt(rows.length + 1)])}
            data-testid="survey-add-debt"
          >
            {t("debtCentre.surveys.addDebt")}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="survey-submit">
            {t("debtCentre.form.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function SurveysTab({ centre }: { centre: Centre }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const surveys = useQuery(surveysQuery(centre.id));
  const households = useQuery(householdsQuery(centre.areaCode));
  const names = new Map((households.data?.items ?? []).map((h) => [h.id, `${h.houseNo} ${h.headName}`]));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t("debtCentre.surveys.title")}
        </Title>
        <Group gap="xs">
          <ExportLinks href={`/api/debt-centres/${centre.id}/surveys/export`} query={{ lang }} />
          <Button variant="light" size="xs" onClick={() => setAdding((v) => !v)} data-testid="survey-add">
            {t("debtCentre.surveys.add")}
          </Button>
        </Group>
      </Group>
      {adding && <SurveyForm centre={centre} onDone={() => setAdding(false)} />}
      <ErrorAlert error={surveys.error} />
      <DataTable minWidth={760} striped data-testid="surveys">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("debtCentre.surveys.household")}</Table.Th>
            <Table.Th>{t("debtCentre.surveys.surveyedOn")}</Table.Th>
            <Table.Th>{t("debtCentre.surveys.income")}</Table.Th>
            <Table.Th>{t("debtCentre.surveys.expenses")}</Table.Th>
            <Table.Th>{t("debtCentre.surveys.debts")}</Table.Th>
            <Table.Th>{t("debtCentre.surveys.totalOutstanding")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(surveys.data?.items ?? []).map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                {names.get(s.householdId) ?? s.householdId}{" "}
                {s.relapseFlags > 0 && (
                  <Badge color="red" size="xs">
                    {t("debtCentre.surveys.relapse", { count: s.relapseFlags })}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{format.date(s.surveyedOn)}</Table.Td>
              <Table.Td>
                {format.money(s.monthlyIncomeSatang)}
                {s.incomeSource === "bmn" && (
                  <Text span size="xs" c="dimmed">
                    {" "}
                    ({t("debtCentre.surveys.bmnShort", { year: s.bmnYear })})
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{format.money(s.monthlyExpensesSatang)}</Table.Td>
              <Table.Td>
                {s.debts
                  .map((d) => `${d.creditorName} (${t(`debtCentre.creditor.${d.creditorType}`)})`)
                  .join(", ")}
              </Table.Td>
              <Table.Td>{format.money(s.debts.reduce((n, d) => n + d.outstandingSatang, 0))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
    </Stack>
  );
}
