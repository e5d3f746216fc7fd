// Records a visit: the village and subject, date, purpose, team (officers and others), people met, findings,
// recommendations and follow-up actions; then opens the new visit's page, where photos are added.
import {
  Button,
  CloseButton,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, type ReactNode, useState } from "react";
import { bangkokDate } from "../../../../../src/shared/thai-date";
import { AreaPicker } from "../../../components/area-picker";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import type { AreaOption } from "../../../lib/area-queries";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { useMe } from "../../../lib/session";
import {
  assigneesQuery,
  monitoringKeys,
  recordVisit,
  SUBJECT_TYPES,
  type SubjectType,
  subjectChoicesQuery,
} from "../api";
import { type FollowUpDraft, FollowUpFields, followUpReady } from "../components/follow-up-fields";

interface TeamDraft {
  key: number;
  kind: "officer" | "other";
  userId: string;
  name: string;
  position: string;
}
interface PersonDraft {
  key: number;
  name: string;
  role: string;
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={5}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

export function NewVisitPage() {
  const { t } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [nextKey, setNextKey] = useState(1);
  const key = () => {
    setNextKey((k) => k + 1);
    return nextKey;
  };
  const [village, setVillage] = useState<AreaOption | null>(null);
  const [subjectType, setSubjectType] = useState<SubjectType>("fund");
  const [subjectId, setSubjectId] = useState("");
  const [visitedOn, setVisitedOn] = useState<string | null>(bangkokDate(new Date()));
  const [purpose, setPurpose] = useState("");
  const [findings, setFindings] = useState("");
  const [recommendations, setRecommendations] = useState("");
  const [team, setTeam] = useState<TeamDraft[]>([
    { key: 0, kind: "officer", userId: me.id, name: "", position: "" },
  ]);
  const [people, setPeople] = useState<PersonDraft[]>([]);
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const [showErrors, setShowErrors] = useState(false);
  const villageCode = village?.code ?? "";
  const choices = useQuery(subjectChoicesQuery(subjectType, villageCode));
  const assignees = useQuery(assigneesQuery(villageCode));

  const mutation = useMutation({
    mutationFn: () =>
      recordVisit({
        subjectType,
        subjectId: subjectType === "village" ? undefined : subjectId,
        villageCode: subjectType === "village" ? villageCode : undefined,
        visitedOn: visitedOn ?? "",
        purpose,
        findings,
        recommendations,
        peopleMet: people.filter((p) => p.name.trim() !== "").map((p) => ({ name: p.name, role: p.role })),
        team: team.map((m) =>
          m.kind === "officer" ? { userId: m.userId } : { name: m.name, position: m.position },
        ),
        followUps: followUps.map((f) => ({ description: f.description, ownerId: f.ownerId, dueOn: f.dueOn })),
      }),
    onSuccess: async (visit) => {
      await queryClient.invalidateQueries({ queryKey: monitoringKeys.all });
      await navigate({ to: "/monitoring/visits/$visitId", params: { visitId: visit.id } });
    },
  });

  const subjectMissing = subjectType !== "village" && subjectId === "";
  const teamMissing = team.length === 0 || team.some((m) => m.kind === "other" && m.name.trim() === "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ready =
      village !== null &&
      !subjectMissing &&
      visitedOn !== null &&
      purpose.trim() !== "" &&
      findings.trim() !== "" &&
      !teamMissing &&
      followUps.every(followUpReady);
    if (!ready) {
      setShowErrors(true);
      return;
    }
    setShowErrors(false);
    mutation.mutate();
  };
  const required = (empty: boolean) => (showErrors && empty ? t("monitoring.required") : undefined);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PageHeader
          title={t("monitoring.newVisit")}
          breadcrumbs={[
            <AnchorLink key="m" to="/monitoring">
              {t("monitoring.title")}
            </AnchorLink>,
          ]}
        />
        <ErrorAlert error={mutation.error} />
        <Block title={t("monitoring.village")}>
          {village ? (
            <Group gap="xs" wrap="nowrap">
              <Text style={{ flex: 1 }} data-testid="visit-village">
                {format.villageName(village)} ({village.code})
              </Text>
              <CloseButton aria-label={t("monitoring.clearArea")} onClick={() => setVillage(null)} />
            </Group>
          ) : (
            <AreaPicker
              label={t("monitoring.village")}
              placeholder={t("monitoring.areaPlaceholder")}
              levels={["village"]}
              required
              error={required(true)}
              onPick={(a) => {
                setVillage(a);
                setSubjectId("");
              }}
              testId="visit-village-picker"
            />
          )}
          <Group grow wrap="wrap" align="flex-start">
            <NativeSelect
              label={t("monitoring.kind")}
              value={subjectType}
              onChange={(e) => {
                setSubjectType(e.currentTarget.value as SubjectType);
                setSubjectId("");
              }}
              data={SUBJECT_TYPES.map((s) => ({ value: s, label: t(`monitoring.subjectType.${s}`) }))}
              data-testid="visit-subject-type"
            />
            {subjectType !== "village" && (
              <NativeSelect
                label={t("monitoring.subject")}
                value={subjectId}
                onChange={(e) => setSubjectId(e.currentTarget.value)}
                disabled={!village}
                data={[
                  { value: "", label: village ? "—" : t("monitoring.chooseVillageFirst") },
                  ...(choices.data ?? []),
                ]}
                error={required(subjectMissing)}
                data-testid="visit-subject"
              />
            )}
            <DateField
              label={t("monitoring.visitedOn")}
              value={visitedOn}
              onChange={setVisitedOn}
              testId="visit-date"
            />
          </Group>
        </Block>
        <Block title={t("monitoring.purpose")}>
          <Textarea
            aria-label={t("monitoring.purpose")}
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value)}
            error={required(purpose.trim() === "")}
            autosize
            minRows={2}
            data-testid="visit-purpose"
          />
        </Block>
        <Block title={t("monitoring.team")}>
          {team.map((m, i) => (
            <Group key={m.key} align="flex-end" wrap="wrap" gap="xs">
              {m.kind === "officer" ? (
                <NativeSelect
                  label={t("monitoring.officer")}
                  value={m.userId}
                  onChange={(e) =>
                    setTeam(team.map((x, k) => (k === i ? { ...x, userId: e.currentTarget.value } : x)))
                  }
                  data={[
                    { value: me.id, label: me.displayName },
                    ...(assignees.data?.items ?? [])
                      .filter((a) => a.id !== me.id)
                      .map((a) => ({ value: a.id, label: a.displayName })),
                  ]}
                  miw={240}
                  data-testid="team-officer"
                />
              ) : (
                <>
                  <TextInput
                    label={t("monitoring.name")}
                    value={m.name}
                    onChange={(e) =>
                      setTeam(team.map((x, k) => (k === i ? { ...x, name: e.currentTarget.value } : x)))
                    }
                    error={required(m.name.trim() === "")}
                    data-testid="team-name"
                  />
                  <TextInput
                    label={t("monitoring.position")}
                    value={m.position}
                    onChange={(e) =>
                      setTeam(team.map((x, k) => (k === i ? { ...x, position: e.currentTarget.value } : x)))
                    }
                  />
                </>
              )}
              <CloseButton
                aria-label={t("monitoring.remove")}
                onClick={() => setTeam(team.filter((_, k) => k !== i))}
              />
            </Group>
          ))}
          {showErrors && team.length === 0 && (
            <Text c="red" size="sm">
              {t("monitoring.teamHint")}
            </Text>
          )}
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                setTeam([...team, { key: key(), kind: "officer", userId: me.id, name: "", position: "" }])
              }
              data-testid="team-add-officer"
            >
              {t("monitoring.addMember")}
            </Button>
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                setTeam([...team, { key: key(), kind: "other", userId: "", name: "", position: "" }])
              }
              data-testid="team-add-other"
            >
              {t("monitoring.addOther")}
            </Button>
          </Group>
        </Block>
        <Block title={t("monitoring.peopleMet")}>
          {people.map((p, i) => (
            <Group key={p.key} align="flex-end" wrap="wrap" gap="xs">
              <TextInput
                label={t("monitoring.name")}
                value={p.name}
                onChange={(e) =>
                  setPeople(people.map((x, k) => (k === i ? { ...x, name: e.currentTarget.value } : x)))
                }
                data-testid="person-name"
              />
              <TextInput
                label={t("monitoring.role")}
                value={p.role}
                onChange={(e) =>
                  setPeople(people.map((x, k) => (k === i ? { ...x, role: e.currentTarget.value } : x)))
                }
              />
              <CloseButton
                aria-label={t("monitoring.remove")}
                onClick={() => setPeople(people.filter((_, k) => k !== i))}
              />
            </Group>
          ))}
          <Button
            size="xs"
            variant="light"
            w="fit-content"
            onClick={() => setPeople([...people, { key: key(), name: "", role: "" }])}
            data-testid="person-add"
          >
            {t("monitoring.addPerson")}
          </Button>
        </Block>
        <Block title={t("monitoring.findings")}>
          <Textarea
            aria-label={t("monitoring.findings")}
            value={findings}
            onChange={(e) => setFindings(e.currentTarget.value)}
            error={required(findings.trim() === "")}
            autosize
            minRows={4}
            data-testid="visit-findings"
          />
        </Block>
        <Block title={t("monitoring.recommendations")}>
          <Textarea
            aria-label={t("monitoring.recommendations")}
            value={recommendations}
            onChange={(e) => setRecommendations(e.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="visit-recommendations"
          />
        </Block>
        <Block title={t("monitoring.followUps")}>
          {followUps.map((f, i) => (
            <Group key={f.key} align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ flex: 1 }}>
                <FollowUpFields
                  draft={f}
                  village={villageCode}
                  showErrors={showErrors}
                  onChange={(next) => setFollowUps(followUps.map((x, k) => (k === i ? next : x)))}
                />
              </div>
              <CloseButton
                mt={28}
                aria-label={t("monitoring.remove")}
                onClick={() => setFollowUps(followUps.filter((_, k) => k !== i))}
              />
            </Group>
          ))}
          <Button
            size="xs"
            variant="light"
            w="fit-content"
            disabled={!village}
            onClick={() =>
              setFollowUps([...followUps, { key: key(), description: "", ownerId: "", dueOn: "" }])
            }
            data-testid="follow-up-new"
          >
            {t("monitoring.addFollowUp")}
          </Button>
        </Block>
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="visit-save">
            {t("monitoring.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
