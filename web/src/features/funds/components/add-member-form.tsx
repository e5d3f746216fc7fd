// Adds a member to a committee set whose term has not ended (officers).
import { Button, Group, Paper, Stack } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { type CommitteeSet, type Fund, fundKeys } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { addCommitteeMember } from "../api";
import { toMemberBody } from "./committee-set-form";
import { type MemberDraft, MemberFields } from "./member-fields";

export function AddMemberForm({ fund, set, onDone }: { fund: Fund; set: CommitteeSet; onDone: () => void }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const [member, setMember] = useState<MemberDraft>({ key: 0, name: "", position: "member", userId: "" });
  const [nameError, setNameError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: () => addCommitteeMember(fund.id, set.id, toMemberBody(member)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: fundKeys.all });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (member.name.trim() === "") {
      setNameError(t("fundAdmin.committee.nameRequired"));
      return;
    }
    setNameError(undefined);
    mutation.mutate();
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="member-form">
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <MemberFields
          draft={member}
          index={0}
          villageCode={fund.areaCode}
          nameError={nameError}
          onChange={setMember}
        />
        <Group>
          <Button type="submit" size="sm" loading={mutation.isPending}>
            {t("fundAdmin.committee.addMember")}
          </Button>
          <Button variant="subtle" color="gray" size="sm" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
