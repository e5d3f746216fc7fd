// The form that opens a plan for a sub-district or village and fiscal year; its own chunk, loaded for writers only.
import { Button, Group, NumberInput, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { bangkokDate, fiscalYearOf } from "../../../../../src/shared/thai-date";
import { AreaPicker } from "../../../components/area-picker";
import { ErrorAlert } from "../../../components/error-alert";
import type { AreaOption } from "../../../lib/area-queries";
import { useLanguage } from "../../../lib/i18n";
import { createPlan, fieldErrors, livelihoodKeys } from "../api";

export function NewPlanForm() {
  const { t, lang } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [area, setArea] = useState<AreaOption | null>(null);
  const [year, setYear] = useState<number>(fiscalYearOf(bangkokDate(new Date())));
  const [title, setTitle] = useState("");
  const mutation = useMutation({
    mutationFn: () => createPlan({ areaCode: area?.code ?? "", fiscalYear: year, title }),
    onSuccess: async (plan) => {
      await queryClient.invalidateQueries({ queryKey: livelihoodKeys.all });
      await navigate({ to: "/livelihoods/plans/$planId", params: { planId: plan.id } });
    },
  });
  const errors = fieldErrors(mutation.error, lang);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (area && title.trim() !== "") mutation.mutate();
  };
  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <ErrorAlert error={mutation.error} />
          {area ? (
            <Text size="sm">
              {area.nameTh} ({area.code})
            </Text>
          ) : (
            <AreaPicker
              label={t("livelihoods.planArea")}
              levels={["subdistrict", "village"]}
              onPick={setArea}
              error={errors.areaCode}
              testId="plan-area"
            />
          )}
          <Group grow>
            <NumberInput
              label={t("livelihoods.fiscalYear")}
              value={year}
              onChange={(v) => setYear(Number(v))}
              min={2560}
              max={2700}
              error={errors.fiscalYear}
              data-testid="plan-year"
            />
            <TextInput
              label={t("livelihoods.planTitle")}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errors.title}
              maxLength={300}
              data-testid="plan-title"
            />
          </Group>
          <Button
            type="submit"
            size="xs"
            w="fit-content"
            loading={mutation.isPending}
            disabled={!area || title.trim() === ""}
            data-testid="plan-create"
          >
            {t("livelihoods.createPlan")}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
