// An SVG choropleth of provinces or districts: classes and legend, values on hover and focus, click to drill down, attribution.
import { Group, Stack, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { areaName } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { ChildFigures, MapPayload } from "../api";
import {
  type ClassMethod,
  classBreaks,
  classOf,
  coloursFor,
  NO_DATA_COLOUR,
  PALETTES,
} from "../class-breaks";
import { BAD_MEASURES, formatMeasure, type MeasureKey } from "../measures";

interface Hover {
  code: string;
  x: number;
  y: number;
}

export function ChoroplethMap({
  map,
  figures,
  measure,
  method,
  onDrill,
}: {
  map: MapPayload;
  figures: readonly ChildFigures[];
  measure: MeasureKey;
  method: ClassMethod;
  onDrill: (code: string) => void;
}) {
  const { t, lang } = useLanguage();
  const [hover, setHover] = useState<Hover | null>(null);
  const byCode = useMemo(() => new Map(figures.map((f) => [f.code, f])), [figures]);
  // Areas without funds are "no data", not the lowest class: a zero there means nothing was measured.
  const measured = figures.filter((f) => f.funds > 0);
  const breaks = classBreaks(
    measured.map((f) => f[measure]),
    5,
    method,
  );
  const colours = coloursFor(BAD_MEASURES.has(measure) ? PALETTES.bad : PALETTES.good, breaks.length);
  const fill = (code: string) => {
    const f = byCode.get(code);
    if (!f || f.funds === 0 || breaks.length === 0) return NO_DATA_COLOUR;
    return colours[classOf(f[measure], breaks)]!;
  };
  const label = (code: string) => {
    const f = byCode.get(code);
    const feature = map.features.find((x) => x.code === code);
    const name = f ? areaName(f, lang) : feature ? (lang === "en" ? feature.nameEn : feature.nameTh) : code;
    const value = f && f.funds > 0 ? formatMeasure(measure, f[measure]) : t("dashboard.mapNoData");
    return `${name}: ${value}`;
  };
  const hovered = hover ? byCode.get(hover.code) : undefined;

  return (
    <Stack gap="xs">
      <div style={{ position: "relative" }}>
        <svg
          viewBox={map.viewBox}
          role="img"
          aria-label={t("dashboard.mapLabel", { measure: t(`dashboard.measures.${measure}`) })}
          style={{ width: "100%", maxHeight: 640, display: "block" }}
          onMouseLeave={() => setHover(null)}
          data-testid="choropleth"
        >
          {map.features.map((f) => (
            // biome-ignore lint/a11y/useSemanticElements: an SVG path cannot be a <button>; it takes the role instead
            <path
              key={f.code}
              d={f.d}
              fill={fill(f.code)}
              stroke="#fff"
              strokeWidth={0.6}
              role="button"
              tabIndex={byCode.has(f.code) ? 0 : -1}
              aria-label={label(f.code)}
              data-code={f.code}
              style={{ cursor: byCode.has(f.code) ? "pointer" : "default", outline: "none" }}
              onMouseMove={(e) => {
                const box = (e.currentTarget.ownerSVGElement as SVGSVGElement).getBoundingClientRect();
                setHover({ code: f.code, x: e.clientX - box.left, y: e.clientY - box.top });
              }}
              onFocus={() => setHover({ code: f.code, x: 8, y: 8 })}
              onBlur={() => setHover(null)}
              onClick={() => byCode.has(f.code) && onDrill(f.code)}
              onKeyDown={(e) => {
                if ((e.key === "Enter" || e.key === " ") && byCode.has(f.code)) {
                  e.preventDefault();
                  onDrill(f.code);
                }
              }}
            >
              <title>{label(f.code)}</title>
            </path>
          ))}
        </svg>
        {hover && (
          <div
            role="status"
            data-testid="map-tooltip"
            style={{
              position: "absolute",
              left: Math.min(hover.x + 12, 9999),
              top: hover.y + 12,
              pointerEvents: "none",
              background: "var(--mantine-color-body)",
              border: "1px solid var(--mantine-color-default-border)",
              borderRadius: 4,
              padding: "4px 8px",
              fontSize: 13,
              boxShadow: "0 1px 4px rgba(0,0,0,.15)",
              maxWidth: 260,
            }}
          >
            <strong>{label(hover.code).split(": ")[0]}</strong>
            <br />
            {t(`dashboard.measures.${measure}`)}:{" "}
            {hovered && hovered.funds > 0
              ? formatMeasure(measure, hovered[measure])
              : t("dashboard.mapNoData")}
          </div>
        )}
      </div>
      <Group gap="md" wrap="wrap" aria-label={t("dashboard.legend")} role="list" data-testid="map-legend">
        {breaks.map((upper, i) => (
          <Group key={upper} gap={4} role="listitem" wrap="nowrap">
            <span
              style={{
                width: 14,
                height: 14,
                background: colours[i],
                border: "1px solid #adb5bd",
                display: "inline-block",
              }}
            />
            <Text size="xs">
              {i === 0 ? "≤ " : `${formatMeasure(measure, breaks[i - 1]!)} – `}
              {formatMeasure(measure, upper)}
            </Text>
          </Group>
        ))}
        <Group gap={4} role="listitem" wrap="nowrap">
          <span
            style={{
              width: 14,
              height: 14,
              background: NO_DATA_COLOUR,
              border: "1px solid #adb5bd",
              display: "inline-block",
            }}
          />
          <Text size="xs">{t("dashboard.mapNoData")}</Text>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" data-testid="map-attribution">
        {map.attribution}
      </Text>
    </Stack>
  );
}
