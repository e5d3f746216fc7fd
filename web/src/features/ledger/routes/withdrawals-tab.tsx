// The withdrawals tab: requests with their approvals and what is still missing; approve, cancel, request.
import { Badge, Button, Group, Loader, Paper, SegmentedControl, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { useFormat } from "../../../lib/format";
import { type FundDetail, fundDetailQuery, holdsAny } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { useMe } from "../../../lib/session";
import {
  approveWithdrawal,
  cancelWithdrawal,
  ledgerKeys,
  type Withdrawal,
  type WithdrawalStatus,
  withdrawalsQuery,
} from "../api";

const route = getRouteApi("/signed-in/funds/$fundId/withdrawals");

// The request form loads when opened (finance member only).
const WithdrawalForm = lazy(() =>
  import("../components/withdrawal-form").then((m) => ({ default: m.WithdrawalForm })),
);

const STATUS_COLOR: Record<WithdrawalStatus, string> = {
  pending: "yellow",
  posted: "teal",
  cancelled: "gray",
};

function WithdrawalCard({ w, detail }: { w: Withdrawal; detail: FundDetail }) {
  const { t } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: ledgerKeys.all(detail.fund.id) });
  const approve = useMutation({ mutationFn: () => approveWithdrawal(detail.fund.id, w.id), onSuccess: done });
  const cancel = useMutation({ mutationFn: () => cancelWithdrawal(detail.fund.id, w.id), onSuccess: done });
  const bankLabel = (id: string | null) => {
    const b = detail.bankAccounts.find((a) => a.id === id);
    return b ? `${b.bankName} ${b.accountNo}` : "–";
  };
  const position = (p: string) => t(`funds.positionName.${p}`, { defaultValue: p });
  const pending = w.status === "pending";
  const approvedByMe = w.approvals.some((a) => a.userId === me.id);
  return (
    <Paper withBorder p="sm" data-testid="withdrawal-card">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={700}>
              {format.money(w.amountSatang)} {t("money.baht")}
            </Text>
            <Text size="sm">{w.description}</Text>
          </div>
          <Badge color={STATUS_COLOR[w.status]} variant="light">
            {t(`ledger.withdrawal.status.${w.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t("ledger.withdrawal.fromTo", {
            from: bankLabel(w.bankAccountId),
            to: w.to.kind === "cash" ? t("ledger.withdrawal.toCash") : bankLabel(w.to.bankAccountId),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {t("ledger.withdrawal.requestedAt", { at: format.dateTime(w.createdAt) })}
          {w.entryDate ? ` · ${t("ledger.withdrawal.entryDate", { date: format.date(w.entryDate) })}` : ""}
        </Text>
        <Group gap={4}>
          {w.approvals.map((a) => (
            <Badge key={`${a.userId}-${a.position}`} variant="light" color="teal">
              ✓ {position(a.position)} {format.dateTime(a.approvedAt)}
            </Badge>
          ))}
        </Group>
        {pending && w.missing.count > 0 && (
          <Text size="sm" c="orange.8" data-testid="withdrawal-missing">
            {t("ledger.withdrawal.missing", { count: w.missing.count })}
            {w.missing.positions.length > 0 &&
              ` ${t("ledger.withdrawal.missingPositions", { positions: w.missing.positions.map(position).join(", ") })}`}
          </Text>
        )}
        <ErrorAlert error={approve.error ?? cancel.error} />
        {pending && detail.myPositions.length > 0 && (
          <Group gap="xs">
            {!approvedByMe && (
              <Button
                onClick={() => approve.mutate()}
                loading={approve.isPending}
                data-testid="withdrawal-approve"
              >
                {t("ledger.withdrawal.approve")}
              </Button>
            )}
            {holdsAny(detail, ["chair", "finance"]) && (
              <Button variant="light" color="red" onClick={() => cancel.mutate()} loading={cancel.isPending}>
                {t("ledger.withdrawal.cancel")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export function WithdrawalsTab() {
  const { fundId } = route.useParams();
  const { t, lang } = useLanguage();
  const [status, setStatus] = useState<WithdrawalStatus | "">("pending");
  const [requesting, setRequesting] = useState(false);
  const detail = useQuery(fundDetailQuery(fundId));
  const list = useQuery(withdrawalsQuery(fundId, status));
  if (!detail.data) return null;
  return (
    <Stack gap="md">
      {holdsAny(detail.data, ["finance"]) && !requesting && (
        <Group>
          <Button onClick={() => setRequesting(true)} data-testid="withdrawal-add">
            {t("ledger.withdrawal.request")}
          </Button>
        </Group>
      )}
      {requesting && (
        <Suspense fallback={<Loader size="sm" />}>
          <WithdrawalForm detail={detail.data} onDone={() => setRequesting(false)} />
        </Suspense>
      )}
      <Group justify="space-between" align="center" wrap="wrap">
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(v as WithdrawalStatus | "")}
          data={[
            { value: "pending", label: t("ledger.withdrawal.status.pending") },
            { value: "posted", label: t("ledger.withdrawal.status.posted") },
            { value: "cancelled", label: t("ledger.withdrawal.status.cancelled") },
            { value: "", label: t("ledger.withdrawal.all") },
          ]}
          aria-label={t("ledger.withdrawal.filter")}
        />
        <ExportLinks
          href={`/api/funds/${fundId}/ledger/withdrawals/export`}
          query={{ status, lang }}
          testId="withdrawals-export"
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : list.data?.items.length === 0 ? (
        <Text c="dimmed">{t("ledger.withdrawal.none")}</Text>
      ) : (
        list.data?.items.map((w) => <WithdrawalCard key={w.id} w={w} detail={detail.data} />)
      )}
    </Stack>
  );
}
