// The finance member asks to withdraw cash from a bank account or to transfer to another; signatories approve.
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
import type { FundDetail } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput } from "../../../lib/money-input";
import { ledgerKeys, requestWithdrawal } from "../api";

export function WithdrawalForm({ detail, onDone }: { detail: FundDetail; onDone: () => void }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const banks = detail.bankAccounts.filter((b) => b.status === "active");
  const [bankAccountId, setBankAccountId] = useState(banks[0]?.id ?? "");
  const [toKind, setToKind] = useState<"cash" | "bank">("cash");
  const [toBank, setToBank] = useState(banks[1]?.id ?? "");
  const [amount, setAmount] = useState("");
  const [entryDate, setEntryDate] = useState<string | null>(null);
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof requestWithdrawal>[1]) => requestWithdrawal(detail.fund.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ledgerKeys.all(detail.fund.id) });
      onDone();
    },
  });
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
    if (!bankAccountId) next.bank = t("ledger.form.bankRequired");
    if (toKind === "bank" && (!toBank || toBank === bankAccountId))
      next.toBank = t("ledger.withdrawal.toBankInvalid");
    if (description.trim() === "") next.description = t("ledger.form.descriptionRequired");
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.ok) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    mutation.mutate({
      bankAccountId,
      to: toKind === "bank" ? { kind: "bank", bankAccountId: toBank } : { kind: "cash" },
      amountSatang: parsed.value,
      description: description.trim(),
      ...(entryDate ? { entryDate } : {}),
    });
  };
  if (banks.length === 0) {
    return (
      <Text size="sm" c="red">
        {t("ledger.form.noActiveBank")}
      </Text>
    );
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="withdrawal-form">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("ledger.withdrawal.request")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("ledger.withdrawal.requestHint")}
        </Text>
        <ErrorAlert error={mutation.error} />
        <NativeSelect
          label={t("ledger.withdrawal.from")}
          value={bankAccountId}
          onChange={(e) => setBankAccountId(e.currentTarget.value)}
          data={banks.map((b) => ({ value: b.id, label: `${b.bankName} ${b.accountNo}` }))}
          error={errors.bank}
        />
        <SegmentedControl
          value={toKind}
          onChange={(v) => setToKind(v as "cash" | "bank")}
          data={[
            { value: "cash", label: t("ledger.withdrawal.toCash") },
            { value: "bank", label: t("ledger.withdrawal.toBank"), disabled: banks.length < 2 },
          ]}
          aria-label={t("ledger.withdrawal.to")}
        />
        {toKind === "bank" && (
          <NativeSelect
            label={t("ledger.withdrawal.toAccount")}
            value={toBank}
            onChange={(e) => setToBank(e.currentTarget.value)}
            data={banks
              .filter((b) => b.id !== bankAccountId)
              .map((b) => ({ value: b.id, label: `${b.bankName} ${b.accountNo}` }))}
            error={errors.toBank}
          />
        )}
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
          />
          <DateField label={t("ledger.withdrawal.dateOptional")} value={entryDate} onChange={setEntryDate} />
        </SimpleGrid>
        <TextInput
          label={t("ledger.withdrawal.purpose")}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.description}
          required
          maxLength={500}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t("ledger.withdrawal.submit")}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
