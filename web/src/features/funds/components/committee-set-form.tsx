// Records a new committee set (ชุดที่ n): term start (and end, else the bylaws' term) and its members.
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso } from "../../../lib/format";
import { type Fund, fundKeys } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { type CommitteeMemberBody, createCommitteeSet } from "../api";
import { type MemberDraft, MemberFields } from "./member-fields";

let nextKey = 1;
const draft = (position: MemberDraft["position"]): MemberDraft => ({
  key: nextKey++,
  name: "",
  position,
  userId: "",
});

function initialMembers(fund: Fund): MemberDraft[] {
  const size = fund.parameters.committeeMinSize ?? (fund.fundType === "kkj" ? 7 : 3);
  const rows = [draft("chair"), draft("secretary"), draft("finance")];
  while (rows.length < size) rows.push(draft("member"));
  return rows;
}

export function toMemberBody(d: MemberDraft): CommitteeMemberBody {
  const body: CommitteeMemberBody = { name: d.name.trim(), position: d.position };
  if (d.userId) body.userId = d.userId;
  return body;
}

export function CommitteeSetForm({ fund, onDone }: { fund: Fund; onDone: () => void }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const [termStart, setTermStart] = useState<string | null>(todayIso());
  const [termEnd, setTermEnd] = useState<string | null>(null);
  const [members, setMembers] = useState<MemberDraft[]>(() => initialMembers(fund));
  const [nameErrors, setNameErrors] = useState<Record<number, string>>({});
  const [dateError, setDateError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: (body: { termStart: string; termEnd?: string; members: CommitteeMemberBody[] }) =>
      createCommitteeSet(fund.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: fundKeys.all });
      onDone();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Record<number, string> = {};
    for (const m of members) if (m.name.trim() === "") errors[m.key] = t("fundAdmin.committee.nameRequired");
    setNameErrors(errors);
    setDateError(termStart ? undefined : t("fundAdmin.form.dateRequired"));
    if (Object.keys(errors).length > 0 || !termStart) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    mutation.mutate({
      termStart,
      ...(termEnd ? { termEnd } : {}),
      members: members.map(toMemberBody),
    });
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="committee-set-form">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("fundAdmin.committee.newSet")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("fundAdmin.committee.newSetHint")}
        </Text>
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateField label={t("fundAdmin.committee.termStart")} value={termStart} onChange={setTermStart} />
          <DateField
            label={t("fundAdmin.committee.termEndOptional")}
            value={termEnd}
            onChange={setTermEnd}
            minDate={termStart ?? undefined}
          />
        </SimpleGrid>
        {dateError && (
          <Text size="xs" c="red">
            {dateError}
          </Text>
        )}
        <Stack gap="xs">
          {members.map((m, i) => (
            <MemberFields
              key={m.key}
              draft={m}
              index={i}
              villageCode={fund.areaCode}
              nameError={nameErrors[m.key]}
              onChange={(next) => setMembers((prev) => prev.map((p) => (p.key === m.key ? next : p)))}
              onRemove={
                members.length > 1
                  ? () => setMembers((prev) => prev.filter((p) => p.key !== m.key))
                  : undefined
              }
            />
          ))}
        </Stack>
        <Group>
          <Button variant="light" onClick={() => setMembers((prev) => [...prev, draft("member")])}>
            {t("fundAdmin.committee.addRow")}
          </Button>
        </Group>
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="committee-set-submit">
            {t("fundAdmin.committee.saveSet")}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
