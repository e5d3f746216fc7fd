// The secretary records the signed loan contract (สัญญายืมเงินทุน) of an approved request and creates its loan.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { bahtText } from "../../shared/baht-text";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import { createLoan, type SchedulePlan } from "../loans/index";
import type { Contract, ContractBody } from "./contracts";
import {
  type ContractRow,
  countContractsOfHousehold,
  findCurrentSet,
  findHouseholdMember,
  findProposal,
  findRequest,
  insertContract,
  lockProposal,
  nextDocumentNo,
  selectAreas,
  selectCurrentInstalments,
  selectHouseholds,
  selectSetMembers,
  updateProposal,
  updateRequest,
} from "./kkj.repository";
import { kkjProductFor, loadKkjFund, requireKkjSeat } from "./kkj-access";
import { kkjErrors, LOAN_REQUEST } from "./kkj-errors";
import { checkStepDate, checkWitnesses, defaultWrittenAt, documentNo } from "./kkj-rules";
import { requireOfFund, throwIf, UUID } from "./kkj-steps";
import { toContract } from "./kkj-views";

/**
 * The contract form (domain §4.10): numbered "<n>/<fiscal year B.E.>" per fund, written at the village's
 * กข.คจ. office, the borrower a member of the household with the address as printed, the chair of the
 * current committee set as lender, two witnesses who are neither party nor each other. The loan (schedule
 * version 1, waiting for its payout) is created in the same transaction by the loans module.
 */
export async function signContract(deps: Deps, fundId: string, body: ContractBody): Promise<Contract> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadKkjFund(t, fundId);
    assertFundOpen(fund);
    await requireKkjSeat(t, fund, ["secretary"]);
    const found = requireOfFund(
      UUID.test(body.requestId) ? await findRequest(tx, body.requestId) : undefined,
      fund,
      LOAN_REQUEST,
    );
    await lockProposal(tx, found.proposalId);
    const request = (await findRequest(tx, found.id))!;
    if (request.status !== "approved")
      throw kkjErrors.wrongStatus(LOAN_REQUEST, request.status, ["approved"]);
    const today = deps.clock.today();
    const signedOn = body.signedOn ?? today;
    throwIf(
      checkStepDate("signedOn", signedOn, today, {
        date: request.decidedOn,
        what: { th: "คณะกรรมการอนุมัติให้ยืม", en: "loan approval date" },
      }),
    );
    const member = UUID.test(body.borrowerMemberId)
      ? await findHouseholdMember(tx, body.borrowerMemberId)
      : undefined;
    if (!member?.isActive || member.householdId !== request.householdId) throw kkjErrors.borrowerNotMember();
    const borrowerName = `${member.title}${member.firstName} ${member.lastName}`.trim();
    const set = await findCurrentSet(tx, fund.id, today);
    const chair = set
      ? (await selectSetMembers(tx, [set.id])).find((m) => m.position === "chair")
      : undefined;
    if (!chair) throw kkjErrors.noChair();
    throwIf(checkWitnesses(body.witness1Name, body.witness2Name, borrowerName, chair.name));

    const [household] = await selectHouseholds(tx, [request.householdId]);
    const v = household!.villageCode;
    const areas = await selectAreas(tx, [v, v.slice(0, 6), v.slice(0, 4), v.slice(0, 2)]);
    const villageName = areas.get(v)?.nameTh ?? "";
    const borrowerAddress = {
      houseNo: household!.houseNo,
      villageNo: String(areas.get(v)?.villageNo ?? Number(v.slice(6))),
      villageName,
      subdistrict: areas.get(v.slice(0, 6))?.nameTh ?? "",
      district: areas.get(v.slice(0, 4))?.nameTh ?? "",
      province: areas.get(v.slice(0, 2))?.nameTh ?? "",
    };
    const proposal = (await findProposal(tx, request.proposalId))!;
    const fiscalYear = fiscalYearOf(signedOn);
    const contractNo = documentNo(await nextDocumentNo(tx, fund.id, "contract", fiscalYear), fiscalYear);
    const amount = request.approvedAmountSatang!;
    const contractId = deps.ids.uuid();
    const product = kkjProductFor(fund);
    const loan = await createLoan(t, {
      fund,
      householdId: request.householdId,
      borrowerName,
      loanNo: contractNo,
      sourceType: "kkj_contract",
      sourceId: contractId,
      product,
      principalSatang: amount,
      contractedOn: signedOn,
      plan: request.plan as unknown as SchedulePlan,
    });
    const row: ContractRow = {
      id: contractId,
      fundId: fund.id,
      requestId: request.id,
      proposalId: request.proposalId,
      householdId: request.householdId,
      loanId: loan.id,
      contractNo,
      volumeNo: body.volumeNo ?? null,
      // ยืมครั้งที่: how many contracts the household has had with this fund, this one included.
      borrowRound: (await countContractsOfHousehold(tx, fund.id, request.householdId)) + 1,
      signedOn,
      writtenAt: body.writtenAt ?? defaultWrittenAt(villageName),
      amountSatang: amount,
      amountWords: bahtText(amount),
      borrowerName,
      borrowerMemberId: member.id,
      borrowerAddress,
      projectName: proposal.projectName,
      consentName: body.consentName ?? request.consentName,
      consentRelation: body.consentRelation ?? request.consentRelation,
      lenderName: chair.name,
      witness1Name: body.witness1Name,
      witness2Name: body.witness2Name,
      recordedBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertContract(tx, row);
    const now = deps.clock.now();
    await updateRequest(tx, request.id, { status: "contracted", updatedAt: now });
    await updateProposal(tx, request.proposalId, { status: "contracted", updatedAt: now });
    const view = toContract(row, loan.status, await selectCurrentInstalments(tx, [loan.id]));
    await recordAudit(t, {
      action: "kkj.contract_signed",
      entityType: "kkj_contract",
      entityId: row.id,
      areaCode: fund.areaCode,
      after: { ...view, instalments: view.instalments.length },
    });
    return view;
  });
}
