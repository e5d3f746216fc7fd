// Records one standard operation: a bank deposit, the capital grant, a grant/donation or an expense.
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso } from "../../../lib/format";
import { type FundDetail, fundKeys } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { createIdempotencyKeeper } from "../../../lib/idempotency";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput, satangToInput } from "../../../lib/money-input";
import { ledgerKeys, recordOperation } from "../api";

export type OperationKind = "deposit" | "grant" | "donation" | "expense";

interface OperationFormProps {
  kind: OperationKind;
  detail: FundDetail;
  onDone: () => void;
}

export function OperationForm({ kind, detail, onDone }: OperationFormProps) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const [keeper] = useState(createIdempotencyKeeper);
  const banks = detail.bankAccounts.filter((b) => b.status === "active");
  const [bankAccountId, setBankAccountId] = useState(banks[0]?.id ?? "");
  const [into, setInto] = useState<"cash" | "bank">(kind === "donation" ? "cash" : "bank");
  const [amount, setAmount] = useState(
    kind === "grant" ? satangToInput(detail.fund.originalCapitalSatang) : "",
  );
  const [entryDate, setEntryDate] = useState<string | null>(todayIso());
  const [description, setDescription] = useState("");
  const [donor, setDonor] = useState("");
  const [category, setCategory] = useState<"operating" | "welfare">("operating");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const mutation = useMutation({
    mutationFn: (send: () => Promise<unknown>) => send(),
    onSuccess: async () => {
      keeper.reset();
      await queryClient.invalidateQueries({ queryKey: ledgerKeys.all(detail.fund.id) });
      await queryClient.invalidateQueries({ queryKey: fundKeys.health(detail.fund.id) });
      onDone();
    },
  });

  const needsBank = kind === "deposit" || kind === "grant" || (kind === "donation" && into === "bank");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const parsed = parseBahtInput(amount);
    if (!parsed.ok) {
      next.amount =
        parsed.error === "empty" || parsed.error === "zero"
          ? t("ledger.form.amountRequired")
          : t(parsed.error);
    }
    if (needsBank && !bankAccountId) next.bank = t("ledger.form.bankRequired");
    if (kind === "expense" && description.trim() === "")
      next.description = t("ledger.form.descriptionRequired");
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.ok) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    const common = {
      amountSatang: parsed.value,
      ...(entryDate ? { entryDate } : {}),
      ...(description.trim() ? { description: description.trim() } : {}),
    };
    const fundId = detail.fund.id;
    let send: () => Promise<unknown>;
    if (kind === "deposit" || kind === "grant") {
      const body = { ...common, bankAccountId };
      const idempotencyKey = keeper.keyFor({ kind, ...body });
      send = () => recordOperation[kind](fundId, { ...body, idempotencyKey });
    } else if (kind === "donation") {
      const body = {
        ...common,
        into: into === "bank" ? { kind: "bank" as const, bankAccountId } : { kind: "cash" as const },
        ...(donor.trim() ? { donor: donor.trim() } : {}),
      };
      const idempotencyKey = keeper.keyFor({ kind, ...body });
      send = () => recordOperation.donation(fundId, { ...body, idempotencyKey });
    } else {
      const body = { ...common, category, description: description.trim() };
      const idempotencyKey = keeper.keyFor({ kind, ...body });
      send = () => recordOperation.expense(fundId, { ...body, idempotencyKey });
    }
    mutation.mutate(send);
  };

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      data-testid={`operation-form-${kind}`}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t(`ledger.op.${kind}`)}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`ledger.opHint.${kind}`)}
        </Text>
        <ErrorAlert error={mutation.error} />
        {kind === "donation" && (
          <SegmentedControl
            value={into}
            onChange={(v) => setInto(v as "cash" | "bank")}
            data={[
              { value: "cash", label: t("ledger.form.intoCash") },
              { value: "bank", label: t("ledger.form.intoBank") },
            ]}
            aria-label={t("ledger.form.into")}
          />
        )}
        {kind === "expense" && (
          <SegmentedControl
            value={category}
            onChange={(v) => setCategory(v as "operating" | "welfare")}
            data={[
              { value: "operating", label: t("ledger.form.operating") },
              { value: "welfare", label: t("ledger.form.welfare") },
            ]}
            aria-label={t("ledger.form.category")}
          />
        )}
        {needsBank &&
          (banks.length === 0 ? (
            <Text size="sm" c="red">
              {t("ledger.form.noActiveBank")}
            </Text>
          ) : (
            <NativeSelect
              label={t("ledger.form.bankAccount")}
              value={bankAccountId}
              onChange={(e) => setBankAccountId(e.currentTarget.value)}
              data={banks.map((b) => ({ value: b.id, label: `${b.bankName} ${b.accountNo}` }))}
              error={errors.bank}
            />
          ))}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t("ledger.form.amount")}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            inputMode="decimal"
            placeholder="0.00"
            rightSection={<Text size="xs">{t("money.baht")}</Text>}
            rightSectionWidth={48}
            error={errors.amount}
            required
            data-testid="operation-amount"
          />
          <DateField label={t("ledger.form.date")} value={entryDate} onChange={setEntryDate} />
        </SimpleGrid>
        {kind === "donation" && (
          <TextInput
            label={t("ledger.form.donor")}
            value={donor}
            onChange={(e) => setDonor(e.currentTarget.value)}
            maxLength={200}
          />
        )}
        <TextInput
          label={
            kind === "expense" ? t("ledger.form.descriptionExpense") : t("ledger.form.descriptionOptional")
          }
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.description}
          required={kind === "expense"}
          maxLength={500}
          data-testid="operation-description"
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="operation-submit">
            {t("ledger.form.submit")}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
