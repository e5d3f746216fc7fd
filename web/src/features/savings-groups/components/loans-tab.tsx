// Member loans: the list, and the request form that shows the limit and every bylaw rule a request breaks before lending.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BeDateInput } from "../../../components/be-date-input";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { type GroupDetail, loansQuery, membersQuery, savingsCalls, savingsKeys } from "../api";
import { bahtToSatang, todayIso } from "./shared";

function LoanForm({ group }: { group: GroupDetail }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const members = useQuery(membersQuery(group.fundId));
  const active = (members.data?.items ?? []).filter((m) => m.status === "active");
  const [memberId, setMemberId] = useState("");
  const [amount, setAmount] = useState("");
  const [guarantorIds, setGuarantorIds] = useState<string[]>([]);
  const [count, setCount] = useState<number | string>(12);
  const [contractedOn, setContractedOn] = useState<string | null>(todayIso());
  const [resolutionRef, setResolutionRef] = useState("");
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState("");
  const amountSatang = bahtToSatang(amount) ?? 0;
  const request = { memberId, amountSatang, guarantorIds };
  const check = useMutation({ mutationFn: () => savingsCalls.checkLoan(group.fundId, request) });
  const lend = useMutation({
    mutationFn: () =>
      savingsCalls.lend(group.fundId, {
        ...request,
        instalmentCount: Number(count),
        contractedOn: contractedOn ?? "",
        resolutionRef,
        ...(override ? { override: { reason } } : {}),
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: savingsKeys.group(group.fundId) }),
  });
  const result = check.data;
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={4}>{t("savings.loan.request")}</Title>
        <Group grow align="flex-end">
          <NativeSelect
            label={t("savings.loan.borrower")}
            value={memberId}
            onChange={(e) => {
              setMemberId(e.currentTarget.value);
              check.reset();
            }}
            data={[
              { value: "", label: "—" },
              ...active.map((m) => ({ value: m.id, label: `${m.memberNo} ${m.name}` })),
            ]}
            data-testid="sg-loan-borrower"
          />
          <TextInput
            label={t("savings.loan.amount")}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            data-testid="sg-loan-amount"
          />
          <NumberInput
            label={t("savings.loan.instalments")}
            value={count}
            onChange={setCount}
            min={1}
            max={36}
            allowDecimal={false}
          />
          <BeDateInput
            label={t("savings.loan.contractedOn")}
            value={contractedOn}
            onChange={setContractedOn}
          />
        </Group>
        <Checkbox.Group label={t("savings.loan.guarantors")} value={guarantorIds} onChange={setGuarantorIds}>
          <Group gap="xs" mt={4}>
            {active
              .filter((m) => m.id !== memberId)
              .map((m) => (
                <Checkbox key={m.id} value={m.id} label={`${m.memberNo} ${m.name}`} />
              ))}
          </Group>
        </Checkbox.Group>
        <TextInput
          label={t("savings.loan.resolution")}
          value={resolutionRef}
          onChange={(e) => setResolutionRef(e.currentTarget.value)}
        />
        <Group>
          <Button
            variant="default"
            onClick={() => check.mutate()}
            loading={check.isPending}
            disabled={!memberId || amountSatang <= 0}
            data-testid="sg-loan-check"
          >
            {t("savings.loan.check")}
          </Button>
        </Group>
        <ErrorAlert error={check.error} />
        {result && (
          <Alert
            color={result.isAllowed ? "green" : "orange"}
            variant="light"
            data-testid="sg-loan-check-result"
          >
            <Text size="sm">
              {t("savings.loan.limit", {
                limit: format.money(result.limitSatang),
                savings: format.money(result.ownSavingsSatang),
                owed: format.money(result.outstandingSatang),
                available: format.money(result.availableSatang),
              })}
            </Text>
            <Text size="sm" fw={600}>
              {result.isAllowed ? t("savings.loan.allowed") : t("savings.loan.refused")}
            </Text>
            <List size="sm">
              {result.violations.map((v) => (
                <List.Item key={`${v.path}-${v.code}`}>
                  {v.path}: {lang === "en" ? v.en : v.th}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {group.can.overrideLoanRules && result && !result.isAllowed && (
          <Stack gap={4}>
            <Checkbox
              label={t("savings.loan.override")}
              checked={override}
              onChange={(e) => setOverride(e.currentTarget.checked)}
            />
            {override && (
              <TextInput
                label={t("savings.loan.overrideReason")}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            )}
          </Stack>
        )}
        <Group>
          <Button
            onClick={() => lend.mutate()}
            loading={lend.isPending}
            disabled={!memberId || amountSatang <= 0}
            data-testid="sg-loan-save"
          >
            {t("savings.loan.lend")}
          </Button>
        </Group>
        <ErrorAlert error={lend.error} />
        {lend.data && <Text c="green">{t("savings.loan.lent", { no: lend.data.loanNo })}</Text>}
      </Stack>
    </Paper>
  );
}

export function LoansTab({ group }: { group: GroupDetail }) {
  const { t } = useLanguage();
  const format = useFormat();
  const loans = useQuery(loansQuery(group.fundId));
  return (
    <Stack gap="sm">
      <ErrorAlert error={loans.error} />
      {loans.data?.items.length === 0 && <Text c="dimmed">{t("savings.loan.none")}</Text>}
      {loans.data && loans.data.items.length > 0 && (
        <DataTable minWidth={820} striped data-testid="sg-loans">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("savings.loan.no")}</Table.Th>
              <Table.Th>{t("savings.loan.borrower")}</Table.Th>
              <Table.Th>{t("savings.loan.contractedOn")}</Table.Th>
              <Table.Th ta="right">{t("savings.loan.amount")}</Table.Th>
              <Table.Th ta="right">{t("savings.loan.outstanding")}</Table.Th>
              <Table.Th>{t("savings.loan.guarantors")}</Table.Th>
              <Table.Th>{t("savings.loan.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loans.data.items.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <AnchorLink to="/loans/$loanId" params={{ loanId: l.loanId }}>
                    {l.loanNo}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  {l.memberNo} {l.name}
                </Table.Td>
                <Table.Td>{format.date(l.contractedOn)}</Table.Td>
                <Table.Td ta="right">{format.money(l.amountSatang)}</Table.Td>
                <Table.Td ta="right">{format.money(l.outstandingPrincipalSatang)}</Table.Td>
                <Table.Td>{l.guarantors.map((g) => `${g.memberNo} ${g.name}`).join(", ")}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="light">{t(`savings.loan.statusName.${l.status}`)}</Badge>
                    {l.overriddenRules.length > 0 && (
                      <Badge color="orange" variant="light" title={l.overrideReason ?? ""}>
                        {t("savings.loan.overridden")}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      {group.can.lend && <LoanForm group={group} />}
    </Stack>
  );
}
