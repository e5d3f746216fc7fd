// The chair (or an officer) names an account's signatories from the current committee set, citing the resolution.
import { Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { focusFirstInvalid } from "../../../lib/focus";
import { type BankAccount, type FundDetail, fundKeys, type SigningPosition } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { replaceSignatories } from "../api";
import { SignatoryFields, signatoryProblem } from "./bank-account-form";

interface SignatoriesFormProps {
  detail: FundDetail;
  account: BankAccount;
  onDone: () => void;
}

export function SignatoriesForm({ detail, account, onDone }: SignatoriesFormProps) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const members = detail.currentCommitteeSet?.members ?? [];
  const [signatories, setSignatories] = useState<string[]>(() =>
    account.signatories.map((s) => s.memberId).filter((id) => members.some((m) => m.id === id)),
  );
  const [required, setRequired] = useState(String(account.withdrawalRule.required));
  const [mustInclude, setMustInclude] = useState<SigningPosition[]>(account.withdrawalRule.mustInclude);
  const [resolutionRef, setResolutionRef] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () =>
      replaceSignatories(detail.fund.id, account.id, {
        signatoryMemberIds: signatories,
        withdrawalRule: { required: Number(required), mustInclude },
        resolutionRef: resolutionRef.trim(),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: fundKeys.all });
      onDone();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const problem = signatoryProblem(signatories, required, t);
    if (problem) next.signatories = problem;
    if (resolutionRef.trim() === "") next.resolutionRef = t("fundAdmin.bank.resolutionRequired");
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    mutation.mutate();
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="signatories-form">
      <Stack gap="sm">
        <Title order={4} size="h5">
          {t("fundAdmin.bank.changeSignatories")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("fundAdmin.bank.changeSignatoriesHint")}
        </Text>
        <ErrorAlert error={mutation.error} />
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
        <TextInput
          label={t("fundAdmin.bank.resolution")}
          placeholder={t("fundAdmin.bank.resolutionPlaceholder")}
          value={resolutionRef}
          onChange={(e) => setResolutionRef(e.currentTarget.value)}
          error={errors.resolutionRef}
          required
          maxLength={300}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t("common.save")}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
