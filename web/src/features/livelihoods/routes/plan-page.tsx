// One action plan: the five steps with their dates, dated evidence per step, the move to the next step, households.
import { Badge, Button, Group, Paper, Stack, Stepper, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { useCan } from "../../../lib/session";
import { addEvidence, advancePlan, livelihoodKeys, nextState, PLAN_STEPS, planQuery } from "../api";

const route = getRouteApi("/signed-in/livelihoods/plans/$planId");

export function PlanPage() {
  const { planId } = route.useParams();
  const { t } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const queryClient = useQueryClient();
  const plan = useQuery(planQuery(planId));
  const [evidenceOn, setEvidenceOn] = useState<string | null>(null);
  const [description, setDescription] = useState("");
  const refresh = () => queryClient.invalidateQueries({ queryKey: livelihoodKeys.all });
  const evidence = useMutation({
    mutationFn: () => addEvidence(planId, { evidenceOn: evidenceOn ?? "", description }),
    onSuccess: async () => {
      setDescription("");
      await refresh();
    },
  });
  const advance = useMutation({
    mutationFn: () => advancePlan(planId, nextState(plan.data?.step ?? "completed")),
    onSuccess: refresh,
  });
  if (plan.isPending) return null;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const p = plan.data;
  const mayWrite = can("livelihoods.write") && p.step !== "completed";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (evidenceOn && description.trim() !== "") evidence.mutate();
  };
  return (
    <Stack gap="md">
      <PageHeader
        title={p.title}
        titleTestId="plan-title"
        subtitle={`${p.areaName} (${p.areaCode}) · ${t("livelihoods.fiscalYear")} ${p.fiscalYear}`}
        breadcrumbs={[
          <AnchorLink key="l" to="/livelihoods">
            {t("livelihoods.title")}
          </AnchorLink>,
        ]}
      />
      <Paper withBorder p="sm">
        <Stepper active={p.stepNumber - 1} size="sm" allowNextStepsSelect={false} data-testid="plan-steps">
          {p.steps.map((s) => (
            <Stepper.Step
              key={s.step}
              label={t(`livelihoods.step.${s.step}`)}
              description={
                s.startedOn
                  ? `${format.date(s.startedOn)}${s.completedOn ? ` – ${format.date(s.completedOn)}` : ""} · ${t("livelihoods.evidenceCount", { count: s.evidenceCount })}`
                  : undefined
              }
            />
          ))}
        </Stepper>
      </Paper>
      <ErrorAlert error={advance.error} />
      {mayWrite && (
        <Button
          w="fit-content"
          onClick={() => advance.mutate()}
          loading={advance.isPending}
          data-testid="plan-advance"
        >
          {t("livelihoods.advanceTo", { step: t(`livelihoods.step.${nextState(p.step)}`) })}
        </Button>
      )}
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <Title order={4}>{t("livelihoods.evidence")}</Title>
          {PLAN_STEPS.map((step) => {
            const items = p.evidence.filter((e) => e.step === step);
            if (items.length === 0) return null;
            return (
              <Stack key={step} gap={2}>
                <Text fw={600} size="sm">
                  {t(`livelihoods.step.${step}`)}
                </Text>
                {items.map((e) => (
                  <Text key={e.id} size="sm" data-testid="evidence">
                    {format.date(e.evidenceOn)} — {e.description}
                  </Text>
                ))}
              </Stack>
            );
          })}
          {mayWrite && (
            <form onSubmit={submit} noValidate>
              <Stack gap="xs">
                <ErrorAlert error={evidence.error} />
                <DateField
                  label={t("livelihoods.evidenceOn")}
                  value={evidenceOn}
                  onChange={setEvidenceOn}
                  testId="evidence-date"
                />
                <Textarea
                  label={t("livelihoods.evidenceText")}
                  value={description}
                  onChange={(e) => setDescription(e.currentTarget.value)}
                  autosize
                  minRows={2}
                  data-testid="evidence-text"
                />
                <Button
                  type="submit"
                  size="xs"
                  w="fit-content"
                  loading={evidence.isPending}
                  disabled={!evidenceOn || description.trim() === ""}
                >
                  {t("livelihoods.addEvidence")}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="sm">
        <Stack gap={4}>
          <Title order={4}>{t("livelihoods.households")}</Title>
          {p.households.length === 0 && <Text c="dimmed">{t("livelihoods.noHouseholds")}</Text>}
          {p.households.map((h) => (
            <Group key={h.id} gap="xs">
              <AnchorLink to="/households/$id" params={{ id: h.householdId }} size="sm">
                {h.houseNo} {h.headName}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                {h.occupation}
              </Text>
              {h.isModel && <Badge color="green">{t("livelihoods.model")}</Badge>}
            </Group>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
