// Thai administrative area codes (DOPA / TIS 1099): province 2 digits, district 4, sub-district 6, village 8.

export type AreaLevel = "province" | "district" | "subdistrict" | "village";

export const AREA_LEVELS: readonly AreaLevel[] = ["province", "district", "subdistrict", "village"];

export function levelOfCode(code: string): AreaLevel | null {
  if (!/^\d+$/.test(code)) return null;
  switch (code.length) {
    case 2:
      return "province";
    case 4:
      return "district";
    case 6:
      return "subdistrict";
    case 8:
      return "village";
    default:
      return null;
  }
}

export function parentCode(code: string): string | null {
  return code.length > 2 ? code.slice(0, code.length - 2) : null;
}

/** The village code: the sub-district code followed by the two-digit หมู่ที่. */
export function villageCode(subdistrictCode: string, villageNo: number): string {
  if (!/^\d{6}$/.test(subdistrictCode)) throw new RangeError(`not a sub-district code: ${subdistrictCode}`);
  if (!Number.isInteger(villageNo) || villageNo < 1 || villageNo > 99) {
    throw new RangeError(`หมู่ที่ must be 1–99: ${villageNo}`);
  }
  return subdistrictCode + String(villageNo).padStart(2, "0");
}

/**
 * True when `code` lies inside the area `scope` (a scope of "" is the whole country). Codes are
 * hierarchical prefixes, so containment is a prefix test — the same test the SQL uses (LIKE scope || '%').
 */
export function isWithin(code: string, scope: string): boolean {
  return code.startsWith(scope);
}

/** Codes of the area and all its ancestors, from the province down. */
export function ancestry(code: string): string[] {
  const out: string[] = [];
  for (let len = 2; len <= code.length; len += 2) out.push(code.slice(0, len));
  return out;
}
