// One governance assessment: each rubric item with its evidence; the assessor fills the assessor items and notes, re-reads the data, submits.
import {
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import {
  type Assessment,
  type AssessmentItem,
  assessmentQuery,
  governanceKeys,
  type ItemResult,
  refreshAssessment,
  submitAssessment,
  updateItem,
} from "../api";
import { LevelBadge } from "../components/assessment-parts";

const route = getRouteApi("/signed-in/governance/assessments/$id");
const RESULT_COLOR: Record<ItemResult, string> = {
  met: "teal",
  partly: "yellow",
  not_met: "red",
  not_applicable: "gray",
  pending: "blue",
};

function ItemCard({ a, item, editable }: { a: Assessment; item: AssessmentItem; editable: boolean }) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<ItemResult | "">(item.result === "pending" ? "" : item.result);
  const [note, setNote] = useState(item.note ?? "");
  const save = useMutation({
    mutationFn: () =>
      updateItem(a.id, item.key, {
        ...(item.source === "assessor" && result !== "" ? { result } : {}),
        note,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(governanceKeys.assessment(a.id), saved);
      void queryClient.invalidateQueries({ queryKey: ["governance", "assessments"] });
    },
  });
  return (
    <Paper withBorder p="sm" data-testid={`item-${item.key}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{lang === "en" ? item.nameEn : item.nameTh}</Text>
          <Group gap={6} wrap="nowrap">
            <Badge variant="outline" color="gray">
              {t(`governance.source.${item.source}`)}
            </Badge>
            <Badge color={RESULT_COLOR[item.result]}>{lang === "en" ? item.resultEn : item.resultTh}</Badge>
            <Text size="sm" fw={700}>
              {item.points}/{item.maxPoints}
            </Text>
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t("governance.item.evidence")}: {lang === "en" ? item.evidenceEn : item.evidenceTh}
        </Text>
        {!editable && item.note && (
          <Text size="sm">
            {t("governance.item.note")}: {item.note}
          </Text>
        )}
        {editable && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate();
            }}
          >
            <Group align="flex-end" gap="sm" wrap="wrap">
              {item.source === "assessor" && (
                <NativeSelect
                  label={t("governance.item.result")}
                  value={result}
                  onChange={(e) => setResult(e.currentTarget.value as ItemResult | "")}
                  data={[
                    { value: "", label: t("governance.item.choose") },
                    ...(["met", "partly", "not_met", "not_applicable"] as const).map((r) => ({
                      value: r,
                      label: t(`governance.result.${r}`),
                    })),
                  ]}
                  data-testid={`item-result-${item.key}`}
                />
              )}
              <Textarea
                label={t("governance.item.note")}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                maxLength={2000}
                autosize
                minRows={1}
                style={{ flex: 1, minWidth: 220 }}
                data-testid={`item-note-${item.key}`}
              />
              <Button
                type="submit"
                variant="light"
                loading={save.isPending}
                data-testid={`item-save-${item.key}`}
              >
                {t("governance.item.save")}
              </Button>
            </Group>
            {save.isError && <ErrorAlert error={save.error} />}
          </form>
        )}
      </Stack>
    </Paper>
  );
}

export function AssessmentPage() {
  const { id } = route.useParams();
  const { t } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const queryClient = useQueryClient();
  const query = useQuery(assessmentQuery(id));
  const a = query.data;
  const onSaved = (saved: Assessment) => {
    queryClient.setQueryData(governanceKeys.assessment(id), saved);
    void queryClient.invalidateQueries({ queryKey: ["governance", "assessments"] });
  };
  const refresh = useMutation({ mutationFn: () => refreshAssessment(id), onSuccess: onSaved });
  const submit = useMutation({ mutationFn: () => submitAssessment(id), onSuccess: onSaved });
  const editable = Boolean(a && a.status === "draft" && can("funds.write"));
  const pending = a?.items.filter((i) => i.result === "pending").length ?? 0;
  return (
    <Stack gap="md" maw={900}>
      <PageHeader
        title={t("governance.assessment.title", { year: a?.fiscalYear ?? "" })}
        subtitle={a?.fundName}
        breadcrumbs={[
          <AnchorLink key="gov" to="/governance">
            {t("governance.assessments.title")}
          </AnchorLink>,
          ...(a
            ? [
                <AnchorLink key="fund" to="/governance/funds/$fundId" params={{ fundId: a.fundId }}>
                  {a.fundName}
                </AnchorLink>,
              ]
            : []),
        ]}
      />
      {query.isError && <ErrorAlert error={query.error} />}
      {query.isPending && <Loader size="sm" />}
      {a && (
        <>
          <Paper withBorder p="md">
            <Group justify="space-between">
              <Stack gap={2}>
                <Title order={3} data-testid="assessment-score">
                  {t("governance.assessment.score", { score: a.score, max: a.maxScore })}
                </Title>
                <Text size="sm" c="dimmed">
                  {t("governance.assessment.asOf", { date: format.dateLong(a.evaluatedAsOf) })} ·{" "}
                  {t(`governance.status.${a.status}`)}
                  {a.submittedAt
                    ? ` · ${t("governance.assessment.submittedBy", { name: a.submittedByName ?? "", when: format.dateTime(a.submittedAt) })}`
                    : ""}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("governance.assessment.levels")}
                </Text>
              </Stack>
              <LevelBadge a={a} />
            </Group>
          </Paper>
          {a.items.map((item) => (
            <ItemCard
              key={`${item.key}-${item.result}-${item.note ?? ""}`}
              a={a}
              item={item}
              editable={editable}
            />
          ))}
          {editable && (
            <Group justify="space-between">
              <Button
                variant="subtle"
                onClick={() => refresh.mutate()}
                loading={refresh.isPending}
                data-testid="assessment-refresh"
              >
                {t("governance.assessment.refresh")}
              </Button>
              <Group gap="sm">
                {pending > 0 && (
                  <Text size="sm" c="dimmed">
                    {t("governance.assessment.pending", { count: pending })}
                  </Text>
                )}
                <Button
                  onClick={() => submit.mutate()}
                  loading={submit.isPending}
                  disabled={pending > 0}
                  data-testid="assessment-submit"
                >
                  {t("governance.assessment.submit")}
                </Button>
              </Group>
            </Group>
          )}
          {(refresh.isError || submit.isError) && <ErrorAlert error={refresh.error ?? submit.error} />}
        </>
      )}
    </Stack>
  );
}
