// The plan's target and model livelihood households, the form that adds one from the plan's area, and each
// household's fund access on demand.
import { Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { HouseholdSummary } from "../../../../../src/shared/contracts/households";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink } from "../../../components/router-links";
import { useLanguage } from "../../../lib/i18n";
import { addTargetHousehold, fieldErrors, livelihoodKeys, type PlanDetail } from "../api";
import { FundLinks } from "./fund-links";
import { HouseholdPicker } from "./household-picker";

function AddTargetForm({ plan }: { plan: PlanDetail }) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const [household, setHousehold] = useState<HouseholdSummary | null>(null);
  const [occupation, setOccupation] = useState("");
  const [isModel, setIsModel] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () =>
      addTargetHousehold(plan.id, {
        householdId: household?.id ?? "",
        occupation: occupation.trim(),
        isModel,
      }),
    onSuccess: async (detail) => {
      setHousehold(null);
      setOccupation("");
      setIsModel(false);
      queryClient.setQueryData(["livelihoods", "plan", plan.id], detail);
      await queryClient.invalidateQueries({ queryKey: livelihoodKeys.all });
    },
  });
  const errors = { ...fieldErrors(mutation.error, lang), ...local };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!household) next.householdId = t("livelihoods.required");
    if (occupation.trim() === "") next.occupation = t("livelihoods.required");
    setLocal(next);
    if (Object.keys(next).length === 0) mutation.mutate();
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="target-form">
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        {household ? (
          <Group gap="xs">
            <Text size="sm" data-testid="target-chosen">
              {t("livelihoods.houseNo")} {household.houseNo} {household.headName} · {household.villageName}
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => setHousehold(null)}>
              {t("livelihoods.change")}
            </Button>
          </Group>
        ) : (
          <HouseholdPicker
            area={plan.areaCode}
            label={t("livelihoods.household")}
            error={errors.householdId}
            exclude={plan.households.map((h) => h.householdId)}
            onPick={setHousehold}
            testId="target-household"
          />
        )}
        <TextInput
          label={t("livelihoods.occupation")}
          value={occupation}
          onChange={(e) => setOccupation(e.currentTarget.value)}
          error={errors.occupation}
          maxLength={300}
          data-testid="target-occupation"
        />
        <Checkbox
          label={t("livelihoods.isModel")}
          checked={isModel}
          onChange={(e) => setIsModel(e.currentTarget.checked)}
          data-testid="target-model"
        />
        <Button
          type="submit"
          size="xs"
          w="fit-content"
          loading={mutation.isPending}
          data-testid="target-save"
        >
          {t("livelihoods.addHousehold")}
        </Button>
      </Stack>
    </Paper>
  );
}

export function TargetHouseholds({ plan, mayWrite }: { plan: PlanDetail; mayWrite: boolean }) {
  const { t } = useLanguage();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={4}>{t("livelihoods.households")}</Title>
        {plan.households.length === 0 && <Text c="dimmed">{t("livelihoods.noHouseholds")}</Text>}
        {plan.households.map((h) => (
          <Stack key={h.id} gap={4} data-testid="target">
            <Group gap="xs">
              <AnchorLink to="/households/$id" params={{ id: h.householdId }} size="sm">
                {h.houseNo} {h.headName}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                {h.occupation}
              </Text>
              {h.isModel && <Badge color="green">{t("livelihoods.model")}</Badge>}
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setOpen(open === h.householdId ? null : h.householdId)}
                data-testid="fund-access-toggle"
              >
                {t("livelihoods.fundAccess")}
              </Button>
            </Group>
            {open === h.householdId && <FundLinks householdId={h.householdId} mayWrite={mayWrite} />}
          </Stack>
        ))}
        {mayWrite && <AddTargetForm plan={plan} />}
      </Stack>
    </Paper>
  );
}
