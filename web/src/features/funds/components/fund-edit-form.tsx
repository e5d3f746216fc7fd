// Officers change a fund's name, status and model / learning-centre flags.
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { FUND_STATUSES, type Fund, type FundStatus, fundKeys } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { updateFund } from "../api";

export function FundEditForm({ fund, onDone }: { fund: Fund; onDone: () => void }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const [name, setName] = useState(fund.name);
  const [status, setStatus] = useState<FundStatus>(fund.status);
  const [isModel, setIsModel] = useState(fund.isModel);
  const [modelYear, setModelYear] = useState(fund.modelYear ? String(fund.modelYear) : "");
  const [isLearningCentre, setIsLearningCentre] = useState(fund.isLearningCentre);
  const [yearError, setYearError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: () =>
      updateFund(fund.id, {
        name: name.trim(),
        status,
        isModel,
        modelYear: isModel && modelYear !== "" ? Number(modelYear) : null,
        isLearningCentre,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: fundKeys.all });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const year = Number(modelYear);
    if (isModel && modelYear !== "" && (!Number.isInteger(year) || year < 2500 || year > 2700)) {
      setYearError(t("fundAdmin.form.modelYearInvalid"));
      return;
    }
    setYearError(undefined);
    mutation.mutate();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} />
        <TextInput
          label={t("fundAdmin.name")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={200}
        />
        <NativeSelect
          label={t("fundAdmin.statusLabel")}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as FundStatus)}
          data={FUND_STATUSES.map((s) => ({ value: s, label: t(`funds.status.${s}`) }))}
        />
        <Group gap="lg">
          <Checkbox
            label={t("funds.model")}
            checked={isModel}
            onChange={(e) => setIsModel(e.currentTarget.checked)}
          />
          <Checkbox
            label={t("funds.learningCentre")}
            checked={isLearningCentre}
            onChange={(e) => setIsLearningCentre(e.currentTarget.checked)}
          />
        </Group>
        {isModel && (
          <TextInput
            label={t("fundAdmin.modelYear")}
            value={modelYear}
            onChange={(e) => setModelYear(e.currentTarget.value)}
            inputMode="numeric"
            maxLength={4}
            error={yearError}
            w={200}
          />
        )}
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
