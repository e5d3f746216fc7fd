// One loan in a list: borrower and class, contract number, principal, outstanding and next due date.
import { Group, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { Loan } from "../api";
import { liveLoanClass } from "../loan-class";
import { LoanClassBadge } from "./loan-class-badge";

interface LoanRowProps {
  loan: Loan;
  onOpen: () => void;
  /** An accessible name for the tap target, e.g. "open" or "choose". */
  actionLabel: string;
}

export function LoanRow({ loan, onOpen, actionLabel }: LoanRowProps) {
  const { t } = useLanguage();
  const format = useFormat();
  const outstanding = loan.outstandingPrincipalSatang + loan.outstandingInterestSatang;
  const live = liveLoanClass(loan, todayIso());
  return (
    <Paper withBorder p={0}>
      <UnstyledButton
        onClick={onOpen}
        w="100%"
        p="sm"
        aria-label={`${actionLabel}: ${loan.borrowerName} ${loan.loanNo}`}
        data-testid={`loan-row-${loan.loanNo}`}
      >
        <Stack gap={4}>
          <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <Text fw={700} style={{ minWidth: 0, overflowWrap: "anywhere" }} data-testid="loan-borrower">
              {loan.borrowerName}
            </Text>
            <LoanClassBadge loan={loan} loanClass={live.loanClass} />
          </Group>
          <Text size="sm" c="dimmed">
            {t("loans.contractNo")} {loan.loanNo} · {t("loans.principal")}{" "}
            {format.money(loan.principalSatang)}
          </Text>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm">
              {t("loans.outstanding")}: <b>{format.money(outstanding)}</b> {t("money.baht")}
            </Text>
            {loan.nextDueOn && (
              <Text size="sm" c={live.daysOverdue > 0 ? "red.8" : undefined}>
                {t("loans.nextDue")}: {format.date(loan.nextDueOn)}
                {live.daysOverdue > 0 && ` (${t("loans.daysPastDue", { days: live.daysOverdue })})`}
              </Text>
            )}
          </Group>
        </Stack>
      </UnstyledButton>
    </Paper>
  );
}
