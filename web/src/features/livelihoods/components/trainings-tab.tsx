// Trainings of the area: the list with lecturers and participants, and a new training with lecturers chosen from
// the area's teams and participating households picked from the register.
import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { bangkokDate } from "../../../../../src/shared/thai-date";
import { AreaPicker } from "../../../components/area-picker";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import type { AreaOption } from "../../../lib/area-queries";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { useCan } from "../../../lib/session";
import { fieldErrors, livelihoodKeys, recordTraining, teamListQuery, trainingListQuery } from "../api";
import { HouseholdPicker } from "./household-picker";

function NewTrainingForm({ onDone }: { onDone: () => void }) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const [area, setArea] = useState<AreaOption | null>(null);
  const [heldOn, setHeldOn] = useState<string | null>(bangkokDate(new Date()));
  const [topic, setTopic] = useState("");
  const [place, setPlace] = useState("");
  const [lecturerIds, setLecturerIds] = useState<string[]>([]);
  const [participants, setParticipants] = useState<{ householdId: string; name: string; houseNo: string }[]>(
    [],
  );
  const [local, setLocal] = useState<Record<string, string>>({});
  const teams = useInfiniteQuery(teamListQuery());
  const code = area?.code ?? "";
  const lecturers = (teams.data?.pages.flatMap((p) => p.items) ?? [])
    .filter((team) => code !== "" && (team.areaCode.startsWith(code) || code.startsWith(team.areaCode)))
    .flatMap((team) => team.lecturers.map((l) => ({ ...l, team: team.name })));
  const mutation = useMutation({
    mutationFn: () =>
      recordTraining({
        areaCode: code,
        heldOn: heldOn ?? "",
        topic: topic.trim(),
        place: place.trim(),
        lecturerIds,
        participants: participants.map((p) => ({ householdId: p.householdId, name: p.name })),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: livelihoodKeys.all });
      onDone();
    },
  });
  const errors = { ...fieldErrors(mutation.error, lang), ...local };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!area) next.areaCode = t("livelihoods.required");
    if (!heldOn) next.heldOn = t("livelihoods.required");
    if (topic.trim() === "") next.topic = t("livelihoods.required");
    setLocal(next);
    if (Object.keys(next).length === 0) mutation.mutate();
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="training-form">
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        {area ? (
          <Group gap="xs">
            <Text size="sm">
              {area.nameTh} ({area.code})
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => {
                setArea(null);
                setLecturerIds([]);
                setParticipants([]);
              }}
            >
              {t("livelihoods.change")}
            </Button>
          </Group>
        ) : (
          <AreaPicker
            label={t("livelihoods.trainingArea")}
            onPick={setArea}
            error={errors.areaCode}
            testId="training-area"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Stack gap={2}>
            <DateField
              label={t("livelihoods.heldOn")}
              value={heldOn}
              onChange={setHeldOn}
              testId="training-date"
            />
            {errors.heldOn && (
              <Text size="xs" c="red">
                {errors.heldOn}
              </Text>
            )}
          </Stack>
          <TextInput
            label={t("livelihoods.topic")}
            value={topic}
            onChange={(e) => setTopic(e.currentTarget.value)}
            error={errors.topic}
            maxLength={500}
            data-testid="training-topic"
          />
          <TextInput
            label={t("livelihoods.place")}
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            error={errors.place}
            maxLength={500}
            data-testid="training-place"
          />
        </SimpleGrid>
        {area && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("livelihoods.lecturers")}
            </Text>
            {lecturers.length === 0 && (
              <Text size="xs" c="dimmed">
                {t("livelihoods.noLecturersInArea")}
              </Text>
            )}
            {lecturers.map((l) => (
              <Checkbox
                key={l.id}
                label={`${l.name} · ${l.team}`}
                checked={lecturerIds.includes(l.id)}
                onChange={(e) =>
                  setLecturerIds(
                    e.currentTarget.checked ? [...lecturerIds, l.id] : lecturerIds.filter((x) => x !== l.id),
                  )
                }
                data-testid="training-lecturer"
              />
            ))}
            {errors.lecturerId && (
              <Text size="xs" c="red">
                {errors.lecturerId}
              </Text>
            )}
            <HouseholdPicker
              area={code}
              label={t("livelihoods.addParticipant")}
              error={errors.householdId}
              exclude={participants.map((p) => p.householdId)}
              onPick={(h) =>
                setParticipants([
                  ...participants,
                  { householdId: h.id, name: h.headName, houseNo: h.houseNo },
                ])
              }
              testId="training-participant"
            />
            {participants.map((p) => (
              <Group key={p.householdId} gap="xs" data-testid="training-participant-chosen">
                <Text size="sm">
                  {t("livelihoods.houseNo")} {p.houseNo} {p.name}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setParticipants(participants.filter((x) => x.householdId !== p.householdId))}
                >
                  {t("livelihoods.remove")}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        <Button
          type="submit"
          size="xs"
          w="fit-content"
          loading={mutation.isPending}
          data-testid="training-save"
        >
          {t("livelihoods.save")}
        </Button>
      </Stack>
    </Paper>
  );
}

export function TrainingsTab() {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const list = useInfiniteQuery(trainingListQuery());
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        {can("livelihoods.write") ? (
          <Button size="xs" variant="light" onClick={() => setCreating((v) => !v)} data-testid="training-new">
            {t("livelihoods.newTraining")}
          </Button>
        ) : (
          <span />
        )}
        <ExportLinks href="/api/livelihoods/trainings/export" query={{ lang }} testId="trainings-export" />
      </Group>
      {creating && <NewTrainingForm onDone={() => setCreating(false)} />}
      <ErrorAlert error={list.error} />
      {items.length === 0 && !list.isPending && <Text c="dimmed">{t("livelihoods.noTrainings")}</Text>}
      {items.map((x) => (
        <Paper key={x.id} withBorder p="sm" data-testid="training">
          <Stack gap={4}>
            <Text fw={700}>{x.topic}</Text>
            <Text size="sm" c="dimmed">
              {format.dateLong(x.heldOn)}
              {x.place ? ` · ${x.place}` : ""}
            </Text>
            <Text size="sm">
              {t("livelihoods.lecturers")}: {x.lecturers.map((l) => l.name).join(", ") || "-"}
            </Text>
            <Text size="sm">
              {t("livelihoods.participants", { count: x.participants.length })}:{" "}
              {x.participants.map((p) => p.name).join(", ") || "-"}
            </Text>
          </Stack>
        </Paper>
      ))}
      <LoadMore
        shown={items.length}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
