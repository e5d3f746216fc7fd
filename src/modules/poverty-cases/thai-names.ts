// Normalisation of Thai names, house numbers and digits for matching lists to the register (titles, spacing, zero-width characters).

const THAI_DIGITS = /[๐-๙]/g;
const HAS_THAI_DIGIT = /[๐-๙]/;
/** Zero-width space, non-joiner, joiner, word joiner, BOM and soft hyphen: invisible, common in pasted text. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /\s+/g;
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/**
 * Titles stripped from the front of a first name, longest first so that นางสาว is not read as นาง + สาว.
 * Both sides of a comparison are stripped the same way, so a first name that happens to begin with a title
 * ("นางนวล") still equals itself.
 */
const TITLES = [
  "นางสาว",
  "เด็กชาย",
  "เด็กหญิง",
  "น.ส.",
  "ด.ช.",
  "ด.ญ.",
  "นาย",
  "นาง",
  "mrs.",
  "miss",
  "mr.",
  "ms.",
  "mrs",
  "mr",
  "ms",
] as const;

/** "๑๒/๓" → "12/3". */
export function toArabicDigits(text: string): string {
  // Most cells hold no Thai digit: a test is far cheaper than a replace with a callback.
  if (!HAS_THAI_DIGIT.test(text)) return text;
  return text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/**
 * A memo of a pure string function, emptied when full: a list repeats the same names and titles many times,
 * and the register's members are keyed again for every row that looks at their house.
 */
function memo(fn: (text: string) => string, limit = 50_000): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let out = seen.get(text);
    if (out === undefined) {
      out = fn(text);
      if (seen.size >= limit) seen.clear();
      seen.set(text, out);
    }
    return out;
  };
}

const cleanThai = memo((text) =>
  text
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/\u0E4D\u0E32/g, "\u0E33")
    .trim(),
);

/** Removes invisible characters, writes sara am as one character (ํ + า → ำ) and trims. */
export function cleanText(text: string): string {
  // Codes, IDs and house numbers are plain ASCII: nothing to normalise (NFC costs a tenth of a list import).
  if (PRINTABLE_ASCII.test(text)) return text.trim();
  return cleanThai(text);
}

/** The name without one leading title; the name itself when nothing would remain. */
export function stripTitle(name: string): string {
  const text = cleanText(name);
  const lower = text.toLowerCase();
  for (const title of TITLES) {
    if (lower.startsWith(title)) {
      const rest = text.slice(title.length).replace(/^[\s.]+/, "");
      if (rest.length > 0) return rest;
    }
  }
  return text;
}

const part = (text: string): string => cleanText(text).replace(SPACES, "").toLowerCase();

/**
 * The comparison key of a person's name: title stripped, no spaces, invisible characters removed, Latin
 * letters lower-cased; "first last". A full name typed into the first-name cell with no last name is split
 * at its first space. An empty first name gives "".
 */
export function nameKey(firstName: string, lastName = ""): string {
  // The length prefix keeps the pair unambiguous whatever characters the names hold.
  return cachedNameKey(`${firstName.length}:${firstName}${lastName}`);
}

const cachedNameKey = memo((pair) => {
  const colon = pair.indexOf(":");
  const cut = colon + 1 + Number(pair.slice(0, colon));
  return computeNameKey(pair.slice(colon + 1, cut), pair.slice(cut));
}, 100_000);

function computeNameKey(firstName: string, lastName: string): string {
  let first = stripTitle(firstName);
  let last = cleanText(lastName);
  if (last.length === 0) {
    const split = first.split(SPACES);
    if (split.length > 1) {
      first = split[0]!;
      last = split.slice(1).join("");
    }
  }
  const f = part(first);
  if (f.length === 0) return "";
  return `${f} ${part(last)}`.trimEnd();
}

/** "12 / 3" and "๑๒/๓" → "12/3": house numbers compared without spaces, in Arabic digits. */
export function houseNoKey(houseNo: string): string {
  return toArabicDigits(cleanText(houseNo)).replace(SPACES, "").toLowerCase();
}

/** The key of a house: village code and normalised house number. */
export const addressKey = (villageCode: string, houseNo: string): string =>
  `${villageCode}|${houseNoKey(houseNo)}`;
