// Welfare of the centre: request (type, beneficiary, amount, paying fund), approval by the chair or an officer, payment from the fund's cash.
import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { parseBahtInput } from "../../../lib/money-input";
import {
  type Centre,
  centreCalls,
  centreKeys,
  fieldErrors,
  householdsQuery,
  type MemberFund,
  WELFARE_TYPES,
  type Welfare,
  welfareQuery,
} from "../api";

const STATUS_COLORS: Record<Welfare["status"], string> = {
  requested: "blue",
  approved: "indigo",
  paid: "green",
  rejected: "gray",
};

function WelfareForm({
  centre,
  memberFunds,
  onDone,
}: {
  centre: Centre;
  memberFunds: MemberFund[];
  onDone: () => void;
}) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const households = useQuery(householdsQuery(centre.areaCode));
  const [welfareType, setWelfareType] = useState<string>("death");
  const [householdId, setHouseholdId] = useState("");
  const [beneficiaryName, setBeneficiaryName] = useState("");
  const [amount, setAmount] = useState("");
  const [memberFundId, setMemberFundId] = useState("");
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) => centreCalls.requestWelfare(centre.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: centreKeys.part(centre.id, "welfare") });
      onDone();
    },
  });
  const server = fieldErrors(mutation.error, lang);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const parsed = parseBahtInput(amount);
    if (!parsed.ok) next.amountSatang = t("debtCentre.form.amountInvalid");
    if (!memberFundId) next.memberFundId = t("debtCentre.funds.fundRequired");
    if (reason.trim() === "") next.reason = t("debtCentre.welfare.reasonRequired");
    if (!householdId && beneficiaryName.trim() === "")
      next.beneficiaryName = t("debtCentre.welfare.beneficiaryRequired");
    setLocal(next);
    if (Object.keys(next).length > 0 || !parsed.ok) return;
    mutation.mutate({
      welfareType,
      ...(householdId ? { householdId } : {}),
      ...(beneficiaryName.trim() ? { beneficiaryName: beneficiaryName.trim() } : {}),
      amountSatang: parsed.value,
      memberFundId,
      reason: reason.trim(),
    });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="welfare-form">
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t("debtCentre.welfare.type")}
            value={welfareType}
            onChange={(e) => setWelfareType(e.currentTarget.value)}
            data={WELFARE_TYPES.map((w) => ({ value: w, label: t(`debtCentre.welfareType.${w}`) }))}
          />
          <NativeSelect
            label={t("debtCentre.surveys.household")}
            value={householdId}
            onChange={(e) => setHouseholdId(e.currentTarget.value)}
            error={server.householdId}
            data={[
              { value: "", label: t("debtCentre.welfare.namedPerson") },
              ...(households.data?.items ?? []).map((h) => ({
                value: h.id,
                label: `${h.houseNo} ${h.headName}`,
              })),
            ]}
          />
          <TextInput
            label={t("debtCentre.welfare.beneficiary")}
            description={householdId ? t("debtCentre.welfare.beneficiaryHint") : undefined}
            value={beneficiaryName}
            onChange={(e) => setBeneficiaryName(e.currentTarget.value)}
            error={local.beneficiaryName ?? server.beneficiaryName}
            maxLength={200}
          />
          <TextInput
            label={t("debtCentre.welfare.amount")}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={local.amountSatang ?? server.amountSatang}
            inputMode="decimal"
          />
          <NativeSelect
            label={t("debtCentre.welfare.paidFrom")}
            value={memberFundId}
            onChange={(e) => setMemberFundId(e.currentTarget.value)}
            error={local.memberFundId ?? server.memberFundId}
            data={[
              { value: "", label: t("debtCentre.form.choose") },
              ...memberFunds.filter((m) => m.fundId).map((m) => ({ value: m.id, label: m.name })),
            ]}
          />
          <TextInput
            label={t("debtCentre.welfare.reason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={local.reason ?? server.reason}
            maxLength={500}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="welfare-submit">
            {t("debtCentre.welfare.request")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function WelfareActions({ centre, welfare }: { centre: Centre; welfare: Welfare }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const step = useMutation({
    mutationFn: (s: "approve" | "reject" | "pay") => centreCalls.welfareStep(centre.id, welfare.id, s),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: centreKeys.part(centre.id, "welfare") });
    },
  });
  return (
    <Stack gap={4}>
      <Group gap={4} wrap="nowrap">
        {welfare.status === "requested" && (
          <>
            <Button size="compact-xs" loading={step.isPending} onClick={() => step.mutate("approve")}>
              {t("debtCentre.welfare.approve")}
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              loading={step.isPending}
              onClick={() => step.mutate("reject")}
            >
              {t("debtCentre.welfare.reject")}
            </Button>
          </>
        )}
        {welfare.status === "approved" && (
          <Button size="compact-xs" color="green" loading={step.isPending} onClick={() => step.mutate("pay")}>
            {t("debtCentre.welfare.pay")}
          </Button>
        )}
      </Group>
      <ErrorAlert error={step.error} />
    </Stack>
  );
}

export function WelfareTab({ centre, memberFunds }: { centre: Centre; memberFunds: MemberFund[] }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const list = useQuery(welfareQuery(centre.id));
  const fundName = new Map(memberFunds.map((m) => [m.id, m.name]));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t("debtCentre.welfare.title")}
        </Title>
        <Group gap="xs">
          <ExportLinks href={`/api/debt-centres/${centre.id}/welfare/export`} query={{ lang }} />
          <Button variant="light" size="xs" onClick={() => setAdding((v) => !v)} data-testid="welfare-add">
            {t("debtCentre.welfare.request")}
          </Button>
        </Group>
      </Group>
      {adding && <WelfareForm centre={centre} memberFunds={memberFunds} onDone={() => setAdding(false)} />}
      <ErrorAlert error={list.error} />
      {list.isSuccess && list.data.items.length === 0 && (
        <Text c="dimmed">{t("debtCentre.welfare.empty")}</Text>
      )}
      {(list.data?.items.length ?? 0) > 0 && (
        <DataTable minWidth={880} striped data-testid="welfare">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("debtCentre.welfare.requestedOn")}</Table.Th>
              <Table.Th>{t("debtCentre.welfare.type")}</Table.Th>
              <Table.Th>{t("debtCentre.welfare.beneficiary")}</Table.Th>
              <Table.Th>{t("debtCentre.welfare.amount")}</Table.Th>
              <Table.Th>{t("debtCentre.welfare.paidFrom")}</Table.Th>
              <Table.Th style={{ minWidth: 120 }}>{t("debtCentre.welfare.status")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data?.items ?? []).map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td>{format.date(w.requestedOn)}</Table.Td>
                <Table.Td>{t(`debtCentre.welfareType.${w.welfareType}`)}</Table.Td>
                <Table.Td>
                  {w.beneficiaryName}
                  <Text size="xs" c="dimmed">
                    {w.reason}
                  </Text>
                </Table.Td>
                <Table.Td>{format.money(w.amountSatang)}</Table.Td>
                <Table.Td>{fundName.get(w.memberFundId) ?? ""}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[w.status]}>{t(`debtCentre.welfareStatus.${w.status}`)}</Badge>
                  {w.paidOn && (
                    <Text size="xs" c="dimmed">
                      {format.date(w.paidOn)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <WelfareActions centre={centre} welfare={w} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </Stack>
  );
}
