// Thai 13-digit citizen identification numbers: checksum validation and masking.

/** The mod-11 check digit for the first 12 digits. */
export function citizenIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** Strips spaces and dashes ("1-1017-00000-00-3" → "1101700000003"). */
export function normalizeCitizenId(text: string): string {
  return text.replace(/[\s-]/g, "");
}

/** True when the text (after normalisation) is 13 digits, does not start with 0 or 9, and its check digit matches. */
export function isValidCitizenId(text: string): boolean {
  const id = normalizeCitizenId(text);
  if (!/^[1-8]\d{12}$/.test(id)) return false;
  return citizenIdCheckDigit(id.slice(0, 12)) === Number(id[12]);
}

/** Masks an ID for roles that do not need it: "1-1017-xxxxx-xx-3". */
export function maskCitizenId(id: string): string {
  const n = normalizeCitizenId(id);
  return `${n[0]}-${n.slice(1, 5)}-xxxxx-xx-${n[12]}`;
}

/** Formats a full ID the way it is printed on the card: "1-1017-00000-00-3". */
export function formatCitizenId(id: string): string {
  const n = normalizeCitizenId(id);
  return `${n[0]}-${n.slice(1, 5)}-${n.slice(5, 10)}-${n.slice(10, 12)}-${n[12]}`;
}
