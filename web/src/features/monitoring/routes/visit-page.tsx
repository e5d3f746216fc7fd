// One visit: subject, place and date, team, people met, findings, recommendations, follow-ups, photos and the report.
import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { PrintButton } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/session";
import { addFollowUp, monitoringKeys, visitQuery } from "../api";
import { type FollowUpDraft, FollowUpFields, followUpReady } from "../components/follow-up-fields";
import { FollowUpItem } from "../components/follow-up-item";
import { PhotoPanel } from "../components/photo-panel";

const route = getRouteApi("/signed-in/monitoring/visits/$visitId");
const SUPERVISORS = ["central_admin", "province_officer", "district_officer"];

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={4}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

function AddFollowUp({ visitId, village }: { visitId: string; village: string }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const empty: FollowUpDraft = { key: 0, description: "", ownerId: "", dueOn: "" };
  const [draft, setDraft] = useState<FollowUpDraft | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const mutation = useMutation({
    mutationFn: (d: FollowUpDraft) =>
      addFollowUp(visitId, { description: d.description, ownerId: d.ownerId, dueOn: d.dueOn }),
    onSuccess: async () => {
      setDraft(null);
      await queryClient.invalidateQueries({ queryKey: monitoringKeys.all });
    },
  });
  if (!draft) {
    return (
      <Button
        size="xs"
        variant="light"
        w="fit-content"
        onClick={() => setDraft(empty)}
        data-testid="follow-up-add"
      >
        {t("monitoring.addFollowUp")}
      </Button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!followUpReady(draft)) {
      setShowErrors(true);
      return;
    }
    mutation.mutate(draft);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <FollowUpFields draft={draft} village={village} showErrors={showErrors} onChange={setDraft} />
        <Group>
          <Button type="submit" size="xs" loading={mutation.isPending} data-testid="follow-up-add-save">
            {t("monitoring.save")}
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={() => setDraft(null)}>
            {t("monitoring.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <Stack gap={4}>
      {text
        .split(/\n+/)
        .filter((p) => p.trim() !== "")
        .map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text have no other identity
          <Text key={i} size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {p}
          </Text>
        ))}
    </Stack>
  );
}

export function VisitPage() {
  const { visitId } = route.useParams();
  const { t } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const can = useCan();
  const visit = useQuery(visitQuery(visitId));
  if (visit.isPending) return <Loader size="sm" />;
  if (visit.isError) return <ErrorAlert error={visit.error} />;
  const v = visit.data;
  const mayWrite = can("monitoring.write");
  const place = [...v.areaPath]
    .reverse()
    .map((a) => a.nameTh)
    .join(" · ");
  return (
    <Stack gap="md">
      <PageHeader
        title={v.subjectName}
        titleTestId="visit-title"
        subtitle={`${t(`monitoring.subjectType.${v.subjectType}`)} · ${place} · ${format.dateLong(v.visitedOn)}`}
        breadcrumbs={[
          <AnchorLink key="m" to="/monitoring">
            {t("monitoring.title")}
          </AnchorLink>,
        ]}
        actions={
          <PrintButton
            href={`/api/monitoring/visits/${v.id}/pdf`}
            label={t("monitoring.print")}
            testId="visit-print"
          />
        }
      />
      <Section title={t("monitoring.purpose")}>
        <Paragraphs text={v.purpose} />
      </Section>
      <Section title={t("monitoring.team")}>
        <Group gap="xs">
          {v.team.map((m) => (
            <Badge key={m.seq} variant="light" size="lg" tt="none">
              {m.name}
              {m.position ? ` · ${m.position}` : ""}
            </Badge>
          ))}
        </Group>
      </Section>
      {v.peopleMet.length > 0 && (
        <Section title={t("monitoring.peopleMet")}>
          {v.peopleMet.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once recorded
            <Text key={i} size="sm">
              {p.name}
              {p.role ? ` (${p.role})` : ""}
            </Text>
          ))}
        </Section>
      )}
      <Section title={t("monitoring.findings")}>
        <Paragraphs text={v.findings} />
      </Section>
      {v.recommendations.trim() !== "" && (
        <Section title={t("monitoring.recommendations")}>
          <Paragraphs text={v.recommendations} />
        </Section>
      )}
      <Section title={t("monitoring.followUps")}>
        {v.followUps.length === 0 && (
          <Text c="dimmed" size="sm">
            {t("monitoring.noFollowUps")}
          </Text>
        )}
        {v.followUps.map((f) => (
          <FollowUpItem
            key={f.id}
            item={f}
            canComplete={mayWrite && (f.ownerId === me.id || SUPERVISORS.includes(me.role))}
          />
        ))}
        {mayWrite && <AddFollowUp visitId={v.id} village={v.areaCode} />}
      </Section>
      <Section title={t("monitoring.photos")}>
        <PhotoPanel visitId={v.id} photos={v.photos} canUpload={mayWrite} />
      </Section>
    </Stack>
  );
}
