// What member writes share: stored beneficiaries (citizen IDs encrypted and masked) and the group's accounts by role.
import type { Deps } from "../../platform/deps";
import { maskCitizenId } from "../../shared/thai-id";
import { fundBooks } from "../ledger/index";
import type { Beneficiary } from "./beneficiaries";
import type { BeneficiaryRow } from "./savings.repository";
import type { SavingsAccountRole } from "./savings-chart";

export function beneficiaryRows(
  deps: Deps,
  memberId: string,
  list: readonly Beneficiary[],
): BeneficiaryRow[] {
  return list.map((b, k) => ({
    memberId,
    seq: k + 1,
    name: b.name,
    relationship: b.relationship,
    citizenIdEnc: b.citizenId ? deps.crypto.encrypt(b.citizenId) : null,
    citizenIdMasked: b.citizenId ? maskCitizenId(b.citizenId) : null,
    shareBp: b.shareBp,
  }));
}

/** The fund's account ids: the standard roles and the savings group's own. */
export async function groupAccounts(
  db: Deps["db"],
  fundId: string,
): Promise<(role: SavingsAccountRole | "cash" | "fee_income") => string> {
  const books = await fundBooks(db, fundId);
  return (role) => {
    const account = books.accounts.find((a) => a.role === role);
    // Every savings group gets these accounts when it is created, so a missing one is a broken invariant.
    if (!account) throw new Error(`fund ${fundId} has no ${role} account`);
    return account.id;
  };
}

/** Beneficiaries as the audit log keeps them: no citizen ID, only whether one was given. */
export const beneficiaryAudit = (list: readonly Beneficiary[]) =>
  list.map((b) => ({
    name: b.name,
    relationship: b.relationship,
    shareBp: b.shareBp,
    hasCitizenId: !!b.citizenId,
  }));
