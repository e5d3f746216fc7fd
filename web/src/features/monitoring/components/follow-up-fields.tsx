// The fields of one follow-up action: description, owner (officers over the visit's area) and due date.
import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { assigneesQuery, type FollowUpInput } from "../api";

export interface FollowUpDraft extends FollowUpInput {
  key: number;
}

export function FollowUpFields({
  draft,
  village,
  showErrors,
  onChange,
}: {
  draft: FollowUpDraft;
  village: string;
  showErrors: boolean;
  onChange: (next: FollowUpDraft) => void;
}) {
  const { t } = useLanguage();
  const assignees = useQuery(assigneesQuery(village));
  return (
    <Group grow align="flex-start" wrap="wrap" gap="xs">
      <TextInput
        label={t("monitoring.description")}
        value={draft.description}
        onChange={(e) => onChange({ ...draft, description: e.currentTarget.value })}
        error={showErrors && draft.description.trim() === "" ? t("monitoring.required") : undefined}
        miw={220}
        data-testid="follow-up-description"
      />
      <NativeSelect
        label={t("monitoring.owner")}
        value={draft.ownerId}
        onChange={(e) => onChange({ ...draft, ownerId: e.currentTarget.value })}
        data={[
          { value: "", label: "—" },
          ...(assignees.data?.items ?? []).map((a) => ({
            value: a.id,
            label: a.position ? `${a.displayName} (${a.position})` : a.displayName,
          })),
        ]}
        error={showErrors && draft.ownerId === "" ? t("monitoring.required") : undefined}
        miw={200}
        data-testid="follow-up-owner"
      />
      <DateField
        label={t("monitoring.dueOn")}
        value={draft.dueOn || null}
        onChange={(v) => onChange({ ...draft, dueOn: v ?? "" })}
        testId="follow-up-due"
      />
    </Group>
  );
}

export const followUpReady = (f: FollowUpInput): boolean =>
  f.description.trim() !== "" && f.ownerId !== "" && f.dueOn !== "";
