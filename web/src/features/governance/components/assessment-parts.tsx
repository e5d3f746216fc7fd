// Pieces shared by the assessment pages: the level badge and the fiscal-year choice.
import { Badge, NativeSelect } from "@mantine/core";
import { useLanguage } from "../../../lib/i18n";
import { type AssessmentSummary, currentFiscalYear } from "../api";

const LEVEL_COLOR: Record<AssessmentSummary["level"], string> = {
  needs_improvement: "red",
  fair: "yellow",
  good: "teal",
};

export function LevelBadge({ a }: { a: Pick<AssessmentSummary, "level" | "percent" | "status"> }) {
  const { t } = useLanguage();
  return (
    <Badge
      color={LEVEL_COLOR[a.level]}
      variant={a.status === "submitted" ? "filled" : "light"}
      data-testid="level-badge"
    >
      {t(`governance.level.${a.level}`)} · {a.percent}%
    </Badge>
  );
}

export function FiscalYearSelect({
  value,
  onChange,
  testId,
}: {
  value: number;
  onChange: (year: number) => void;
  testId?: string;
}) {
  const { t } = useLanguage();
  const current = currentFiscalYear();
  return (
    <NativeSelect
      label={t("governance.fiscalYear")}
      value={String(value)}
      onChange={(e) => onChange(Number(e.currentTarget.value))}
      data={Array.from({ length: 6 }, (_, i) => current - i).map((y) => ({
        value: String(y),
        label: t("governance.fiscalYearOption", { year: y }),
      }))}
      data-testid={testId}
    />
  );
}
