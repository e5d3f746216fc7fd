// Small shared pieces of the poverty-case pages: the section tabs, stage badges, programme-year choices.
import { Badge, Group } from "@mantine/core";
import { ButtonLink } from "../../../components/router-links";
import { currentBuddhistYear, todayIso } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useMe } from "../../../lib/session";
import type { Stage } from "../api";

const STAGE_COLOURS: Record<Stage, string> = {
  survive: "orange",
  sufficient: "yellow",
  sustainable: "green",
};

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useLanguage();
  return (
    <Badge color={STAGE_COLOURS[stage]} variant="light">
      {t(`povertyCases.stage.${stage}`)}
    </Badge>
  );
}

/** The current programme (fiscal) year B.E.: October starts the next one. */
export function currentProgrammeYear(): number {
  return currentBuddhistYear() + (Number(todayIso().slice(5, 7)) >= 10 ? 1 : 0);
}

export const programmeYears = (): number[] => Array.from({ length: 6 }, (_, k) => currentProgrammeYear() - k);

export function PovertyTabs({
  active,
  canConfigure,
}: {
  active: "cases" | "progress" | "agencies";
  canConfigure: boolean;
}) {
  const { t } = useLanguage();
  const me = useMe();
  // Mentor and agency accounts see their own households only, never an area's figures.
  const seesProgress = me.role !== "mentor" && me.role !== "agency_officer";
  const tabs = [
    { key: "cases", to: "/poverty/cases" },
    ...(seesProgress ? [{ key: "progress", to: "/poverty/progress" }] : []),
    ...(canConfigure ? [{ key: "agencies", to: "/poverty/agencies" }] : []),
  ] as const;
  return (
    <Group gap="xs" mb="sm">
      {tabs.map((tab) => (
        <ButtonLink key={tab.key} to={tab.to} size="xs" variant={active === tab.key ? "filled" : "light"}>
          {t(`povertyCases.tabs.${tab.key}`)}
        </ButtonLink>
      ))}
    </Group>
  );
}
