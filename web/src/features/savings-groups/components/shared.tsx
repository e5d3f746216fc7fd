// Small pieces the savings-group pages share: fiscal years and months with B.E. labels, money parsing.
import { parseBaht } from "../../../../../src/shared/money";
import { fiscalYearOf, THAI_MONTHS, toBuddhistYear } from "../../../../../src/shared/thai-date";

/** "มิถุนายน 2567" / "June 2024 (B.E. 2567)" for "2024-06". */
export function monthLabel(month: string, lang: "th" | "en"): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (lang === "th") return `${THAI_MONTHS[m - 1]} ${toBuddhistYear(y)}`;
  const name = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
  return `${name} ${y} (B.E. ${toBuddhistYear(y)})`;
}

/** The last `count` months up to `today`, newest first, as YYYY-MM. */
export function recentMonths(today: string, count: number): string[] {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

/** The business date in Bangkok. */
export function todayIso(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bangkok" }).format(new Date());
}

/** Fiscal years (B.E.) from the group's founding to the current one, newest first. */
export function fiscalYears(startedOn: string, today: string): number[] {
  const out: number[] = [];
  for (let y = fiscalYearOf(today); y >= fiscalYearOf(startedOn); y--) out.push(y);
  return out;
}

/** Satang from a baht text, or null when it is not an amount. */
export function bahtToSatang(text: string): number | null {
  try {
    return parseBaht(text);
  } catch {
    return null;
  }
}
