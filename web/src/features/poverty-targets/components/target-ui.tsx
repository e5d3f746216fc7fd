// Small pieces shared by the target-list pages: match-kind and dimension badges, the source name, B.E. years.
import { Badge, Group } from "@mantine/core";
import { useLanguage } from "../../../lib/i18n";
import type { Dimension, MatchKind, SourceKind } from "../api";

const MATCH_COLORS: Record<MatchKind, string> = { exact_id: "green", address_name: "blue", none: "orange" };

export function MatchBadge({ kind }: { kind: MatchKind }) {
  const { t } = useLanguage();
  return (
    <Badge color={MATCH_COLORS[kind]} variant="light" data-testid={`match-${kind}`}>
      {t(`povertyTargets.match.${kind}`)}
    </Badge>
  );
}

export function DimensionBadges({ dimensions }: { dimensions: readonly Dimension[] | null }) {
  const { t } = useLanguage();
  if (dimensions === null || dimensions.length === 0) return <>–</>;
  return (
    <Group gap={4}>
      {dimensions.map((d) => (
        <Badge key={d} color="red" variant="outline" size="sm">
          {t(`povertyTargets.dimension.${d}`)}
        </Badge>
      ))}
    </Group>
  );
}

export function useSourceName(): (kind: SourceKind, agency: string | null) => string {
  const { t } = useLanguage();
  return (kind, agency) => (kind === "agency" && agency ? agency : t(`povertyTargets.source.${kind}`));
}
