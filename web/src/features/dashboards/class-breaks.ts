// Choropleth classes: quantile or equal-interval breaks and colour-blind-safe sequential palettes (ColorBrewer YlGnBu, YlOrRd).

export type ClassMethod = "quantile" | "equal";

/** Five classes, light to dark; both ColorBrewer schemes are marked colour-blind safe. */
export const PALETTES = {
  good: ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
  bad: ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"],
} as const;
export const NO_DATA_COLOUR = "#e9ecef";

/**
 * Upper bounds of up to `classes` classes over the values (ascending; the last is the maximum). Quantile
 * breaks put about as many areas in each class; equal-interval breaks split the range evenly. Repeated
 * bounds are merged, so a measure with few distinct values gets fewer classes.
 */
export function classBreaks(values: readonly number[], classes: number, method: ClassMethod): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0 || classes < 1) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const bounds: number[] = [];
  for (let k = 1; k <= classes; k++) {
    if (k === classes) bounds.push(max);
    else if (method === "equal") bounds.push(min + ((max - min) * k) / classes);
    else bounds.push(sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * k) / classes) - 1)]!);
  }
  return bounds.filter((b, i) => i === 0 || b > bounds[i - 1]!);
}

/** The class index (0-based) of a value: the first class whose upper bound is not below it. */
export function classOf(value: number, breaks: readonly number[]): number {
  for (let i = 0; i < breaks.length; i++) if (value <= breaks[i]!) return i;
  return breaks.length - 1;
}

/** Spreads n classes over the 5-colour palette so that 2 classes are light and dark, not the two lightest. */
export function coloursFor(palette: readonly string[], n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [palette[palette.length - 1]!];
  return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]!);
}
