// Replaces a member's beneficiary nomination (shares summing to 100 %), audited with the nomination before and after.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { checkBeneficiaries } from "./beneficiaries";
import type { MemberDetail } from "./contracts";
import { beneficiaryAudit, beneficiaryRows } from "./member-support";
import { getMember } from "./read-groups";
import { lockMember, replaceBeneficiaries, selectBeneficiaries } from "./savings.repository";
import { loadGroupForWrite, loadMember } from "./savings-access";
import { savingsErrors } from "./savings-errors";

export async function updateBeneficiaries(
  deps: Deps,
  fundId: string,
  memberId: string,
  body: { beneficiaries: unknown[] },
): Promise<MemberDetail> {
  const beneficiaries = checkBeneficiaries(body.beneficiaries);
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { fund } = await loadGroupForWrite(t, fundId, ["secretary", "chair"]);
    const member = await loadMember(t, fund, memberId);
    await lockMember(tx, member.id);
    if (member.status !== "active") throw savingsErrors.memberNotActive(member.memberNo, member.status);
    const before = await selectBeneficiaries(tx, member.id);
    await replaceBeneficiaries(tx, member.id, beneficiaryRows(deps, member.id, beneficiaries));
    await recordAudit(t, {
      action: "savings.beneficiaries_changed",
      entityType: "sg_member",
      entityId: member.id,
      areaCode: fund.areaCode,
      before: before.map((b) => ({ name: b.name, relationship: b.relationship, shareBp: b.shareBp })),
      after: beneficiaryAudit(beneficiaries),
    });
  });
  return getMember(deps, fundId, memberId);
}
