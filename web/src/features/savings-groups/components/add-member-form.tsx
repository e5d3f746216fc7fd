// The form that admits a member with beneficiaries whose shares sum to 100 % (loaded only for the secretary and the chair).
import { Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BeDateInput } from "../../../components/be-date-input";
import { ErrorAlert } from "../../../components/error-alert";
import { useLanguage } from "../../../lib/i18n";
import { type BeneficiaryInput, type GroupDetail, savingsCalls, savingsKeys } from "../api";
import { todayIso } from "./shared";

interface Row {
  /** A stable React key for the row while it is edited. */
  key: number;
  name: string;
  relationship: string;
  citizenId: string;
  percent: number | string;
}

export function AddMemberForm({ group }: { group: GroupDetail }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [joinedOn, setJoinedOn] = useState<string | null>(todayIso());
  const [nextKey, setNextKey] = useState(1);
  const [rows, setRows] = useState<Row[]>([
    { key: 0, name: "", relationship: "", citizenId: "", percent: 100 },
  ]);
  const add = useMutation({
    mutationFn: () =>
      savingsCalls.addMember(group.fundId, {
        name,
        joinedOn: joinedOn ?? "",
        beneficiaries: rows.map(
          (r): BeneficiaryInput => ({
            name: r.name,
            relationship: r.relationship,
            ...(r.citizenId.trim() ? { citizenId: r.citizenId.trim() } : {}),
            shareBp: Math.round(Number(r.percent) * 100),
          }),
        ),
      }),
    onSuccess: () => {
      setName("");
      setRows([{ key: nextKey, name: "", relationship: "", citizenId: "", percent: 100 }]);
      setNextKey(nextKey + 1);
      void queryClient.invalidateQueries({ queryKey: savingsKeys.group(group.fundId) });
    },
  });
  const total = rows.reduce((s, r) => s + (Number(r.percent) || 0), 0);
  const set = (k: number, patch: Partial<Row>) =>
    setRows(rows.map((r, i) => (i === k ? { ...r, ...patch } : r)));
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={4}>{t("savings.member.add")}</Title>
        <Group grow align="flex-end">
          <TextInput
            label={t("savings.member.name")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-testid="sg-member-name"
          />
          <BeDateInput label={t("savings.member.joinedOn")} value={joinedOn} onChange={setJoinedOn} />
        </Group>
        <Text fw={600} size="sm">
          {t("savings.member.beneficiaries")} ·{" "}
          {t("savings.member.percentTotal", { total: total.toFixed(2) })}
        </Text>
        {rows.map((r, k) => (
          <Group key={r.key} grow align="flex-end">
            <TextInput
              label={t("savings.member.beneficiaryName")}
              value={r.name}
              onChange={(e) => set(k, { name: e.currentTarget.value })}
              data-testid={`sg-beneficiary-name-${k}`}
            />
            <TextInput
              label={t("savings.member.relationship")}
              value={r.relationship}
              onChange={(e) => set(k, { relationship: e.currentTarget.value })}
              data-testid={`sg-beneficiary-relationship-${k}`}
            />
            <TextInput
              label={t("savings.member.citizenId")}
              value={r.citizenId}
              onChange={(e) => set(k, { citizenId: e.currentTarget.value })}
            />
            <NumberInput
              label={t("savings.member.percent")}
              value={r.percent}
              decimalScale={2}
              min={0}
              max={100}
              onChange={(v) => set(k, { percent: v })}
            />
            {rows.length > 1 && (
              <Button variant="subtle" color="red" onClick={() => setRows(rows.filter((_, i) => i !== k))}>
                {t("savings.member.remove")}
              </Button>
            )}
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              setRows([...rows, { key: nextKey, name: "", relationship: "", citizenId: "", percent: 0 }]);
              setNextKey(nextKey + 1);
            }}
          >
            {t("savings.member.addBeneficiary")}
          </Button>
          <Button onClick={() => add.mutate()} loading={add.isPending} data-testid="sg-member-save">
            {t("common.save")}
          </Button>
        </Group>
        <ErrorAlert error={add.error} />
        {add.data && <Text c="green">{t("savings.member.added", { no: add.data.memberNo })}</Text>}
      </Stack>
    </Paper>
  );
}
