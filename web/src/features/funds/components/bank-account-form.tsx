// Requests a bank account for the fund: bank, branch, number, name, the signatories and the withdrawal rule.
import {
  Button,
  Checkbox,
  Fieldset,
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
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { focusFirstInvalid } from "../../../lib/focus";
import {
  type CommitteeMember,
  type FundDetail,
  fundKeys,
  type SigningPosition,
} from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { openBankAccount } from "../api";

const SIGNING: SigningPosition[] = ["chair", "secretary", "finance"];

interface SignatoryFieldsProps {
  members: CommitteeMember[];
  signatories: string[];
  onSignatories: (ids: string[]) => void;
  required: string;
  onRequired: (value: string) => void;
  mustInclude: SigningPosition[];
  onMustInclude: (positions: SigningPosition[]) => void;
  error?: string | undefined;
}

/** Who signs for the account (members of the current set) and how many of them a withdrawal needs. */
export function SignatoryFields(props: SignatoryFieldsProps) {
  const { t } = useLanguage();
  const { members, signatories, mustInclude } = props;
  return (
    <>
      <Fieldset legend={t("fundAdmin.bank.signatories")}>
        {members.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("fundAdmin.noCurrentSet")}
          </Text>
        ) : (
          <Stack gap={6}>
            {members.map((m) => (
              <Checkbox
                key={m.id}
                label={`${m.name} (${t(`funds.positionName.${m.position}`)})`}
                checked={signatories.includes(m.id)}
                onChange={(e) =>
                  props.onSignatories(
                    e.currentTarget.checked
                      ? [...signatories, m.id]
                      : signatories.filter((id) => id !== m.id),
                  )
                }
              />
            ))}
            {props.error && (
              <Text size="xs" c="red" role="alert">
                {props.error}
              </Text>
            )}
          </Stack>
        )}
      </Fieldset>
      <Fieldset legend={t("fundAdmin.bank.rule")}>
        <Stack gap="xs">
          <NativeSelect
            label={t("fundAdmin.bank.requiredCount")}
            value={props.required}
            onChange={(e) => props.onRequired(e.currentTarget.value)}
            data={Array.from({ length: 8 }, (_, i) => String(i + 2))}
            w={160}
          />
          <Text size="sm">{t("fundAdmin.bank.mustInclude")}</Text>
          <Group gap="md">
            {SIGNING.map((p) => (
              <Checkbox
                key={p}
                label={t(`funds.positionName.${p}`)}
                checked={mustInclude.includes(p)}
                onChange={(e) =>
                  props.onMustInclude(
                    e.currentTarget.checked ? [...mustInclude, p] : mustInclude.filter((x) => x !== p),
                  )
                }
              />
            ))}
          </Group>
        </Stack>
      </Fieldset>
    </>
  );
}

/** The form's own check of the signatories against the rule (the server checks the rest). */
export function signatoryProblem(signatories: string[], required: string, t: (key: string) => string) {
  if (signatories.length < 2) return t("fundAdmin.bank.signatoriesMin");
  if (Number(required) > signatories.length) return t("fundAdmin.bank.requiredTooMany");
  return undefined;
}

export function BankAccountForm({ detail, onDone }: { detail: FundDetail; onDone: () => void }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const members = detail.currentCommitteeSet?.members ?? [];
  const [bankName, setBankName] = useState("");
  const [branch, setBranch] = useState("");
  const [accountNo, setAccountNo] = useState("");
  const [accountName, setAccountName] = useState(detail.fund.name);
  const [signatories, setSignatories] = useState<string[]>(() =>
    members.filter((m) => m.position === "chair" || m.position === "finance").map((m) => m.id),
  );
  const [required, setRequired] = useState("2");
  const [mustInclude, setMustInclude] = useState<SigningPosition[]>(["chair"]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () =>
      openBankAccount(detail.fund.id, {
        bankName: bankName.trim(),
        branch: branch.trim(),
        accountNo: accountNo.trim(),
        accountName: accountName.trim(),
        signatoryMemberIds: signatories,
        withdrawalRule: { required: Number(required), mustInclude },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: fundKeys.all });
      onDone();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const requiredText = t("fundAdmin.bank.fieldRequired");
    if (bankName.trim() === "") next.bankName = requiredText;
    if (branch.trim() === "") next.branch = requiredText;
    if (!/^[0-9][0-9-]{4,30}$/.test(accountNo.trim())) next.accountNo = t("fundAdmin.bank.accountNoInvalid");
    if (accountName.trim() === "") next.accountName = requiredText;
    const problem = signatoryProblem(signatories, required, t);
    if (problem) next.signatories = problem;
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    mutation.mutate();
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="bank-account-form">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("fundAdmin.bank.open")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("fundAdmin.bank.openHint")}
        </Text>
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t("fundAdmin.bank.bankName")}
            placeholder={t("fundAdmin.bank.bankNamePlaceholder")}
            value={bankName}
            onChange={(e) => setBankName(e.currentTarget.value)}
            error={errors.bankName}
            required
            maxLength={120}
          />
          <TextInput
            label={t("fundAdmin.bank.branch")}
            value={branch}
            onChange={(e) => setBranch(e.currentTarget.value)}
            error={errors.branch}
            required
            maxLength={120}
          />
          <TextInput
            label={t("fundAdmin.bank.accountNo")}
            value={accountNo}
            onChange={(e) => setAccountNo(e.currentTarget.value)}
            error={errors.accountNo}
            inputMode="numeric"
            required
            maxLength={31}
          />
          <TextInput
            label={t("fundAdmin.bank.accountName")}
            value={accountName}
            onChange={(e) => setAccountName(e.currentTarget.value)}
            error={errors.accountName}
            required
            maxLength={200}
          />
        </SimpleGrid>
        <SignatoryFields
          members={members}
          signatories={signatories}
          onSignatories={setSignatories}
          required={required}
          onRequired={setRequired}
          mustInclude={mustInclude}
          onMustInclude={setMustInclude}
          error={errors.signatories}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="bank-account-submit">
            {t("fundAdmin.bank.submit")}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
