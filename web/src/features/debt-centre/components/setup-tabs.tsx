// The centre's set-up: member funds (Kaejon funds with their cash, outside funds by name and balance), the committee and the parameters.
import {
  Badge,
  Button,
  Checkbox,
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
import type { Page } from "../../../../../src/shared/contracts/common";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { api } from "../../../lib/api";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput } from "../../../lib/money-input";
import { useCan } from "../../../lib/session";
import { type Centre, centreCalls, centreKeys, fieldErrors, type MemberFund, type Seat } from "../api";

const fundPosition = (fundId: string) => ({
  queryKey: ["debt-centres", "fund-cash", fundId],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api.get<{ cashSatang: number; bankSatang: number }>(
      `/api/funds/${encodeURIComponent(fundId)}/ledger/position`,
      undefined,
      signal,
    ),
});

function FundCash({ fundId }: { fundId: string }) {
  const format = useFormat();
  const position = useQuery(fundPosition(fundId));
  return <>{position.data ? format.money(position.data.cashSatang) : "…"}</>;
}

function AddMemberFundForm({ centre, onDone }: { centre: Centre; onDone: () => void }) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<"kaejon" | "outside">("kaejon");
  const [fundId, setFundId] = useState("");
  const [outsideName, setOutsideName] = useState("");
  const [balance, setBalance] = useState("");
  const [maxLoan, setMaxLoan] = useState("");
  const [mayRefinance, setMayRefinance] = useState(true);
  const [local, setLocal] = useState<Record<string, string>>({});
  const funds = useQuery({
    queryKey: ["debt-centres", "village-funds", centre.areaCode],
    queryFn: ({ signal }) =>
      api.get<Page<{ id: string; name: string }>>(
        "/api/funds",
        { area: centre.areaCode, limit: 200 },
        signal,
      ),
  });
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) => centreCalls.addMemberFund(centre.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: centreKeys.detail(centre.id) });
      onDone();
    },
  });
  const server = fieldErrors(mutation.error, lang);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const body: Record<string, unknown> = { mayRefinance };
    if (kind === "kaejon") {
      if (!fundId) next.fundId = t("debtCentre.funds.fundRequired");
      body.fundId = fundId;
    } else {
      if (outsideName.trim() === "") next.outsideName = t("debtCentre.funds.nameRequired");
      const b = parseBahtInput(balance);
      if (!b.ok && b.error !== "zero") next.outsideBalanceSatang = t("debtCentre.form.amountInvalid");
      body.outsideName = outsideName.trim();
      body.outsideBalanceSatang = b.ok ? b.value : 0;
    }
    if (maxLoan.trim() !== "") {
      const m = parseBahtInput(maxLoan);
      if (!m.ok) next.maxLoanSatang = t("debtCentre.form.amountInvalid");
      else body.maxLoanSatang = m.value;
    } else if (kind === "outside") next.maxLoanSatang = t("debtCentre.form.amountInvalid");
    setLocal(next);
    if (Object.keys(next).length === 0) mutation.mutate(body);
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="member-fund-form">
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} />
        <NativeSelect
          label={t("debtCentre.funds.kind")}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as "kaejon" | "outside")}
          data={[
            { value: "kaejon", label: t("debtCentre.funds.kaejon") },
            { value: "outside", label: t("debtCentre.funds.outside") },
          ]}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {kind === "kaejon" ? (
            <NativeSelect
              label={t("debtCentre.funds.fund")}
              value={fundId}
              onChange={(e) => setFundId(e.currentTarget.value)}
              error={local.fundId ?? server.fundId}
              data={[
                { value: "", label: t("debtCentre.form.choose") },
                ...(funds.data?.items ?? []).map((f) => ({ value: f.id, label: f.name })),
              ]}
            />
          ) : (
            <>
              <TextInput
                label={t("debtCentre.funds.outsideName")}
                value={outsideName}
                onChange={(e) => setOutsideName(e.currentTarget.value)}
                error={local.outsideName ?? server.outsideName}
                maxLength={200}
              />
              <TextInput
                label={t("debtCentre.funds.balance")}
                value={balance}
                onChange={(e) => setBalance(e.currentTarget.value)}
                error={local.outsideBalanceSatang ?? server.outsideBalanceSatang}
                inputMode="decimal"
              />
            </>
          )}
          <TextInput
            label={t("debtCentre.funds.maxLoan")}
            description={kind === "kaejon" ? t("debtCentre.funds.maxLoanHint") : undefined}
            value={maxLoan}
            onChange={(e) => setMaxLoan(e.currentTarget.value)}
            error={local.maxLoanSatang ?? server.maxLoanSatang}
            inputMode="decimal"
          />
        </SimpleGrid>
        <Checkbox
          label={t("debtCentre.funds.mayRefinance")}
          checked={mayRefinance}
          onChange={(e) => setMayRefinance(e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="member-fund-submit">
            {t("debtCentre.form.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function MemberFundsTab({ centre, memberFunds }: { centre: Centre; memberFunds: MemberFund[] }) {
  const { t } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t("debtCentre.funds.title")}
        </Title>
        {can("funds.write") && (
          <Button
            variant="light"
            size="xs"
            onClick={() => setAdding((v) => !v)}
            data-testid="member-fund-add"
          >
            {t("debtCentre.funds.add")}
          </Button>
        )}
      </Group>
      {adding && <AddMemberFundForm centre={centre} onDone={() => setAdding(false)} />}
      <DataTable minWidth={720} striped data-testid="member-funds">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("debtCentre.funds.preference")}</Table.Th>
            <Table.Th>{t("debtCentre.funds.fund")}</Table.Th>
            <Table.Th>{t("debtCentre.funds.cashOrBalance")}</Table.Th>
            <Table.Th>{t("debtCentre.funds.maxLoan")}</Table.Th>
            <Table.Th>{t("debtCentre.funds.maxTerm")}</Table.Th>
            <Table.Th>{t("debtCentre.funds.refinance")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {memberFunds.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{m.preference}</Table.Td>
              <Table.Td>
                {m.name}{" "}
                <Badge size="xs" variant="light" color={m.isOutside ? "gray" : "blue"}>
                  {t(m.isOutside ? "debtCentre.funds.outside" : "debtCentre.funds.kaejon")}
                </Badge>
              </Table.Td>
              <Table.Td>
                {m.fundId ? <FundCash fundId={m.fundId} /> : format.money(m.outsideBalanceSatang ?? 0)}
              </Table.Td>
              <Table.Td>{format.money(m.maxLoanSatang)}</Table.Td>
              <Table.Td>{m.maxTermMonths}</Table.Td>
              <Table.Td>{t(m.mayRefinance ? "debtCentre.yes" : "debtCentre.no")}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      <Text size="xs" c="dimmed">
        {t("debtCentre.funds.cashNote")}
      </Text>
    </Stack>
  );
}

const POSITIONS = ["chair", "secretary", "finance", "member"] as const;

function AddSeatForm({
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
  const [name, setName] = useState("");
  const [position, setPosition] = useState<string>("member");
  const [memberFundId, setMemberFundId] = useState("");
  const [termStart, setTermStart] = useState<string | null>(null);
  const [termEnd, setTermEnd] = useState<string | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) => centreCalls.addSeat(centre.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: centreKeys.detail(centre.id) });
      onDone();
    },
  });
  const server = fieldErrors(mutation.error, lang);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (name.trim() === "") next.name = t("debtCentre.funds.nameRequired");
    if (!termStart) next.termStart = t("debtCentre.form.dateRequired");
    if (!termEnd) next.termEnd = t("debtCentre.form.dateRequired");
    setLocal(next);
    if (Object.keys(next).length > 0) return;
    mutation.mutate({
      name: name.trim(),
      position,
      termStart,
      termEnd,
      ...(memberFundId ? { memberFundId } : {}),
    });
  };
  const err = (field: string) =>
    (local[field] ?? server[field]) ? (
      <Text size="xs" c="red" role="alert">
        {local[field] ?? server[field]}
      </Text>
    ) : null;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="seat-form">
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t("debtCentre.committee.name")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={local.name ?? server.name}
          />
          <NativeSelect
            label={t("debtCentre.committee.position")}
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value)}
            error={server.position}
            data={POSITIONS.map((p) => ({ value: p, label: t(`debtCentre.position.${p}`) }))}
          />
          <NativeSelect
            label={t("debtCentre.committee.represents")}
            value={memberFundId}
            onChange={(e) => setMemberFundId(e.currentTarget.value)}
            data={[{ value: "", label: "—" }, ...memberFunds.map((m) => ({ value: m.id, label: m.name }))]}
          />
          <div>
            <DateField
              label={t("debtCentre.committee.termStart")}
              value={termStart}
              onChange={setTermStart}
            />
            {err("termStart")}
          </div>
          <div>
            <DateField label={t("debtCentre.committee.termEnd")} value={termEnd} onChange={setTermEnd} />
            {err("termEnd")}
          </div>
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t("debtCentre.form.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function CommitteeTab({
  centre,
  committee,
  memberFunds,
}: {
  centre: Centre;
  committee: Seat[];
  memberFunds: MemberFund[];
}) {
  const { t } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const fundName = new Map(memberFunds.map((m) => [m.id, m.name]));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t("debtCentre.committee.title")}
        </Title>
        {can("funds.write") && (
          <Button variant="light" size="xs" onClick={() => setAdding((v) => !v)}>
            {t("debtCentre.committee.add")}
          </Button>
        )}
      </Group>
      {adding && <AddSeatForm centre={centre} memberFunds={memberFunds} onDone={() => setAdding(false)} />}
      <DataTable minWidth={640} striped data-testid="committee">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("debtCentre.committee.name")}</Table.Th>
            <Table.Th>{t("debtCentre.committee.position")}</Table.Th>
            <Table.Th>{t("debtCentre.committee.represents")}</Table.Th>
            <Table.Th>{t("debtCentre.committee.term")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {committee.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                {s.name}{" "}
                {!s.inOffice && (
                  <Badge size="xs" color="gray">
                    {t("debtCentre.committee.outOfOffice")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{t(`debtCentre.position.${s.position}`)}</Table.Td>
              <Table.Td>{s.memberFundId ? fundName.get(s.memberFundId) : "—"}</Table.Td>
              <Table.Td>
                {format.date(s.termStart)} – {format.date(s.termEnd)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
    </Stack>
  );
}

export function ParametersTab({ centre }: { centre: Centre }) {
  const { t } = useLanguage();
  const rows: Array<[string, string]> = [
    [t("debtCentre.params.rate"), `${(centre.rateBp / 100).toFixed(2)}% ${t("debtCentre.params.perYear")}`],
    [t("debtCentre.params.maxTerm"), `${centre.maxTermMonths} ${t("debtCentre.months")}`],
    [t("debtCentre.params.affordability"), `${(centre.affordabilityBp / 100).toFixed(2)}%`],
    [t("debtCentre.params.consolidate"), t(centre.consolidateByDefault ? "debtCentre.yes" : "debtCentre.no")],
    [t("debtCentre.params.relapseWindow"), `${centre.relapseWindowMonths} ${t("debtCentre.months")}`],
  ];
  return (
    <Paper withBorder p="md" data-testid="parameters">
      <Stack gap={6}>
        {rows.map(([label, value]) => (
          <Group key={label} justify="space-between" wrap="nowrap">
            <Text size="sm">{label}</Text>
            <Text size="sm" fw={600}>
              {value}
            </Text>
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          {t("debtCentre.params.note")}
        </Text>
      </Stack>
    </Paper>
  );
}
