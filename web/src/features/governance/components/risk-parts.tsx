// Small pieces of the risk pages: the band badge, the factors with their sentences, and the score history as a plain SVG line.
import { Badge, Group, Progress, Stack, Text } from "@mantine/core";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { FundRiskDetail, RiskBand, RiskFactor } from "../api";

const BAND_COLOR: Record<RiskBand, string> = { low: "teal", medium: "yellow", high: "red" };

export function RiskBadge({ band, score }: { band: RiskBand; score: number }) {
  const { t } = useLanguage();
  return (
    <Badge color={BAND_COLOR[band]} variant="light" data-testid="risk-badge">
      {t(`governance.band.${band}`)} · {score}
    </Badge>
  );
}

/** The factors, the ones that cost points first; `onlyScored` hides the others. */
export function FactorList({ factors, onlyScored = false }: { factors: RiskFactor[]; onlyScored?: boolean }) {
  const { lang } = useLanguage();
  const shown = onlyScored ? factors.filter((f) => f.points > 0) : factors;
  return (
    <Stack gap={6}>
      {shown.map((f) => (
        <Group key={f.key} gap="xs" wrap="nowrap" align="flex-start" data-testid={`factor-${f.key}`}>
          <Text size="sm" fw={700} w={48} ta="right" c={f.points > 0 ? "red.8" : "dimmed"}>
            +{f.points}
          </Text>
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm" fw={500}>
              {lang === "en" ? f.nameEn : f.nameTh}{" "}
              <Text span size="xs" c="dimmed">
                ({f.points}/{f.maxPoints})
              </Text>
            </Text>
            <Text size="sm" c="dimmed">
              {lang === "en" ? f.explanationEn : f.explanationTh}
            </Text>
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}

export function ScoreBar({ score, max, band }: { score: number; max: number; band: RiskBand }) {
  return <Progress value={max > 0 ? (score * 100) / max : 0} color={BAND_COLOR[band]} size="lg" />;
}

/** Score per scored day, oldest left; the band thresholds are not drawn (they are in the legend text). */
export function RiskHistoryChart({ history }: { history: FundRiskDetail["history"] }) {
  const { t } = useLanguage();
  const format = useFormat();
  const points = [...history].reverse();
  if (points.length < 2)
    return (
      <Text size="sm" c="dimmed">
        {t("governance.risk.historyShort")}
      </Text>
    );
  const width = 600;
  const height = 120;
  const x = (i: number) => (i * width) / (points.length - 1);
  const y = (score: number) => height - (Math.min(100, score) * height) / 100;
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return (
    <Stack gap={4}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
        role="img"
        aria-label={t("governance.risk.historyLabel", {
          from: format.date(first.asOf),
          to: format.date(last.asOf),
        })}
        preserveAspectRatio="none"
        data-testid="risk-history-chart"
      >
        <rect x={0} y={y(100)} width={width} height={y(50) - y(100)} fill="var(--mantine-color-red-0)" />
        <rect x={0} y={y(50)} width={width} height={y(25) - y(50)} fill="var(--mantine-color-yellow-0)" />
        <polyline points={line} fill="none" stroke="var(--mantine-color-blue-7)" strokeWidth={2} />
      </svg>
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {format.date(first.asOf)}
        </Text>
        <Text size="xs" c="dimmed">
          {format.date(last.asOf)}
        </Text>
      </Group>
    </Stack>
  );
}
