// Baht amounts in Thai words (จำนวนเงินเป็นตัวอักษร) for contracts, requests, vouchers and receipts.
//
// The rule (domain.md §10.4), chosen and fixed here:
// - Whole baht end with "บาทถ้วน" ("ศูนย์บาทถ้วน" for zero); a fraction reads "…บาท…สตางค์", and an amount
//   below one baht reads only "…สตางค์" (0.01 → "หนึ่งสตางค์").
// - A 1 in the units place of a number with more than one digit reads เอ็ด, the Royal Institute reading:
//   11 สิบเอ็ด, 21 ยี่สิบเอ็ด, 101 หนึ่งร้อยเอ็ด, 1,000,001 หนึ่งล้านเอ็ด (the whole number counts, so the
//   "1" after a million is เอ็ด even though its own group of six digits is just 1). A lone 1 reads หนึ่ง.
//   Some programs print 101 as "หนึ่งร้อยหนึ่ง"; we do not.
// - A 1 in the tens place reads สิบ (not หนึ่งสิบ), a 2 there reads ยี่สิบ; 100 is หนึ่งร้อย, 1,000 หนึ่งพัน.
// - Millions are recursive: the digits above the sixth are read the same way and followed by ล้าน
//   (1,000,000,000,000 หนึ่งล้านล้าน).
// - Satang (00–99) follow the same rules: 0.21 → ยี่สิบเอ็ดสตางค์, 0.01 → หนึ่งสตางค์.
// - A negative amount (a reversal) is prefixed with ลบ.
// Input is integer satang; anything else is a programming error and throws.

const DIGITS = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"] as const;
const PLACES = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"] as const;

/** Words of 0 < n < 1,000,000; `multiDigit` says whether the whole number has more than one digit. */
function belowMillion(n: number, multiDigit: boolean): string {
  let text = "";
  const digits = String(n);
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    const place = digits.length - 1 - i;
    if (d === 0) continue;
    if (place === 0) text += d === 1 && multiDigit ? "เอ็ด" : DIGITS[d];
    else if (place === 1) text += d === 1 ? "สิบ" : d === 2 ? "ยี่สิบ" : `${DIGITS[d]}สิบ`;
    else text += `${DIGITS[d]}${PLACES[place]}`;
  }
  return text;
}

/** Words of a non-negative integer (no unit); "" for zero. */
function integerWords(n: number): string {
  if (n === 0) return "";
  const millions = Math.floor(n / 1_000_000);
  const rest = n % 1_000_000;
  const high = millions > 0 ? `${integerWords(millions)}ล้าน` : "";
  return high + (rest > 0 ? belowMillion(rest, n >= 10) : "");
}

/** Thai words for an amount in satang: 2_000_000 → "สองหมื่นบาทถ้วน", 150 → "หนึ่งบาทห้าสิบสตางค์". */
export function bahtText(satang: number): string {
  if (!Number.isSafeInteger(satang)) throw new RangeError(`not an integer satang amount: ${satang}`);
  if (satang < 0) return `ลบ${bahtText(-satang)}`;
  const baht = Math.floor(satang / 100);
  const fraction = satang % 100;
  if (fraction === 0) return `${baht === 0 ? DIGITS[0] : integerWords(baht)}บาทถ้วน`;
  const satangWords = `${integerWords(fraction)}สตางค์`;
  return baht === 0 ? satangWords : `${integerWords(baht)}บาท${satangWords}`;
}
