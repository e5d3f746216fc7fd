// Business dates (YYYY-MM-DD, Asia/Bangkok), Buddhist-era display and Thai fiscal years.

export type IsoDate = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export const BE_OFFSET = 543;

export function isIsoDate(text: string): boolean {
  const m = isoPattern.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toBuddhistYear(ceYear: number): number {
  return ceYear + BE_OFFSET;
}

export function toGregorianYear(beYear: number): number {
  return beYear - BE_OFFSET;
}

/** The business date in Bangkok for an instant. */
export function bangkokDate(instant: Date): IsoDate {
  // Bangkok has no daylight saving time: UTC+7 all year.
  const shifted = new Date(instant.getTime() + 7 * 3600_000);
  return shifted.toISOString().slice(0, 10);
}

/**
 * Parses a date typed by a Thai user: ISO "2024-01-31", or day/month/year with a B.E. year
 * ("31/01/2567") or, when the year is below 2400, a C.E. year ("31/01/2024"). Returns ISO or null.
 */
export function parseThaiDate(text: string): IsoDate | null {
  const t = text.trim();
  if (isoPattern.test(t)) return isIsoDate(t) ? t : null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  let y = Number(m[3]);
  if (y >= 2400) y -= BE_OFFSET;
  const iso = `${y.toString().padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

function dateFromIso(iso: IsoDate): Date {
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
}

/** "31/01/2567": the screen format. */
export function formatThaiShort(iso: IsoDate): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${Number(y) + BE_OFFSET}`;
}

/** "31 มกราคม 2567" (or "๓๑ มกราคม ๒๕๖๗" with Thai digits), through Intl with the Buddhist calendar. */
export function formatThaiLong(iso: IsoDate, options: { thaiDigits?: boolean } = {}): string {
  const locale = options.thaiDigits ? "th-TH-u-ca-buddhist-nu-thai" : "th-TH-u-ca-buddhist-nu-latn";
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(dateFromIso(iso));
}

export const THAI_MONTHS = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
] as const;

/** The parts an official form prints: "วันที่ 31 เดือน มกราคม พ.ศ. 2567". */
export function officialDateParts(iso: IsoDate): { day: number; monthName: string; beYear: number } {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return { day: d, monthName: THAI_MONTHS[m - 1]!, beYear: y + BE_OFFSET };
}

/** The Thai fiscal year (named by the B.E. year in which it ends; 1 Oct – 30 Sep) of a date. */
export function fiscalYearOf(iso: IsoDate): number {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  return (m >= 10 ? y + 1 : y) + BE_OFFSET;
}

export function fiscalYearRange(fiscalYearBe: number): { from: IsoDate; to: IsoDate } {
  const endCe = fiscalYearBe - BE_OFFSET;
  return { from: `${endCe - 1}-10-01`, to: `${endCe}-09-30` };
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = dateFromIso(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole years between a birth date and a date (age on that date). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age;
}
