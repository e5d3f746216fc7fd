// Village lecturer teams (ทีมวิทยากรสัมมาชีพชุมชน): the list with lecturers, and a new team with its lecturers.
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { bangkokDate } from "../../../../../src/shared/thai-date";
import { AreaPicker } from "../../../components/area-picker";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import type { AreaOption } from "../../../lib/area-queries";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { useCan } from "../../../lib/session";
import { createTeam, fieldErrors, LECTURER_ROLES, livelihoodKeys, teamListQuery } from "../api";

interface LecturerRow {
  key: number;
  name: string;
  role: string;
  expertise: string;
}

function NewTeamForm({ onDone }: { onDone: () => void }) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const [area, setArea] = useState<AreaOption | null>(null);
  const [name, setName] = useState("");
  const [formedOn, setFormedOn] = useState<string | null>(bangkokDate(new Date()));
  const [lecturers, setLecturers] = useState<LecturerRow[]>([
    { key: 0, name: "", role: "leader", expertise: "" },
  ]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const filled = lecturers.filter((l) => l.name.trim() !== "");
  const mutation = useMutation({
    mutationFn: () =>
      createTeam({
        areaCode: area?.code ?? "",
        name: name.trim(),
        formedOn: formedOn ?? "",
        lecturers: filled.map((l) => ({ name: l.name.trim(), role: l.role, expertise: l.expertise.trim() })),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: livelihoodKeys.all });
      onDone();
    },
  });
  const errors = { ...fieldErrors(mutation.error, lang), ...local };
  const setRow = (i: number, row: LecturerRow) => setLecturers(lecturers.map((l, j) => (j === i ? row : l)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!area) next.areaCode = t("livelihoods.required");
    if (name.trim() === "") next.name = t("livelihoods.required");
    if (!formedOn) next.formedOn = t("livelihoods.required");
    if (filled.length === 0) next["lecturers.0.name"] = t("livelihoods.lecturerRequired");
    setLocal(next);
    if (Object.keys(next).length === 0) mutation.mutate();
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="team-form">
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        {area ? (
          <Group gap="xs">
            <Text size="sm">
              {area.nameTh} ({area.code})
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => setArea(null)}>
              {t("livelihoods.change")}
            </Button>
          </Group>
        ) : (
          <AreaPicker
            label={t("livelihoods.teamVillage")}
            levels={["village"]}
            onPick={setArea}
            error={errors.areaCode}
            testId="team-area"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label={t("livelihoods.teamName")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            maxLength={300}
            data-testid="team-name"
          />
          <Stack gap={2}>
            <DateField
              label={t("livelihoods.formedOn")}
              value={formedOn}
              onChange={setFormedOn}
              testId="team-formed-on"
            />
            {errors.formedOn && (
              <Text size="xs" c="red">
                {errors.formedOn}
              </Text>
            )}
          </Stack>
        </SimpleGrid>
        <Text size="sm" fw={600}>
          {t("livelihoods.lecturers")}
        </Text>
        {lecturers.map((l, i) => (
          <SimpleGrid key={l.key} cols={{ base: 1, sm: 3 }} spacing="xs" data-testid="lecturer-row">
            <TextInput
              label={t("livelihoods.lecturerName")}
              value={l.name}
              onChange={(e) => setRow(i, { ...l, name: e.currentTarget.value })}
              error={errors[`lecturers.${i}.name`]}
              maxLength={200}
              data-testid="lecturer-name"
            />
            <NativeSelect
              label={t("livelihoods.lecturerRole")}
              value={l.role}
              onChange={(e) => setRow(i, { ...l, role: e.currentTarget.value })}
              data={LECTURER_ROLES.map((r) => ({ value: r, label: t(`livelihoods.lecturerRoles.${r}`) }))}
            />
            <TextInput
              label={t("livelihoods.expertise")}
              value={l.expertise}
              onChange={(e) => setRow(i, { ...l, expertise: e.currentTarget.value })}
              error={errors[`lecturers.${i}.expertise`]}
              maxLength={500}
            />
          </SimpleGrid>
        ))}
        <Group gap="xs">
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() =>
              setLecturers([
                ...lecturers,
                { key: (lecturers.at(-1)?.key ?? 0) + 1, name: "", role: "member", expertise: "" },
              ])
            }
            disabled={lecturers.length >= 30}
            data-testid="lecturer-add"
          >
            {t("livelihoods.addLecturer")}
          </Button>
        </Group>
        <Button type="submit" size="xs" w="fit-content" loading={mutation.isPending} data-testid="team-save">
          {t("livelihoods.save")}
        </Button>
      </Stack>
    </Paper>
  );
}

export function TeamsTab() {
  const { t } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const list = useInfiniteQuery(teamListQuery());
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      {can("livelihoods.write") && (
        <Button
          size="xs"
          variant="light"
          w="fit-content"
          onClick={() => setCreating((v) => !v)}
          data-testid="team-new"
        >
          {t("livelihoods.newTeam")}
        </Button>
      )}
      {creating && <NewTeamForm onDone={() => setCreating(false)} />}
      <ErrorAlert error={list.error} />
      {items.length === 0 && !list.isPending && <Text c="dimmed">{t("livelihoods.noTeams")}</Text>}
      {items.map((team) => (
        <Paper key={team.id} withBorder p="sm" data-testid="team">
          <Stack gap={4}>
            <Text fw={700}>{team.name}</Text>
            <Text size="sm" c="dimmed">
              {team.areaCode} · {t("livelihoods.formedOn")} {format.dateLong(team.formedOn)}
            </Text>
            {team.lecturers.map((l) => (
              <Text key={l.id} size="sm">
                {l.name} ({t(`livelihoods.lecturerRoles.${l.role}`)}){l.expertise ? ` · ${l.expertise}` : ""}
              </Text>
            ))}
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
