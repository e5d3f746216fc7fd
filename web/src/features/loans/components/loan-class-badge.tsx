// A loan's classification (ปกติ, ใกล้ครบกำหนด, ค้างชำระ …, ผ่อนผัน, ตัดหนี้สูญ) as a coloured badge.
import { Badge } from "@mantine/core";
import { useLanguage } from "../../../lib/i18n";
import type { Loan, LoanClass } from "../api";

const CLASS_STYLE: Record<LoanClass, { color: string; variant: "light" | "filled" | "outline" }> = {
  current: { color: "teal", variant: "light" },
  due_soon: { color: "yellow", variant: "light" },
  overdue_1_30: { color: "orange", variant: "light" },
  overdue_31_90: { color: "red", variant: "light" },
  overdue_91_365: { color: "red", variant: "filled" },
  overdue_over_365: { color: "dark", variant: "filled" },
  postponed: { color: "blue", variant: "light" },
  closed: { color: "gray", variant: "light" },
  written_off: { color: "dark", variant: "outline" },
};

const isLoanClass = (value: string | null): value is LoanClass => value !== null && value in CLASS_STYLE;

/** The class the daily job gave the loan, or its status when it has none (not yet classified, closed …). */
export function loanClassOf(loan: Pick<Loan, "classification" | "status">): LoanClass | null {
  if (loan.status === "closed") return "closed";
  if (loan.status === "written_off") return "written_off";
  return isLoanClass(loan.classification) ? loan.classification : null;
}

interface LoanClassBadgeProps {
  loan: Pick<Loan, "classification" | "status">;
  /** A class computed live (the loan page); otherwise the daily job's. */
  loanClass?: LoanClass | null | undefined;
}

export function LoanClassBadge({ loan, loanClass: live }: LoanClassBadgeProps) {
  const { t } = useLanguage();
  const loanClass = live === undefined ? loanClassOf(loan) : live;
  if (!loanClass) {
    return (
      <Badge color="gray" variant="outline" style={{ textTransform: "none" }}>
        {t(`loans.status.${loan.status}`, { defaultValue: loan.status })}
      </Badge>
    );
  }
  const style = CLASS_STYLE[loanClass];
  return (
    <Badge
      color={style.color}
      variant={style.variant}
      style={{ textTransform: "none" }}
      data-testid="loan-class"
    >
      {t(`loans.class.${loanClass}`)}
    </Badge>
  );
}
