// One action plan: the five steps with their dates, dated evidence per step with its files, the move to the next
// step on a date, target and model households with their fund access.
import { Button, Group, Loader, Paper, Stack, Stepper, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { type FormEvent, lazy, Suspense, useState } from "react";
import { bangkokDate } from "../../../../../src/shared/thai-date";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { useCan } from "../../../lib/session";
import {
  addEvidence,
  advancePlan,
  fieldErrors,
  livelihoodKeys,
  nextState,
  PLAN_STEPS,
  planQuery,
} from "../api";
import { EvidenceFiles } from "../components/evidence-files";

// Below the evidence and with its pickers and fund forms, the households panel loads as its own chunk.
const TargetHouseholds = lazy(() =>
  import("../components/target-households").then((m) => ({ default: m.TargetHouseholds })),
);

const route = getRouteApi("/signed-in/livelihoods/plans/$planId");

export function PlanPage() {
  const { planId } = route.useParams();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const queryClient = useQueryClient();
  const plan = useQuery(planQuery(planId));
  const [evidenceOn, setEvidenceOn] = useState<string | null>(bangkokDate(new Date()));
  const [description, setDescription] = useState("");
  const [advanceOn, setAdvanceOn] = useState<string | null>(bangkokDate(new Date()));
  const refresh = () => queryClient.invalidateQueries({ queryKey: livelihoodKeys.all });
  const evidence = useMutation({
    mutationFn: () => addEvidence(planId, { evidenceOn: evidenceOn ?? "", description }),
    onSuccess: async () => {
      setDescription("");
      await refresh();
    },
  });
  const advance = useMutation({
    mutationFn: () =>
      advancePlan(planId, nextState(plan.data?.step ?? "completed"), advanceOn ?? bangkokDate(new Date())),
    onSuccess: refresh,
  });
  if (plan.isPending) return null;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const p = plan.data;
  const mayWrite = can("livelihoods.write") && p.step !== "completed";
  const evidenceErrors = fieldErrors(evidence.error, lang);
  const advanceErrors = fieldErrors(advance.error, lang);
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
        <Group align="flex-end" gap="sm">
          <Stack gap={2}>
            <DateField
              label={t("livelihoods.stepEndedOn")}
              value={advanceOn}
              onChange={setAdvanceOn}
              testId="advance-date"
            />
            {advanceErrors.on && (
              <Text size="xs" c="red">
                {advanceErrors.on}
              </Text>
            )}
          </Stack>
          <Button
            w="fit-content"
            onClick={() => advance.mutate()}
            loading={advance.isPending}
            data-testid="plan-advance"
          >
            {t("livelihoods.advanceTo", { step: t(`livelihoods.step.${nextState(p.step)}`) })}
          </Button>
        </Group>
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
                  <Stack key={e.id} gap={2} data-testid="evidence">
                    <Text size="sm">
                      {format.dateLong(e.evidenceOn)} — {e.description}
                    </Text>
                    <EvidenceFiles evidenceId={e.id} files={e.files} canUpload={can("livelihoods.write")} />
                  </Stack>
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
                {evidenceErrors.evidenceOn && (
                  <Text size="xs" c="red" data-testid="evidence-date-error">
                    {evidenceErrors.evidenceOn}
                  </Text>
                )}
                <Textarea
                  label={t("livelihoods.evidenceText")}
                  value={description}
                  onChange={(e) => setDescription(e.currentTarget.value)}
                  autosize
                  minRows={2}
                  maxLength={4000}
                  error={evidenceErrors.description}
                  data-testid="evidence-text"
                />
                <Button
                  type="submit"
                  size="xs"
                  w="fit-content"
                  loading={evidence.isPending}
                  disabled={!evidenceOn || description.trim() === ""}
                  data-testid="evidence-save"
                >
                  {t("livelihoods.addEvidence")}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
      <Suspense fallback={<Loader size="sm" />}>
        <TargetHouseholds plan={p} mayWrite={can("livelihoods.write")} />
      </Suspense>
    </Stack>
  );
}
