// The selected measure over the fiscal years as a small hand-drawn SVG bar chart (no chart library), B.E. years under the bars.
import { useLanguage } from "../../../lib/i18n";
import type { Dashboard } from "../api";
import { formatMeasure, type MeasureKey } from "../measures";

const W = 640;
const H = 200;
const PAD = { top: 16, bottom: 28, left: 8, right: 8 };

export function TrendChart({ trend, measure }: { trend: Dashboard["trend"]; measure: MeasureKey }) {
  const { t } = useLanguage();
  if (trend.length === 0) return null;
  const values = trend.map((y) => y[measure]);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = (W - PAD.left - PAD.right) / trend.length;
  const barW = Math.min(56, slot * 0.7);
  const y = (v: number) => PAD.top + ((max - v) / span) * plotH;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t("dashboard.trendLabel", { measure: t(`dashboard.measures.${measure}`) })}
      style={{ width: "100%", maxWidth: W, display: "block" }}
      data-testid="trend-chart"
    >
      <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#adb5bd" />
      {trend.map((year, i) => {
        const v = year[measure];
        const x = PAD.left + i * slot + (slot - barW) / 2;
        const top = Math.min(y(v), y(0));
        const text = formatMeasure(measure, v);
        return (
          <g key={year.fiscalYear}>
            <rect x={x} y={top} width={barW} height={Math.max(1, Math.abs(y(v) - y(0)))} fill="#2c7fb8">
              <title>{`${t("dashboard.fiscalYearValue", { year: year.fiscalYear })}: ${text}`}</title>
            </rect>
            <text x={x + barW / 2} y={Math.max(10, top - 4)} textAnchor="middle" fontSize={10} fill="#495057">
              {text}
            </text>
            <text x={x + barW / 2} y={H - 8} textAnchor="middle" fontSize={12} fill="#212529">
              {year.fiscalYear}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
