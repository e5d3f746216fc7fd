// Records a household's yearly จปฐ. survey: income in baht (parsed exactly to satang) and 31 indicators.
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { BmnInput } from "../../../../../src/shared/contracts/households";
import { add, floorDiv, MoneyError, parseBaht, type Satang } from "../../../../../src/shared/money";
import { ErrorAlert } from "../../../components/error-alert";
import { focusFirstInvalid } from "../../../lib/focus";
import { currentBuddhistYear, formatMoney } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { householdKeys, recordBmn } from "../api";

/** จปฐ. 2560–2564: 5 หมวด over 31 indicators (domain §3.1). */
const INDICATOR_GROUPS = [
  { key: "health", from: 1, to: 7 },
  { key: "environment", from: 8, to: 14 },
  { key: "education", from: 15, to: 19 },
  { key: "income", from: 20, to: 23 },
  { key: "values", from: 24, to: 31 },
] as const;

const INDICATOR_NUMBERS = Array.from({ length: 31 }, (_, i) => i + 1);

const INCOME_FIELDS = [
  "incomeMainSatang",
  "incomeSecondarySatang",
  "incomeOtherSatang",
  "incomeOwnProductionSatang",
] as const;
type IncomeField = (typeof INCOME_FIELDS)[number];

type MoneyErrorKey = "money.invalid" | "money.tooManyDecimals" | "money.tooLarge" | "money.negative";

function parseIncome(text: string): { value: Satang } | { error: MoneyErrorKey } {
  if (text.trim() === "") return { value: 0 as Satang };
  try {
    const value = parseBaht(text);
    if (value < 0) return { error: "money.negative" };
    return { value };
  } catch (error) {
    if (error instanceof MoneyError && error.code === "money.too_many_decimals")
      return { error: "money.tooManyDecimals" };
    if (error instanceof MoneyError && error.code === "money.unsafe") return { error: "money.tooLarge" };
    return { error: "money.invalid" };
  }
}

/** A whole number typed in a field, or NaN. */
function wholeNumber(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

function allIndicators(pass: boolean): Record<string, boolean> {
  return Object.fromEntries(INDICATOR_NUMBERS.map((n) => [String(n), pass]));
}

interface BmnFormProps {
  householdId: string;
  defaultMembers: number;
  existingYears: number[];
  onDone: () => void;
}

export function BmnForm({ householdId, defaultMembers, existingYears, onDone }: BmnFormProps) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const [surveyYear, setSurveyYear] = useState(String(currentBuddhistYear()));
  const [membersCount, setMembersCount] = useState(String(Math.max(1, defaultMembers)));
  const [income, setIncome] = useState<Record<IncomeField, string>>({
    incomeMainSatang: "",
    incomeSecondarySatang: "",
    incomeOtherSatang: "",
    incomeOwnProductionSatang: "",
  });
  const [indicators, setIndicators] = useState<Record<string, boolean>>(() => allIndicators(true));
  const [errors, setErrors] = useState<Partial<Record<IncomeField | "surveyYear" | "membersCount", string>>>(
    {},
  );

  const mutation = useMutation({
    mutationFn: (body: BmnInput) => recordBmn(householdId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: householdKeys.all });
      onDone();
    },
  });

  const parsed = INCOME_FIELDS.map((f) => parseIncome(income[f]));
  const validAmounts = parsed.flatMap((p) => ("value" in p ? [p.value] : []));
  const members = wholeNumber(membersCount);
  const total = validAmounts.length === INCOME_FIELDS.length ? add(...validAmounts) : null;
  const perPerson =
    total !== null && Number.isInteger(members) && members >= 1 ? floorDiv(total, members) : null;
  const failedCount = INDICATOR_NUMBERS.filter((n) => !indicators[String(n)]).length;
  const year = wholeNumber(surveyYear);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!Number.isInteger(year) || year < 2540 || year > 2700) next.surveyYear = t("bmn.yearInvalid");
    if (!Number.isInteger(members) || members < 1 || members > 60)
      next.membersCount = t("bmn.membersInvalid");
    const amounts: Partial<Record<IncomeField, Satang>> = {};
    INCOME_FIELDS.forEach((field, i) => {
      const result = parsed[i];
      if (!result) return;
      if ("error" in result) next[field] = t(result.error);
      else amounts[field] = result.value;
    });
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    mutation.mutate({
      surveyYear: year,
      membersCount: members,
      incomeMainSatang: amounts.incomeMainSatang ?? 0,
      incomeSecondarySatang: amounts.incomeSecondarySatang ?? 0,
      incomeOtherSatang: amounts.incomeOtherSatang ?? 0,
      incomeOwnProductionSatang: amounts.incomeOwnProductionSatang ?? 0,
      indicators,
    });
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="bmn-form">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t("bmn.formTitle")}
        </Title>
        <ErrorAlert error={mutation.error} />
        {existingYears.includes(year) && (
          <Alert color="yellow" variant="light">
            {t("bmn.yearExists", { year })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t("bmn.surveyYear")}
            description={t("bmn.surveyYearHint")}
            value={surveyYear}
            onChange={(e) => setSurveyYear(e.currentTarget.value)}
            inputMode="numeric"
            maxLength={4}
            error={errors.surveyYear}
            required
            data-testid="bmn-year"
          />
          <TextInput
            label={t("bmn.membersCount")}
            value={membersCount}
            onChange={(e) => setMembersCount(e.currentTarget.value)}
            inputMode="numeric"
            maxLength={2}
            error={errors.membersCount}
            required
            data-testid="bmn-members"
          />
        </SimpleGrid>
        <Fieldset legend={t("bmn.incomeLegend")}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            {INCOME_FIELDS.map((field) => (
              <TextInput
                key={field}
                label={t(`bmn.${field}`)}
                value={income[field]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setIncome((prev) => ({ ...prev, [field]: value }));
                }}
                inputMode="decimal"
                placeholder="0.00"
                rightSection={<Text size="xs">{t("money.baht")}</Text>}
                rightSectionWidth={48}
                error={errors[field]}
                data-testid={`bmn-${field}`}
              />
            ))}
          </SimpleGrid>
          <Group gap="lg" mt="sm">
            <Text size="sm">
              {t("bmn.total")}: <b>{total === null ? "–" : formatMoney(total)}</b> {t("money.baht")}
            </Text>
            <Text size="sm">
              {t("bmn.perPerson")}: <b>{perPerson === null ? "–" : formatMoney(perPerson)}</b>{" "}
              {t("money.baht")}
            </Text>
          </Group>
        </Fieldset>
        <Fieldset legend={t("bmn.indicatorsLegend")}>
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" c="dimmed">
                {t("bmn.indicatorsHint", { failed: failedCount })}
              </Text>
              <Group gap="xs">
                <Button size="xs" variant="light" onClick={() => setIndicators(allIndicators(true))}>
                  {t("bmn.allPass")}
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  color="gray"
                  onClick={() => setIndicators(allIndicators(false))}
                >
                  {t("bmn.allFail")}
                </Button>
              </Group>
            </Group>
            {INDICATOR_GROUPS.map((group) => (
              <div key={group.key}>
                <Text size="sm" fw={700} mb={4}>
                  {t(`bmn.group.${group.key}`)}
                </Text>
                <SimpleGrid cols={{ base: 3, xs: 4, sm: 6, md: 8 }} spacing="xs" verticalSpacing="xs">
                  {INDICATOR_NUMBERS.filter((n) => n >= group.from && n <= group.to).map((n) => (
                    <Checkbox
                      key={n}
                      label={t("bmn.indicator", { no: n })}
                      checked={indicators[String(n)] ?? false}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        setIndicators((prev) => ({ ...prev, [String(n)]: checked }));
                      }}
                      data-testid={`bmn-indicator-${n}`}
                    />
                  ))}
                </SimpleGrid>
              </div>
            ))}
          </Stack>
        </Fieldset>
        <Group>
          <Button
            type="submit"
            loading={mutation.isPending}
            disabled={existingYears.includes(year)}
            data-testid="bmn-submit"
          >
            {t("bmn.submit")}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
