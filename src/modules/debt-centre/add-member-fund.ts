// Adds a member fund to a centre: a Kaejon fund of the village (bylaw limits from its parameters unless given) or an outside fund by name and balance.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import {
  assertFundOpen,
  effectiveParameters,
  type FundParameters,
  type FundType,
  loadFund,
} from "../funds/index";
import { loadCentreForSetUp } from "./centre-access";
import { toMemberFund } from "./centre-views";
import type { MemberFundBody, MemberFundView } from "./contracts";
import { insertMemberFund, lockCentre, selectMemberFunds } from "./debt-centre.repository";
import { centreErrors } from "./debt-centre-errors";

export async function addMemberFund(
  deps: Deps,
  centreId: string,
  body: MemberFundBody,
): Promise<MemberFundView> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const centre = await loadCentreForSetUp(t, centreId);
    const isOutside = body.fundId === undefined;
    if (isOutside === (body.outsideName === undefined)) {
      throw centreErrors.invalidParameters(
        "fundId",
        "ระบุกองทุนในระบบ (fundId) หรือกองทุนภายนอก (outsideName) อย่างใดอย่างหนึ่ง",
        "give either a Kaejon fund (fundId) or an outside fund (outsideName), not both",
      );
    }
    if (isOutside && body.outsideBalanceSatang === undefined) {
      throw centreErrors.invalidParameters(
        "outsideBalanceSatang",
        "ต้องระบุยอดเงินของกองทุนภายนอก",
        "is required for an outside fund",
      );
    }
    await lockCentre(tx, centre.id);
    const existing = await selectMemberFunds(tx, centre.id);
    let maxLoanSatang = body.maxLoanSatang;
    let maxTermMonths = body.maxTermMonths;
    let fundName = body.outsideName ?? "";
    if (!isOutside) {
      const fund = await loadFund(t, body.fundId!);
      if (fund.areaCode !== centre.areaCode) throw centreErrors.fundOutsideVillage();
      assertFundOpen(fund);
      if (existing.some((m) => m.fundId === fund.id)) throw centreErrors.memberFundExists();
      const bylaws = effectiveParameters(fund.fundType as FundType, fund.parameters as FundParameters);
      maxLoanSatang ??= bylaws.maxLoanSatang;
      maxTermMonths ??= bylaws.maxLoanTermMonths;
      fundName = fund.name;
    }
    if (maxLoanSatang === undefined) {
      throw centreErrors.invalidParameters(
        "maxLoanSatang",
        "ต้องระบุวงเงินกู้สูงสุดต่อรายตามระเบียบ (กองทุนไม่ได้กำหนดไว้)",
        "is required (the fund's bylaws do not set a maximum loan)",
      );
    }
    const row = {
      id: deps.ids.uuid(),
      centreId: centre.id,
      fundId: body.fundId ?? null,
      outsideName: isOutside ? body.outsideName! : null,
      outsideBalanceSatang: isOutside ? body.outsideBalanceSatang! : null,
      preference: body.preference ?? existing.reduce((max, m) => Math.max(max, m.preference), 0) + 1,
      mayRefinance: body.mayRefinance,
      maxLoanSatang,
      maxTermMonths: maxTermMonths ?? centre.maxTermMonths,
      createdAt: deps.clock.now(),
    };
    await insertMemberFund(tx, row);
    const view = toMemberFund({
      ...row,
      fundName: isOutside ? null : fundName,
      fundType: null,
      fundStatus: null,
      fundAreaCode: null,
    });
    await recordAudit(t, {
      action: "debt_centre.member_fund_added",
      entityType: "debt_centre",
      entityId: centre.id,
      areaCode: centre.areaCode,
      after: view,
    });
    return view;
  });
}
