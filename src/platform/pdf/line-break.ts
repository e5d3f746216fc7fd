// Thai-aware line breaking: Thai has no spaces between words, so break opportunities come from a word segmenter.
// PDF libraries break only at spaces (or mid-word, splitting a vowel from its consonant), so documents lay out
// their own lines with these functions and draw each line unbroken.

const wordSegmenter = new Intl.Segmenter("th", { granularity: "word" });
const graphemeSegmenter = new Intl.Segmenter("th", { granularity: "grapheme" });

/** Units a line may break between: Thai words, Latin words, numbers and runs of spaces, in order. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  for (const { segment } of wordSegmenter.segment(text)) {
    const last = units.length - 1;
    // Keep punctuation that must not start a line (")", ",", ".", "ๆ", "ฯ") on the unit before it, and an
    // opening bracket with the unit after it.
    if (last >= 0 && /^[)\]}.,;:!?%ๆฯ]+$/.test(segment)) {
      units[last] += segment;
    } else if (last >= 0 && /[([{]$/.test(units[last]!) && !/^\s+$/.test(segment)) {
      units[last] += segment;
    } else {
      units.push(segment);
    }
  }
  return units;
}

/** Grapheme clusters: the smallest pieces a too-long word may be cut into without orphaning a mark. */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

export type Measure = (text: string) => number;

/**
 * Greedy line filling: each line takes as many units as fit in `maxWidth`; spaces at a line's edges are
 * dropped; a unit wider than a whole line is cut between grapheme clusters. Explicit "\n" starts a new line.
 * The first line can be narrower (`firstLineWidth`, for indents or text after a label).
 */
export function breakLines(
  text: string,
  maxWidth: number,
  measure: Measure,
  options: { firstLineWidth?: number } = {},
): string[] {
  const lines: string[] = [];
  let available = options.firstLineWidth ?? maxWidth;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    const push = () => {
      lines.push(line.trim());
      line = "";
      available = maxWidth;
    };
    for (const unit of breakUnits(paragraph)) {
      const candidate = line + unit;
      if (measure(candidate.trimEnd()) <= available) {
        line = candidate;
        continue;
      }
      if (/^\s+$/.test(unit)) continue;
      if (line.trim() !== "") push();
      if (measure(unit) <= available) {
        line = unit;
        continue;
      }
      for (const cluster of graphemes(unit)) {
        if (line !== "" && measure(line + cluster) > available) push();
        line += cluster;
      }
    }
    push();
  }
  return lines;
}
