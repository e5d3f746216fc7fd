// The payment voucher of a contract (ใบสำคัญจ่ายเงินยืม): the finance member issues it from cash (paid at
// once) or from the bank (a withdrawal the signatories approve first, then "pay"); the chair or the finance
// member may cancel one not yet paid.
import {
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { PrintButton } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { kkjCalls, kkjKeys, pendingWithdrawalsQuery, type Voucher, type VoucherBody } from "../api";
import { Fact, positionName, useBaht, useKkjAccess } from "./kkj-ui";

function useAfterVoucher(fundId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: kkjKeys.all(fundId) }),
      queryClient.invalidateQueries({ queryKey: ["kkj-household"] }),
      queryClient.invalidateQueries({ queryKey: ["ledger", fundId] }),
      queryClient.invalidateQueries({ queryKey: ["loans"] }),
    ]);
}

export function IssueVoucherForm({ fundId, contractId }: { fundId: string; contractId: string }) {
  const { t } = useLanguage();
  const access = useKkjAccess(fundId);
  const after = useAfterVoucher(fundId);
  const accounts = (access.detail?.bankAccounts ?? []).filter((a) => a.status === "active");
  const [source, setSource] = useState<"cash" | "bank">("bank");
  const [bankAccountId, setBankAccountId] = useState("");
  const [paidOn, setPaidOn] = useState<string | null>(null);
  const chosenAccount = bankAccountId || accounts[0]?.id || "";
  const mutation = useMutation({
    mutationFn: (body: VoucherBody) => kkjCalls.issueVoucher(fundId, body),
    onSuccess: after,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate({
      contractId,
      source,
      ...(source === "bank" && chosenAccount ? { bankAccountId: chosenAccount } : {}),
      ...(paidOn ? { paidOn } : {}),
    });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="voucher-form">
      <Stack gap="sm">
        <Title order={4}>{t("kkjContract.voucher.issue")}</Title>
        <ErrorAlert error={mutation.error} />
        <Radio.Group
          label={t("kkjContract.voucher.source")}
          value={source}
          onChange={(v) => setSource(v as "cash" | "bank")}
        >
          <Stack gap={6} mt={4}>
            <Radio value="bank" label={t("kkjContract.voucher.fromBank")} />
            <Radio value="cash" label={t("kkjContract.voucher.fromCash")} />
          </Stack>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {source === "bank" && (
            <NativeSelect
              label={t("kkjContract.voucher.bankAccount")}
              value={chosenAccount}
              onChange={(e) => setBankAccountId(e.currentTarget.value)}
              data={accounts.map((a) => ({ value: a.id, label: `${a.bankName} ${a.accountNo}` }))}
            />
          )}
          <DateField
            label={t(source === "cash" ? "kkjContract.voucher.paidOnCash" : "kkjContract.voucher.paidOnBank")}
            value={paidOn}
            onChange={setPaidOn}
            maxDate={todayIso()}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t(source === "cash" ? "kkjContract.voucher.cashHint" : "kkjContract.voucher.bankHint")}
        </Text>
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="voucher-submit">
            {t("kkjContract.voucher.issueSubmit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

const VOUCHER_COLOR: Record<string, string> = { pending: "yellow", paid: "teal", cancelled: "gray" };

function PendingWithdrawal({ fundId, voucher }: { fundId: string; voucher: Voucher }) {
  const { t } = useLanguage();
  const format = useFormat();
  const access = useKkjAccess(fundId);
  const after = useAfterVoucher(fundId);
  const withdrawals = useQuery(pendingWithdrawalsQuery(fundId));
  const approve = useMutation({
    mutationFn: (id: string) => kkjCalls.approveWithdrawal(fundId, id),
    onSuccess: after,
  });
  if (withdrawals.isPending) return <Loader size="xs" />;
  const w = withdrawals.data?.items.find((x) => x.id === voucher.bankWithdrawalId);
  if (!w) return null;
  const approvedByMe = w.approvals.some((a) => a.userId === access.me.id);
  return (
    <Paper withBorder p="sm" bg="yellow.0" data-testid="voucher-withdrawal">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t("kkjContract.voucher.withdrawalPending")}
        </Text>
        <Text size="xs" c="dimmed">
          {w.description}
        </Text>
        <Group gap={4}>
          {w.approvals.map((a) => (
            <Badge key={`${a.userId}-${a.position}`} variant="light" color="teal">
              ✓ {positionName(t, a.position)} {format.dateTime(a.approvedAt)}
            </Badge>
          ))}
        </Group>
        {w.missing.count > 0 && (
          <Text size="sm" c="orange.8" data-testid="voucher-missing">
            {t("kkjContract.voucher.missing", { count: w.missing.count })}
            {w.missing.positions.length > 0 &&
              ` ${t("kkjContract.voucher.missingPositions", { positions: w.missing.positions.map((p) => positionName(t, p)).join(", ") })}`}
          </Text>
        )}
        <ErrorAlert error={approve.error ?? withdrawals.error} />
        {access.isCommittee && !approvedByMe && (
          <Button
            size="xs"
            style={{ alignSelf: "flex-start" }}
            loading={approve.isPending}
            onClick={() => approve.mutate(w.id)}
            data-testid="voucher-approve"
          >
            {t("kkjContract.voucher.approve")}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

export function VoucherCard({ fundId, voucher }: { fundId: string; voucher: Voucher }) {
  const { t } = useLanguage();
  const format = useFormat();
  const baht = useBaht();
  const access = useKkjAccess(fundId);
  const after = useAfterVoucher(fundId);
  const [paidOn, setPaidOn] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const pay = useMutation({
    mutationFn: () => kkjCalls.payVoucher(fundId, voucher.id, paidOn ?? undefined),
    onSuccess: after,
  });
  const cancel = useMutation({
    mutationFn: () => kkjCalls.cancelVoucher(fundId, voucher.id, reason.trim()),
    onSuccess: after,
  });
  const pending = voucher.status === "pending";
  const posted = voucher.withdrawalStatus === "posted";
  return (
    <Paper withBorder p="md" data-testid="voucher-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={4}>{t("kkjContract.voucher.title", { no: voucher.voucherNo })}</Title>
          <Group gap="xs">
            <PrintButton href={`/api/funds/${fundId}/kkj/vouchers/${voucher.id}/pdf`} testId="voucher-pdf" />
            <Badge
              color={VOUCHER_COLOR[voucher.status] ?? "gray"}
              variant="light"
              data-testid="voucher-status"
            >
              {t(`kkjContract.voucher.status.${voucher.status}`, { defaultValue: voucher.status })}
            </Badge>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Fact label={t("kkjContract.voucher.payee")}>{voucher.borrowerName}</Fact>
          <Fact label={t("kkjContract.voucher.amount")}>
            {baht(voucher.amountSatang)}
            <Text size="xs" c="dimmed">
              ({voucher.amountWords})
            </Text>
          </Fact>
          <Fact label={t("kkjContract.voucher.source")}>
            {t(voucher.source === "cash" ? "kkjContract.voucher.fromCash" : "kkjContract.voucher.fromBank")}
          </Fact>
          <Fact label={t("kkjContract.voucher.paidOn")}>
            {voucher.paidOn ? format.date(voucher.paidOn) : "–"}
          </Fact>
        </SimpleGrid>
        {pending && voucher.source === "bank" && voucher.withdrawalStatus === "pending" && (
          <PendingWithdrawal fundId={fundId} voucher={voucher} />
        )}
        {pending && posted && (
          <Text size="sm" c="teal.8">
            {t("kkjContract.voucher.withdrawalPosted")}
          </Text>
        )}
        <ErrorAlert error={pay.error ?? cancel.error} />
        {pending && access.isFinance && posted && (
          <Group align="flex-end">
            <DateField
              label={t("kkjContract.voucher.paidOnCash")}
              value={paidOn}
              onChange={setPaidOn}
              maxDate={todayIso()}
            />
            <Button loading={pay.isPending} onClick={() => pay.mutate()} data-testid="voucher-pay">
              {t("kkjContract.voucher.pay")}
            </Button>
          </Group>
        )}
        {pending && (access.isChair || access.isFinance) && !cancelling && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            style={{ alignSelf: "flex-start" }}
            onClick={() => setCancelling(true)}
          >
            {t("kkjContract.voucher.cancel")}
          </Button>
        )}
        {cancelling && (
          <Group align="flex-end">
            <TextInput
              label={t("kkjContract.voucher.cancelReason")}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={500}
              required
              style={{ flex: 1 }}
            />
            <Button
              color="red"
              loading={cancel.isPending}
              disabled={reason.trim() === ""}
              onClick={() => cancel.mutate()}
            >
              {t("kkjContract.voucher.cancelConfirm")}
            </Button>
            <Button variant="subtle" color="gray" onClick={() => setCancelling(false)}>
              {t("common.cancel")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
