// The fields of one committee member: name, position and (for officers who manage users) the linked account.
import { ActionIcon, Group, NativeSelect, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { COMMITTEE_POSITIONS, type CommitteePosition } from "../../../../../src/shared/roles";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { villageCommitteeAccountsQuery } from "../api";

export interface MemberDraft {
  key: number;
  name: string;
  position: CommitteePosition;
  userId: string;
}

interface MemberFieldsProps {
  draft: MemberDraft;
  villageCode: string;
  index: number;
  nameError?: string | undefined;
  onChange: (draft: MemberDraft) => void;
  onRemove?: (() => void) | undefined;
}

export function MemberFields({
  draft,
  villageCode,
  index,
  nameError,
  onChange,
  onRemove,
}: MemberFieldsProps) {
  const { t } = useLanguage();
  const can = useCan();
  const accounts = useQuery({ ...villageCommitteeAccountsQuery(villageCode), enabled: can("users.read") });
  return (
    <Group gap="xs" align="flex-start" wrap="wrap" data-testid={`member-row-${index}`}>
      <TextInput
        label={t("fundAdmin.committee.memberName")}
        value={draft.name}
        onChange={(e) => onChange({ ...draft, name: e.currentTarget.value })}
        error={nameError}
        required
        maxLength={200}
        style={{ flex: "2 1 200px" }}
        data-testid={`member-name-${index}`}
      />
      <NativeSelect
        label={t("fundAdmin.committee.position")}
        value={draft.position}
        onChange={(e) => onChange({ ...draft, position: e.currentTarget.value as CommitteePosition })}
        data={COMMITTEE_POSITIONS.map((p) => ({ value: p, label: t(`funds.positionName.${p}`) }))}
        style={{ flex: "1 1 150px" }}
        data-testid={`member-position-${index}`}
      />
      {can("users.read") && (
        <NativeSelect
          label={t("fundAdmin.committee.account")}
          value={draft.userId}
          onChange={(e) => onChange({ ...draft, userId: e.currentTarget.value })}
          data={[
            { value: "", label: t("fundAdmin.committee.noAccount") },
            ...(accounts.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` })),
          ]}
          style={{ flex: "1 1 180px" }}
        />
      )}
      {onRemove && (
        <ActionIcon
          variant="subtle"
          color="red"
          mt={26}
          size="lg"
          onClick={onRemove}
          aria-label={t("fundAdmin.committee.removeRow", { no: index + 1 })}
        >
          ×
        </ActionIcon>
      )}
    </Group>
  );
}
