// Display formatting at the UI edge: Buddhist-era dates, baht amounts and area names per language.
import type { Area } from "../../../src/shared/contracts/areas";
import { formatBaht, satang } from "../../../src/shared/money";
import {
  BE_OFFSET,
  bangkokDate,
  formatThaiLong,
  formatThaiShort,
  isIsoDate,
} from "../../../src/shared/thai-date";
import { type Language, useLanguage } from "./i18n";

const englishDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

const bangkokTime = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
  timeZone: "Asia/Bangkok",
});

/** "31/01/2567" in Thai, "31 Jan 2024 (B.E. 2567)" in English. */
export function formatDate(iso: string, lang: Language): string {
  if (!isIsoDate(iso)) return iso;
  if (lang === "th") return formatThaiShort(iso);
  const year = Number(iso.slice(0, 4));
  return `${englishDate.format(new Date(`${iso}T00:00:00Z`))} (B.E. ${year + BE_OFFSET})`;
}

/** "31 มกราคม 2567" in Thai, "31 Jan 2024 (B.E. 2567)" in English. */
export function formatDateLong(iso: string, lang: Language): string {
  if (!isIsoDate(iso)) return iso;
  return lang === "th" ? formatThaiLong(iso) : formatDate(iso, lang);
}

/** An instant shown as its Bangkok business date and time: "31/01/2567 14:05". */
export function formatDateTime(instant: string, lang: Language): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return `${formatDate(bangkokDate(date), lang)} ${bangkokTime.format(date)}`;
}

/** Integer satang from JSON as "1,234.50". */
export function formatMoney(amountSatang: number): string {
  return formatBaht(satang(amountSatang));
}

export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

/** Today's business date in Bangkok. */
export function todayIso(): string {
  return bangkokDate(new Date());
}

export function currentBuddhistYear(): number {
  return Number(todayIso().slice(0, 4)) + BE_OFFSET;
}

type NamedArea = Pick<Area, "nameTh" | "nameEn">;

export function areaName(area: NamedArea, lang: Language): string {
  return lang === "en" && area.nameEn ? area.nameEn : area.nameTh;
}

/** Formatting bound to the current language. */
export function useFormat() {
  const { lang, t } = useLanguage();
  return {
    lang,
    date: (iso: string) => formatDate(iso, lang),
    dateLong: (iso: string) => formatDateLong(iso, lang),
    dateTime: (instant: string) => formatDateTime(instant, lang),
    money: formatMoney,
    count: formatCount,
    areaName: (area: NamedArea) => areaName(area, lang),
    /** A village with its หมู่ที่: "หมู่ที่ 3 บ้านหนองบัว". */
    villageName: (area: NamedArea & Pick<Area, "villageNo">) =>
      area.villageNo === null
        ? areaName(area, lang)
        : t("area.villageName", { no: area.villageNo, name: areaName(area, lang) }),
  };
}
