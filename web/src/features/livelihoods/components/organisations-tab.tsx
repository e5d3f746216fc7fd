// Supporting organisations of the area: the list with members, a new organisation, and a member added to one.
import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { AreaPicker } from "../../../components/area-picker";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import type { AreaOption } from "../../../lib/area-queries";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import {
  addOrganisationMember,
  createOrganisation,
  fieldErrors,
  livelihoodKeys,
  MEMBER_ROLES,
  ORGANISATION_KINDS,
  type Organisation,
  organisationListQuery,
} from "../api";

function MemberFields({
  prefix,
  value,
  errors,
  onChange,
}: {
  prefix: string;
  value: { name: string; role: string; phone: string };
  errors: Record<string, string>;
  onChange: (v: { name: string; role: string; phone: string }) => void;
}) {
  const { t } = useLanguage();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
      <TextInput
        label={t("livelihoods.memberName")}
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
        error={errors[`${prefix}name`]}
        maxLength={200}
        data-testid="member-name"
      />
      <NativeSelect
        label={t("livelihoods.memberRole")}
        value={value.role}
        onChange={(e) => onChange({ ...value, role: e.currentTarget.value })}
        error={errors[`${prefix}role`]}
        data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`livelihoods.role.${r}`) }))}
        data-testid="member-role"
      />
      <TextInput
        label={t("livelihoods.phone")}
        value={value.phone}
        onChange={(e) => onChange({ ...value, phone: e.currentTarget.value })}
        error={errors[`${prefix}phone`]}
        maxLength={32}
        inputMode="tel"
      />
    </SimpleGrid>
  );
}

const emptyMember = { name: "", role: "chair", phone: "" };
const memberBody = (m: { name: string; role: string; phone: string }) => ({
  name: m.name.trim(),
  role: m.role,
  ...(m.phone.trim() ? { phone: m.phone.trim() } : {}),
});

function NewOrganisationForm({ onDone }: { onDone: () => void }) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const [area, setArea] = useState<AreaOption | null>(null);
  const [kind, setKind] = useState<string>("community_council");
  const [name, setName] = useState("");
  const [mission, setMission] = useState("");
  const [member, setMember] = useState(emptyMember);
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () =>
      createOrganisation({
        areaCode: area?.code ?? "",
        kind,
        name: name.trim(),
        mission: mission.trim(),
        members: member.name.trim() ? [memberBody(member)] : [],
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: livelihoodKeys.all });
      onDone();
    },
  });
  const server = fieldErrors(mutation.error, lang);
  const errors = { ...server, ...local };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!area) next.areaCode = t("livelihoods.required");
    if (name.trim() === "") next.name = t("livelihoods.required");
    setLocal(next);
    if (Object.keys(next).length === 0) mutation.mutate();
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="organisation-form">
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        {area ? (
          <Group gap="xs">
            <Text size="sm" data-testid="organisation-area">
              {area.nameTh} ({area.code})
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => setArea(null)}>
              {t("livelihoods.change")}
            </Button>
          </Group>
        ) : (
          <AreaPicker
            label={t("livelihoods.organisationArea")}
            onPick={setArea}
            error={errors.areaCode}
            testId="organisation-area-picker"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <NativeSelect
            label={t("livelihoods.organisationKind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value)}
            error={errors.kind}
            data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`livelihoods.kind.${k}`) }))}
            data-testid="organisation-kind"
          />
          <TextInput
            label={t("livelihoods.organisationName")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            maxLength={300}
            data-testid="organisation-name"
          />
        </SimpleGrid>
        <Textarea
          label={t("livelihoods.mission")}
          value={mission}
          onChange={(e) => setMission(e.currentTarget.value)}
          error={errors.mission}
          autosize
          minRows={2}
          maxLength={4000}
          data-testid="organisation-mission"
        />
        <Text size="sm" fw={600}>
          {t("livelihoods.firstMember")}
        </Text>
        <MemberFields prefix="members.0." value={member} errors={errors} onChange={setMember} />
        <Button
          type="submit"
          size="xs"
          w="fit-content"
          loading={mutation.isPending}
          data-testid="organisation-save"
        >
          {t("livelihoods.save")}
        </Button>
      </Stack>
    </Paper>
  );
}

function AddMemberForm({ organisation }: { organisation: Organisation }) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const [member, setMember] = useState({ ...emptyMember, role: "member" });
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () => addOrganisationMember(organisation.id, memberBody(member)),
    onSuccess: async () => {
      setMember({ ...emptyMember, role: "member" });
      await queryClient.invalidateQueries({ queryKey: livelihoodKeys.all });
    },
  });
  const errors = { ...fieldErrors(mutation.error, lang), ...local };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (member.name.trim() === "") next.name = t("livelihoods.required");
    setLocal(next);
    if (Object.keys(next).length === 0) mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="member-form">
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <MemberFields prefix="" value={member} errors={errors} onChange={setMember} />
        <Button
          type="submit"
          size="xs"
          variant="light"
          w="fit-content"
          loading={mutation.isPending}
          data-testid="member-save"
        >
          {t("livelihoods.addMember")}
        </Button>
      </Stack>
    </form>
  );
}

function OrganisationCard({ organisation: o, mayWrite }: { organisation: Organisation; mayWrite: boolean }) {
  const { t } = useLanguage();
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder p="sm" data-testid="organisation">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700}>{o.name}</Text>
          <Badge variant="light">{t(`livelihoods.kind.${o.kind}`)}</Badge>
        </Group>
        {o.mission && <Text size="sm">{o.mission}</Text>}
        <Text size="sm" c="dimmed" data-testid="organisation-members">
          {o.members.length === 0
            ? t("livelihoods.noMembers")
            : o.members.map((m) => `${m.name} (${t(`livelihoods.role.${m.role}`)})`).join(", ")}
        </Text>
        {mayWrite && (
          <Button
            size="compact-xs"
            variant="subtle"
            w="fit-content"
            onClick={() => setAdding((v) => !v)}
            data-testid="member-add"
          >
            {t("livelihoods.addMember")}
          </Button>
        )}
        {adding && <AddMemberForm organisation={o} />}
      </Stack>
    </Paper>
  );
}

export function OrganisationsTab() {
  const { t } = useLanguage();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const list = useInfiniteQuery(organisationListQuery());
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const mayWrite = can("livelihoods.write");
  return (
    <Stack gap="sm">
      {mayWrite && (
        <Button
          size="xs"
          variant="light"
          w="fit-content"
          onClick={() => setCreating((v) => !v)}
          data-testid="organisation-new"
        >
          {t("livelihoods.newOrganisation")}
        </Button>
      )}
      {creating && <NewOrganisationForm onDone={() => setCreating(false)} />}
      <ErrorAlert error={list.error} />
      {items.length === 0 && !list.isPending && <Text c="dimmed">{t("livelihoods.noOrganisations")}</Text>}
      {items.map((o) => (
        <OrganisationCard key={o.id} organisation={o} mayWrite={mayWrite} />
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
