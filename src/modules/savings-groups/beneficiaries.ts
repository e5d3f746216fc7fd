// Beneficiary nomination (ผู้รับผลประโยชน์): shares that sum to exactly 100 %, no one named twice; the exact split of a benefit.
import { allocate, type Satang, satang } from "../../shared/money";
import { isValidCitizenId, normalizeCitizenId } from "../../shared/thai-id";
import { IssueList, throwIfIssues } from "../debt-centre/index";

export interface Beneficiary {
  name: string;
  relationship: string;
  citizenId?: string | undefined;
  /** Share in basis points: 10,000 = 100 % (so three equal heirs are 3,334 + 3,333 + 3,333). */
  shareBp: number;
}

export const MAX_BENEFICIARIES = 10;

const NOMINATION = { th: "การระบุผู้รับผลประโยชน์", en: "The beneficiary nomination" };

const sameName = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Validates a member's beneficiaries or throws invalid_input `savings.invalid_beneficiaries` naming the
 * field: 1–10 people, each share a whole number of basis points above 0, shares summing to exactly
 * 10,000 (100 %), and nobody twice (same citizen ID, or the same name when IDs are not given).
 */
export function checkBeneficiaries(input: unknown): Beneficiary[] {
  const v = new IssueList();
  if (!Array.isArray(input) || input.length === 0) {
    v.add("beneficiaries", "required", "ต้องระบุผู้รับผลประโยชน์อย่างน้อย 1 คน", "must name at least one person");
    throwIfIssues("savings.invalid_beneficiaries", NOMINATION, v.issues);
  }
  const list = input as Partial<Beneficiary>[];
  if (list.length > MAX_BENEFICIARIES) {
    v.add(
      "beneficiaries",
      "too_many",
      `ระบุได้ไม่เกิน ${MAX_BENEFICIARIES} คน`,
      `may name at most ${MAX_BENEFICIARIES} people`,
    );
  }
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  let sum = 0;
  let sharesOk = true;
  list.forEach((b, k) => {
    const at = `beneficiaries[${k}]`;
    if (v.text(`${at}.name`, b?.name)) {
      const key = sameName(b.name!);
      if (names.has(key) && b.citizenId === undefined) {
        v.add(
          `${at}.name`,
          "duplicate",
          `ซ้ำกับผู้รับผลประโยชน์ลำดับที่ ${names.get(key)! + 1}`,
          `repeats beneficiary no. ${names.get(key)! + 1}`,
        );
      }
      names.set(key, k);
    }
    v.text(`${at}.relationship`, b?.relationship);
    if (b?.citizenId !== undefined) {
      if (typeof b.citizenId !== "string" || !isValidCitizenId(b.citizenId)) {
        v.add(
          `${at}.citizenId`,
          "invalid_citizen_id",
          "เลขประจำตัวประชาชนไม่ถูกต้อง",
          "is not a valid citizen ID",
        );
      } else {
        const id = normalizeCitizenId(b.citizenId);
        if (ids.has(id)) {
          v.add(
            `${at}.citizenId`,
            "duplicate",
            `ซ้ำกับผู้รับผลประโยชน์ลำดับที่ ${ids.get(id)! + 1}`,
            `repeats beneficiary no. ${ids.get(id)! + 1}`,
          );
        }
        ids.set(id, k);
      }
    }
    const ok = v.integer(`${at}.shareBp`, b?.shareBp, 1, 10_000);
    sharesOk &&= ok;
    if (ok) sum += b.shareBp!;
  });
  if (sharesOk && sum !== 10_000) {
    v.add(
      "beneficiaries",
      "not_100_percent",
      `ส่วนแบ่งรวมกันได้ ${sum / 100}% ต้องรวมเป็น 100% พอดี`,
      `shares add up to ${sum / 100}%; they must be exactly 100%`,
    );
  }
  throwIfIssues("savings.invalid_beneficiaries", NOMINATION, v.issues);
  return list.map((b) => ({
    name: b.name!.trim(),
    relationship: b.relationship!.trim(),
    citizenId: b.citizenId === undefined ? undefined : normalizeCitizenId(b.citizenId),
    shareBp: b.shareBp!,
  }));
}

/** Splits a benefit (e.g. savings paid out on death) by the shares, exactly; a leftover satang goes to the earlier-named. */
export function splitBenefit(amountSatang: number, beneficiaries: readonly Beneficiary[]): Satang[] {
  if (amountSatang === 0) return beneficiaries.map(() => satang(0));
  return allocate(
    satang(amountSatang),
    beneficiaries.map((b) => b.shareBp),
  );
}
