// The bank accounts tab: each account with its signatories, withdrawal rule and approvals; open and approve.
import { Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { useFormat } from "../../../lib/format";
import {
  type BankAccount,
  type FundDetail,
  fundDetailQuery,
  fundKeys,
  holdsAny,
} from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/session";
import { approveBankAccount, bankAccountsQuery } from "../api";
import { Fact } from "../components/fact";

const route = getRouteApi("/signed-in/funds/$fundId/bank-accounts");

// The forms load when opened: only officers and committee officers use them.
const BankAccountForm = lazy(() =>
  import("../components/bank-account-form").then((m) => ({ default: m.BankAccountForm })),
);
const SignatoriesForm = lazy(() =>
  import("../components/signatories-form").then((m) => ({ default: m.SignatoriesForm })),
);

const APPROVERS = ["chair", "finance"] as const;

function useRuleText() {
  const { t } = useLanguage();
  return (account: BankAccount) => {
    const must = account.withdrawalRule.mustInclude.map((p) => t(`funds.positionName.${p}`)).join(", ");
    const count = t("fundAdmin.bank.ruleText", {
      required: account.withdrawalRule.required,
      total: account.signatories.length,
    });
    return must ? `${count} ${t("fundAdmin.bank.ruleMust", { positions: must })}` : count;
  };
}

function AccountCard({ account, detail }: { account: BankAccount; detail: FundDetail }) {
  const { t } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const ruleText = useRuleText();
  const queryClient = useQueryClient();
  const approve = useMutation({
    mutationFn: () => approveBankAccount(detail.fund.id, account.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundKeys.all }),
  });
  const can = useCan();
  const [changing, setChanging] = useState(false);
  const approvedByMe = account.approvals.some((a) => a.userId === me.id);
  const canChangeSignatories =
    account.status === "active" && (can("funds.write") || holdsAny(detail, ["chair"]));
  const canApprove = account.status === "pending" && !approvedByMe && holdsAny(detail, ["chair", "finance"]);
  return (
    <Paper withBorder p="sm" data-testid={`bank-account-${account.accountNo}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={700}>
              {account.bankName} {t("fundAdmin.bank.branchOf", { branch: account.branch })}
            </Text>
            <Text size="sm" ff="monospace">
              {account.accountNo}
            </Text>
            <Text size="sm" c="dimmed">
              {account.accountName}
            </Text>
          </div>
          <Badge color={account.status === "active" ? "teal" : "yellow"} variant="light">
            {t(`fundAdmin.bank.status.${account.status}`)}
          </Badge>
        </Group>
        <Fact label={t("fundAdmin.bank.rule")}>{ruleText(account)}</Fact>
        <Fact label={t("fundAdmin.bank.signatories")}>
          {account.signatories.map((s) => `${s.name} (${t(`funds.positionName.${s.position}`)})`).join(", ")}
        </Fact>
        {account.status === "pending" && (
          <Fact label={t("fundAdmin.bank.approvals")}>
            <Group gap={6}>
              {APPROVERS.map((p) => {
                const approval = account.approvals.find((a) => a.position === p);
                return (
                  <Badge key={p} color={approval ? "teal" : "gray"} variant={approval ? "light" : "outline"}>
                    {t(`funds.positionName.${p}`)}:{" "}
                    {approval ? format.dateTime(approval.approvedAt) : t("fundAdmin.bank.waiting")}
                  </Badge>
                );
              })}
            </Group>
          </Fact>
        )}
        <ErrorAlert error={approve.error} />
        {(canApprove || (canChangeSignatories && !changing)) && (
          <Group gap="xs">
            {canApprove && (
              <Button onClick={() => approve.mutate()} loading={approve.isPending} data-testid="bank-approve">
                {t("fundAdmin.bank.approve")}
              </Button>
            )}
            {canChangeSignatories && !changing && (
              <Button variant="light" onClick={() => setChanging(true)} data-testid="bank-signatories">
                {t("fundAdmin.bank.changeSignatories")}
              </Button>
            )}
          </Group>
        )}
        {changing && (
          <Suspense fallback={<Loader size="sm" />}>
            <SignatoriesForm detail={detail} account={account} onDone={() => setChanging(false)} />
          </Suspense>
        )}
      </Stack>
    </Paper>
  );
}

export function BankAccountsTab() {
  const { fundId } = route.useParams();
  const { t } = useLanguage();
  const can = useCan();
  const [opening, setOpening] = useState(false);
  const detail = useQuery(fundDetailQuery(fundId));
  const accounts = useQuery(bankAccountsQuery(fundId));
  if (!detail.data) return null;
  const canOpen = can("funds.write") || holdsAny(detail.data, ["chair", "secretary", "finance"]);
  return (
    <Stack gap="md">
      {canOpen && !opening && (
        <Group>
          <Button onClick={() => setOpening(true)} data-testid="bank-account-add">
            {t("fundAdmin.bank.open")}
          </Button>
        </Group>
      )}
      {opening && (
        <Suspense fallback={<Loader size="sm" />}>
          <BankAccountForm detail={detail.data} onDone={() => setOpening(false)} />
        </Suspense>
      )}
      <ErrorAlert error={accounts.error} />
      {accounts.isPending ? (
        <Loader size="sm" />
      ) : accounts.data?.items.length === 0 ? (
        <Text c="dimmed">{t("fundAdmin.bank.none")}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {accounts.data?.items.map((a) => (
            <AccountCard key={a.id} account={a} detail={detail.data} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
