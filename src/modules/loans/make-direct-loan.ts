// Lends directly from a fund that is not กข.คจ.: the chair records the contract and pays it out from cash, in one transaction.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertFundOpen, loadFund, requireSeat } from "../funds/index";
import { auditRefusals, type RefusalContext } from "../ledger/index";
import { requireFundMeeting } from "./committee-decision";
import { createLoan } from "./create-loan";
import { disburseLoan } from "./disburse-loan";
import { fundLoanProduct, loanProductWithin } from "./fund-loan-product";
import type { DirectLoanBody, LoanActionResult } from "./loan-contracts";
import { loanRefusals } from "./loan-refusals";
import { toLoanView } from "./loan-views";
import { findHouseholdHead } from "./loans.repository";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The chair of the fund's current committee records a loan the committee approved (meetingRef) and pays
 * it out. A กข.คจ. fund lends only through its own workflow (proposal, committee decision, contract), which
 * calls createLoan and disburseLoan itself, so it is refused here.
 */
export async function makeDirectLoan(
  deps: Deps,
  fundId: string,
  body: DirectLoanBody,
): Promise<LoanActionResult> {
  const context: RefusalContext = { operation: "loan.direct_loan", fundId, input: body };
  return auditRefusals(deps, context, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const fund = await loadFund(t, fundId);
      await requireSeat(t, fund, ["chair"]);
      assertFundOpen(fund);
      if (fund.fundType === "kkj") throw loanRefusals.kkjUsesWorkflow();
      const product = loanProductWithin(fundLoanProduct(fund), body.product);
      const meetingId = await requireFundMeeting(t, fund, body.meetingId);
      let borrowerName = body.borrowerName;
      if (body.householdId !== undefined) {
        const household = UUID.test(body.householdId)
          ? await findHouseholdHead(tx, body.householdId)
          : undefined;
        if (!household || household.villageCode !== fund.areaCode) throw loanRefusals.householdOutsideFund();
        borrowerName ??= household.headName;
      }
      const loan = await createLoan(t, {
        fund,
        householdId: body.householdId ?? null,
        borrowerName: borrowerName ?? "",
        loanNo: body.loanNo,
        sourceType: "manual",
        sourceId: null,
        product,
        principalSatang: body.amountSatang,
        contractedOn: body.contractedOn,
        plan: body.plan,
        decision: { resolutionRef: body.meetingRef, meetingId },
      });
      const paid = await disburseLoan(t, {
        loanId: loan.id,
        paidOn: body.paidOn ?? body.contractedOn,
        from: "cash",
        description: `จ่ายเงินกู้ สัญญา ${loan.loanNo} ${loan.borrowerName}`,
        sourceType: "loan",
        sourceId: loan.id,
      });
      return { loan: toLoanView(paid.loan), journalEntryId: paid.journalEntryId };
    }),
  );
}
