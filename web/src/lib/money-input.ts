// Baht typed by a person ⇄ integer satang for forms: exact string parsing (never floats) and the text to prefill.
import { MoneyError, parseBaht, type Satang } from "../../../src/shared/money";

/** i18n keys of the core "money" messages. */
export type MoneyInputErrorKey =
  | "money.invalid"
  | "money.tooManyDecimals"
  | "money.tooLarge"
  | "money.negative";

export type MoneyInputResult =
  | { ok: true; value: Satang }
  | { ok: false; error: MoneyInputErrorKey | "empty" | "zero" };

/**
 * Parses "1,234.50", "1234.5" or "1234" into satang. An empty field is `empty`, a zero amount `zero`
 * (most money fields need a positive amount); the caller picks the message.
 */
export function parseBahtInput(text: string): MoneyInputResult {
  if (text.trim() === "") return { ok: false, error: "empty" };
  try {
    const value = parseBaht(text);
    if (value < 0) return { ok: false, error: "money.negative" };
    if (value === 0) return { ok: false, error: "zero" };
    return { ok: true, value };
  } catch (error) {
    if (error instanceof MoneyError && error.code === "money.too_many_decimals") {
      return { ok: false, error: "money.tooManyDecimals" };
    }
    if (error instanceof MoneyError && error.code === "money.unsafe")
      return { ok: false, error: "money.tooLarge" };
    return { ok: false, error: "money.invalid" };
  }
}

/** Satang as the text of an editable baht field: "1234.50" (no separators, so the keypad can edit it). */
export function satangToInput(amountSatang: number): string {
  const negative = amountSatang < 0;
  const abs = Math.abs(amountSatang);
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  return negative ? `-${text}` : text;
}
