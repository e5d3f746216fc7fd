// Class breaks of the choropleth: quantile and equal interval, classes of values, colours.
import { describe, expect, it } from "vitest";
import { classBreaks, classOf, coloursFor, PALETTES } from "./class-breaks";

describe("classBreaks", () => {
  it("splits the range evenly for equal intervals", () => {
    expect(classBreaks([0, 10, 100], 5, "equal")).toEqual([20, 40, 60, 80, 100]);
    expect(classBreaks([50, 150], 2, "equal")).toEqual([100, 150]);
  });

  it("puts about as many values in each quantile class", () => {
    const values = Array.from({ length: 10 }, (_, i) => (i + 1) * 10);
    const breaks = classBreaks(values, 5, "quantile");
    expect(breaks).toEqual([20, 40, 60, 80, 100]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classOf(v, breaks)]!++;
    expect(counts).toEqual([2, 2, 2, 2, 2]);
  });

  it("merges repeated bounds, ignores non-finite values and handles empty input", () => {
    expect(classBreaks([0, 0, 0, 0, 5], 5, "quantile")).toEqual([0, 5]);
    expect(classBreaks([7, 7, 7], 5, "equal")).toEqual([7]);
    expect(classBreaks([Number.NaN, 0, 3, Number.POSITIVE_INFINITY], 3, "equal")).toEqual([1, 2, 3]);
    expect(classBreaks([], 5, "quantile")).toEqual([]);
  });
});

describe("classOf and coloursFor", () => {
  it("gives the first class whose upper bound holds the value", () => {
    expect(classOf(0, [20, 40])).toBe(0);
    expect(classOf(20, [20, 40])).toBe(0);
    expect(classOf(21, [20, 40])).toBe(1);
    expect(classOf(99, [20, 40])).toBe(1);
  });

  it("spreads fewer classes over the palette from light to dark", () => {
    expect(coloursFor(PALETTES.good, 5)).toEqual([...PALETTES.good]);
    expect(coloursFor(PALETTES.good, 2)).toEqual([PALETTES.good[0], PALETTES.good[4]]);
    expect(coloursFor(PALETTES.bad, 1)).toEqual([PALETTES.bad[4]]);
    expect(coloursFor(PALETTES.bad, 0)).toEqual([]);
  });
});
