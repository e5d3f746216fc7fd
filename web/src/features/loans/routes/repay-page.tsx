// Quick repayment entry for a phone: find the borrower, take the amount due today (pre-filled), confirm once.
// The Idempotency-Key is kept for one intended payment, so a double tap or a retry records it once.
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { NotFoundPage, PageLoader } from "../../../components/status-page";
import { isApiError } from "../../../lib/api";
import { todayIso, useFormat } from "../../../lib/format";
import { type FundDetail, fundDetailQuery, fundKeys, holdsAny, ledgerKeys } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { createIdempotencyKeeper } from "../../../lib/idempotency";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput, satangToInput } from "../../../lib/money-input";
import {
  type LoanDetail,
  loanDetailQuery,
  loanKeys,
  type RepaymentBody,
  type RepaymentResult,
  recordRepayment,
} from "../api";
import { LoanList } from "../components/loan-list";

const route = getRouteApi("/signed-in/funds/$fundId/repay");

export function RepayPage() {
  const { fundId } = route.useParams();
  const { loan: loanId } = route.useSearch();
  const { t } = useLanguage();
  const navigate = useNavigate();
  const fund = useQuery(fundDetailQuery(fundId));
  if (fund.isPending) return <PageLoader />;
  if (fund.isError) {
    if (isApiError(fund.error) && (fund.error.status === 404 || fund.error.status === 400))
      return <NotFoundPage />;
    return <ErrorAlert error={fund.error} />;
  }
  const pick = (id: string | undefined) =>
    void navigate({ to: "/funds/$fundId/repay", params: { fundId }, search: { loan: id } });
  return (
    <Stack gap="sm" maw={560} mx="auto">
      <div>
        <Title order={2} size="h3" data-testid="repay-title">
          {t("repayment.title")}
        </Title>
        <AnchorLink to="/funds/$fundId/loans" params={{ fundId }} size="sm">
          {fund.data.fund.name}
        </AnchorLink>
      </div>
      {!holdsAny(fund.data, ["secretary", "finance"]) && (
        <Alert color="yellow" variant="light">
          {t("repayment.noSeat")}
        </Alert>
      )}
      {loanId ? (
        <LoanRepayment key={loanId} fund={fund.data} loanId={loanId} onChangeLoan={() => pick(undefined)} />
      ) : (
        <LoanList
          fundId={fundId}
          status="active"
          autoFocus
          actionLabel={t("repayment.choose")}
          onOpen={(loan) => pick(loan.id)}
          searchTestId="repay-search"
        />
      )}
    </Stack>
  );
}

function LoanRepayment({
  fund,
  loanId,
  onChangeLoan,
}: {
  fund: FundDetail;
  loanId: string;
  onChangeLoan: () => void;
}) {
  const detail = useQuery(loanDetailQuery(loanId));
  const [result, setResult] = useState<RepaymentResult | null>(null);
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  if (result) return <Receipt result={result} onNext={onChangeLoan} />;
  return <RepayForm fund={fund} detail={detail.data} onChangeLoan={onChangeLoan} onDone={setResult} />;
}

interface Choice<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

/** A row of big toggle buttons (a radio group): lighter than SegmentedControl, easy to tap on a phone. */
function ChoiceButtons<T extends string>(props: {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: Choice<T>[];
  testId?: string;
}) {
  return (
    <div role="radiogroup" aria-label={props.label} data-testid={props.testId}>
      <Text size="sm" fw={500} mb={4}>
        {props.label}
      </Text>
      <Group gap="xs" grow wrap="nowrap">
        {props.options.map((o) => (
          <Button
            key={o.value}
            role="radio"
            aria-checked={props.value === o.value}
            variant={props.value === o.value ? "filled" : "default"}
            size="md"
            disabled={o.disabled}
            onClick={() => props.onChange(o.value)}
            styles={{ label: { whiteSpace: "normal", textAlign: "center" } }}
          >
            {o.label}
          </Button>
        ))}
      </Group>
    </div>
  );
}

/** The amount to suggest: what has fallen due, or else the next unpaid instalment. */
function suggested(detail: LoanDetail): { amountSatang: number; dueOn: string | null } {
  if (detail.dueToday.totalSatang > 0) return { amountSatang: detail.dueToday.totalSatang, dueOn: null };
  const next = detail.schedule.find((i) => i.unpaidSatang > 0);
  return next ? { amountSatang: next.unpaidSatang, dueOn: next.dueOn } : { amountSatang: 0, dueOn: null };
}

interface RepayFormProps {
  fund: FundDetail;
  detail: LoanDetail;
  onChangeLoan: () => void;
  onDone: (result: RepaymentResult) => void;
}

function RepayForm({ fund, detail, onChangeLoan, onDone }: RepayFormProps) {
  const { t } = useLanguage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [keeper] = useState(createIdempotencyKeeper);
  const suggestion = suggested(detail);
  const [amount, setAmount] = useState(
    suggestion.amountSatang > 0 ? satangToInput(suggestion.amountSatang) : "",
  );
  const [closeLoan, setCloseLoan] = useState(false);
  const [paidOn, setPaidOn] = useState<string>(todayIso());
  const [changingDate, setChangingDate] = useState(false);
  const banks = fund.bankAccounts.filter((b) => b.status === "active");
  const canBank = banks.length > 0 && holdsAny(fund, ["finance"]);
  const [method, setMethod] = useState<"cash" | "bank">("cash");
  const [bankAccountId, setBankAccountId] = useState(banks[0]?.id ?? "");
  const [amountError, setAmountError] = useState<string | undefined>();
  const { loan } = detail;
  const parsed = parseBahtInput(amount);

  const mutation = useMutation({
    mutationFn: ({ body, key }: { body: RepaymentBody; key: string }) => recordRepayment(loan.id, body, key),
    onSuccess: async (result) => {
      keeper.reset();
      onDone(result);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: loanKeys.all }),
        queryClient.invalidateQueries({ queryKey: ledgerKeys.all(loan.fundId) }),
        queryClient.invalidateQueries({ queryKey: fundKeys.health(loan.fundId) }),
      ]);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!parsed.ok) {
      setAmountError(
        parsed.error === "empty" || parsed.error === "zero" ? t("repayment.amountRequired") : t(parsed.error),
      );
      return;
    }
    if (parsed.value > detail.outstanding.totalSatang) {
      setAmountError(
        t("repayment.overOutstanding", { amount: format.money(detail.outstanding.totalSatang) }),
      );
      return;
    }
    setAmountError(undefined);
    const body: RepaymentBody = { amountSatang: parsed.value, paidOn, method };
    if (method === "bank") body.bankAccountId = bankAccountId;
    if (closeLoan) body.closeLoan = true;
    mutation.mutate({ body, key: keeper.keyFor({ loanId: loan.id, ...body }) });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="repay-form">
      <Stack gap="sm">
        <Paper withBorder p="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <div style={{ minWidth: 0 }}>
              <Text fw={700} size="lg" data-testid="repay-borrower" style={{ overflowWrap: "anywhere" }}>
                {loan.borrowerName}
              </Text>
              <Text size="sm" c="dimmed">
                {t("loans.contractNo")} {loan.loanNo}
              </Text>
              <Text size="sm">
                {t("loans.outstanding")}: <b>{format.money(detail.outstanding.totalSatang)}</b>{" "}
                {t("money.baht")}
              </Text>
            </div>
            <Button variant="subtle" size="compact-sm" onClick={onChangeLoan} style={{ flexShrink: 0 }}>
              {t("repayment.change")}
            </Button>
          </Group>
        </Paper>

        <Text size="md" data-testid="repay-due-today">
          {detail.dueToday.totalSatang > 0
            ? t("repayment.dueTodayIs", { amount: format.money(detail.dueToday.totalSatang) })
            : suggestion.dueOn
              ? t("repayment.nothingDue", {
                  date: format.date(suggestion.dueOn),
                  amount: format.money(suggestion.amountSatang),
                })
              : t("repayment.nothingOutstanding")}
        </Text>

        <TextInput
          size="xl"
          label={t("repayment.amount")}
          value={amount}
          onChange={(e) => {
            setAmount(e.currentTarget.value);
            setCloseLoan(false);
          }}
          onFocus={(e) => e.currentTarget.select()}
          inputMode="decimal"
          autoComplete="off"
          enterKeyHint="done"
          placeholder="0.00"
          rightSection={<Text size="sm">{t("money.baht")}</Text>}
          rightSectionWidth={56}
          error={amountError}
          styles={{ input: { fontSize: 28, fontWeight: 700, textAlign: "right" } }}
          data-testid="repay-amount"
        />
        {detail.payoff &&
          detail.payoff.payoffSatang > 0 &&
          detail.payoff.payoffSatang !== suggestion.amountSatang && (
            <Group gap="xs">
              {suggestion.amountSatang > 0 && (
                <Button
                  variant="light"
                  size="compact-md"
                  onClick={() => {
                    setAmount(satangToInput(suggestion.amountSatang));
                    setCloseLoan(false);
                  }}
                >
                  {t("repayment.useDue", { amount: format.money(suggestion.amountSatang) })}
                </Button>
              )}
              <Button
                variant="light"
                size="compact-md"
                onClick={() => {
                  setAmount(satangToInput(detail.payoff?.payoffSatang ?? 0));
                  setCloseLoan(true);
                }}
              >
                {t("repayment.usePayoff", { amount: format.money(detail.payoff.payoffSatang) })}
              </Button>
            </Group>
          )}

        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="md">
            {t("repayment.paidOn")}: <b>{format.date(paidOn)}</b>
            {paidOn === todayIso() && ` (${t("repayment.today")})`}
          </Text>
          {!changingDate && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setChangingDate(true)}
              style={{ flexShrink: 0 }}
            >
              {t("repayment.changeDate")}
            </Button>
          )}
        </Group>
        {changingDate && (
          <DateField
            label={t("repayment.paidOn")}
            value={paidOn}
            onChange={(v) => setPaidOn(v ?? todayIso())}
            maxDate={todayIso()}
          />
        )}

        <ChoiceButtons
          label={t("repayment.method")}
          value={method}
          onChange={setMethod}
          options={[
            { value: "cash", label: t("repayment.cash") },
            { value: "bank", label: t("repayment.bank"), disabled: !canBank },
          ]}
          testId="repay-method"
        />
        {method === "bank" && banks.length > 1 && (
          <ChoiceButtons
            label={t("repayment.bankAccount")}
            value={bankAccountId}
            onChange={setBankAccountId}
            options={banks.map((b) => ({ value: b.id, label: `${b.bankName} ${b.accountNo}` }))}
          />
        )}

        <ErrorAlert error={mutation.error} />
        <Button
          type="submit"
          size="xl"
          fullWidth
          loading={mutation.isPending}
          disabled={detail.outstanding.totalSatang === 0}
          data-testid="repay-confirm"
        >
          {parsed.ok
            ? t("repayment.confirmAmount", { amount: format.money(parsed.value) })
            : t("repayment.confirm")}
        </Button>
      </Stack>
    </form>
  );
}

function Receipt({ result, onNext }: { result: RepaymentResult; onNext: () => void }) {
  const { t } = useLanguage();
  const format = useFormat();
  const { repayment, loan } = result;
  const outstanding = loan.outstandingPrincipalSatang + loan.outstandingInterestSatang;
  return (
    <Stack gap="sm" data-testid="repay-receipt">
      <Paper withBorder p="md" bg="teal.0" role="status">
        <Stack gap={4} align="center">
          <Text c="teal.9" fw={700}>
            ✓ {t("repayment.saved")}
          </Text>
          <Text size="sm">{t("loans.receipts.no")}</Text>
          <Text fw={700} fz={32} data-testid="receipt-no" lh={1.2}>
            {repayment.receiptNo}
          </Text>
          <Text size="md">
            {loan.borrowerName} · {format.money(repayment.amountSatang)} {t("money.baht")}
          </Text>
          <Text size="sm" c="dimmed">
            {format.date(repayment.paidOn)} ·{" "}
            {repayment.method === "bank" ? t("repayment.bank") : t("repayment.cash")}
          </Text>
          <Text size="md" mt="xs" data-testid="receipt-outstanding">
            {loan.status === "closed"
              ? t("repayment.loanClosed")
              : t("repayment.newOutstanding", { amount: format.money(outstanding) })}
          </Text>
        </Stack>
      </Paper>
      <Button size="lg" fullWidth onClick={onNext} data-testid="repay-next">
        {t("repayment.next")}
      </Button>
      <ButtonLink to="/loans/$loanId" params={{ loanId: loan.id }} variant="light" fullWidth>
        {t("repayment.viewLoan")}
      </ButtonLink>
    </Stack>
  );
}
