// Lends to a member through the loan engine: bylaw limits and guarantors checked (or overridden by the chair, audited), contract and payout in one transaction.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { ruleViolation } from "../../shared/errors";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { auditRefusals, type RefusalContext } from "../ledger/index";
import { createLoan, disburseLoan } from "../loans/index";
import type { LoanBody, SgLoan } from "./contracts";
import { checkLoanRequest } from "./member-loan-facts";
import { memberLoanProduct } from "./member-loan-rules";
import { listGroupLoans } from "./read-groups";
import { findMeeting, insertSgLoan, lockGroup, selectSgLoans } from "./savings.repository";
import { bylawsOn, loadGroupForWrite } from "./savings-access";
import { SG_MEETING, savingsErrors } from "./savings-errors";

/**
 * The chair or the finance member records a loan the committee approved and pays it out from cash. The
 * request is checked against the bylaws in force on the contract date (savings.loan_not_allowed lists every
 * broken rule). Only the chair may lend despite broken rules, with `override.reason`; the rules overridden,
 * the reason and the chair are kept on the loan and in a `savings.loan_rules_overridden` audit event.
 * Refusals are audited too. Checks and writes run under the group's row lock, so two loans cannot both use
 * the same guarantor's last free guarantee or the same savings.
 */
export async function makeMemberLoan(deps: Deps, fundId: string, body: LoanBody): Promise<SgLoan> {
  const context: RefusalContext = { operation: "savings.member_loan", fundId, input: body };
  const sgLoanId = await auditRefusals(deps, context, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const { fund, seat } = await loadGroupForWrite(t, fundId, ["chair", "finance"]);
      if (body.contractedOn > deps.clock.today())
        throw savingsErrors.dateInFuture("contractedOn", body.contractedOn);
      await lockGroup(tx, fund.id);
      const bylaws = await bylawsOn(tx, fund.id, body.contractedOn);
      const { check, borrower, guarantors } = await checkLoanRequest(
        t,
        fund,
        bylaws,
        body,
        body.contractedOn,
      );
      if (body.override) {
        if (seat !== null && seat.position !== "chair") throw savingsErrors.overrideNeedsChair();
        if (check.isAllowed) throw savingsErrors.overrideNotNeeded();
      } else if (!check.isAllowed) {
        const first = check.violations[0]!;
        const more = check.violations.length - 1;
        throw ruleViolation(
          "savings.loan_not_allowed",
          {
            th: `ให้กู้ไม่ได้ตามระเบียบกลุ่ม: ${first.path} ${first.th}${more > 0 ? ` (และอีก ${more} ข้อ)` : ""}`,
            en: `The loan breaks the bylaws: ${first.path} ${first.en}${more > 0 ? ` (and ${more} more)` : ""}`,
          },
          {
            issues: check.violations,
            limitSatang: check.limitSatang,
            availableSatang: check.availableSatang,
          },
        );
      }
      if (body.meetingId !== undefined) {
        const meeting = await findMeeting(tx, body.meetingId);
        if (!meeting || meeting.fundId !== fund.id) throw outOfScope(SG_MEETING);
      }
      const fiscalYear = fiscalYearOf(body.contractedOn);
      const sameYear = (await selectSgLoans(tx, fund.id)).filter(
        (l) => fiscalYearOf(l.contractedOn) === fiscalYear,
      ).length;
      const id = deps.ids.uuid();
      const loan = await createLoan(t, {
        fund,
        householdId: borrower.householdId,
        borrowerName: borrower.name,
        loanNo: `สก.${sameYear + 1}/${fiscalYear}`,
        sourceType: "savings_group",
        sourceId: id,
        product: memberLoanProduct(bylaws),
        principalSatang: body.amountSatang,
        contractedOn: body.contractedOn,
        plan: { scheduleType: "equal_instalments", instalmentCount: body.instalmentCount },
        decision: { resolutionRef: body.resolutionRef, meetingId: null },
      });
      await disburseLoan(t, {
        loanId: loan.id,
        paidOn: body.contractedOn,
        from: "cash",
        description: `จ่ายเงินกู้สมาชิก สัญญา ${loan.loanNo} สมาชิกเลขที่ ${borrower.memberNo} ${borrower.name}`,
        sourceType: "sg_loan",
        sourceId: id,
      });
      await insertSgLoan(
        tx,
        {
          id,
          fundId: fund.id,
          memberId: borrower.id,
          loanId: loan.id,
          amountSatang: body.amountSatang,
          limitSatang: check.limitSatang,
          availableSatang: check.availableSatang,
          meetingId: body.meetingId ?? null,
          resolutionRef: body.resolutionRef,
          overriddenRules: body.override ? check.violations : [],
          overrideReason: body.override?.reason ?? null,
          overriddenBy: body.override ? deps.actor.userId : null,
          createdBy: deps.actor.userId,
          createdAt: deps.clock.now(),
        },
        guarantors.map((g) => g.id),
      );
      const after = {
        fundId: fund.id,
        loanId: loan.id,
        loanNo: loan.loanNo,
        memberNo: borrower.memberNo,
        amountSatang: body.amountSatang,
        limitSatang: check.limitSatang,
        availableSatang: check.availableSatang,
        guarantorNos: guarantors.map((g) => g.memberNo),
        resolutionRef: body.resolutionRef,
      };
      await recordAudit(t, {
        action: "savings.loan_made",
        entityType: "sg_loan",
        entityId: id,
        areaCode: fund.areaCode,
        after,
      });
      if (body.override) {
        await recordAudit(t, {
          action: "savings.loan_rules_overridden",
          entityType: "sg_loan",
          entityId: id,
          areaCode: fund.areaCode,
          after,
          details: {
            reason: body.override.reason,
            rules: check.violations,
            position: seat?.position ?? "system",
          },
        });
      }
      return id;
    }),
  );
  const { items } = await listGroupLoans(deps, fundId);
  return items.find((l) => l.id === sgLoanId)!;
}
