// A centre's households by stage: surveyed, planned, repaying, debt-free and relapsed.
import { Badge, Group } from "@mantine/core";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { CentreCounts } from "../api";

const COUNT_KEYS = [
  "surveyedHouseholds",
  "plannedHouseholds",
  "repayingHouseholds",
  "debtFreeHouseholds",
  "relapsedHouseholds",
] as const;

export function CountBadges({ counts }: { counts: CentreCounts | undefined }) {
  const { t } = useLanguage();
  const format = useFormat();
  return (
    <Group gap={6} wrap="wrap">
      {COUNT_KEYS.map((key) => (
        <Badge
          key={key}
          variant="light"
          color={key === "debtFreeHouseholds" ? "green" : key === "relapsedHouseholds" ? "red" : "blue"}
          data-testid={`count-${key}`}
        >
          {t(`debtCentre.counts.${key}`)} {format.count(counts?.[key] ?? 0)}
        </Badge>
      ))}
    </Group>
  );
}
