// The loan product a fund lends under: its fund type's preset, the fund's bylaw parameters, then a loan's own tightening.
import type { FundType } from "../funds/index";
import type { ProductOverrides } from "./loan-contracts";
import { KKJ_PRODUCT, type LoanProduct, parseLoanProduct, SAVINGS_GROUP_PRODUCT } from "./loan-product";
import { loanRefusals } from "./loan-refusals";

/**
 * Funds other than กข.คจ. and savings groups (village, women's, occupation, welfare funds) have no preset
 * in domain.md; they start from the savings-group shape (declining balance, 30/360) and their bylaws
 * (fund parameters) set the rate. UNVERIFIED design default: confirm with the department.
 */
const COMMUNITY_FUND_PRODUCT: LoanProduct = {
  ...SAVINGS_GROUP_PRODUCT,
  code: "community-fund",
  name: { th: "เงินกู้กองทุนชุมชน", en: "Community fund loan" },
};

export function presetFor(fundType: string): LoanProduct {
  if (fundType === "kkj") return KKJ_PRODUCT;
  if (fundType === "savings_group") return SAVINGS_GROUP_PRODUCT;
  return COMMUNITY_FUND_PRODUCT;
}

interface FundBylaws {
  fundType: FundType | string;
  parameters: Record<string, unknown>;
}

/** The fund's product: the preset with the rate, largest loan and longest term its bylaws set. */
export function fundLoanProduct(fund: FundBylaws): LoanProduct {
  const preset = presetFor(fund.fundType);
  const p = fund.parameters;
  const product: LoanProduct = { ...preset };
  if (typeof p.interestRateBp === "number" && preset.interestMethod !== "none") {
    product.rateBp = p.interestRateBp;
    if (p.interestRateBp === 0) product.interestMethod = "none";
  }
  if (typeof p.maxLoanSatang === "number" && p.maxLoanSatang > 0) product.maxAmountSatang = p.maxLoanSatang;
  if (typeof p.maxLoanTermMonths === "number") {
    product.maxTermMonths = Math.min(preset.maxTermMonths, p.maxLoanTermMonths);
    product.minTermMonths = Math.min(product.minTermMonths, product.maxTermMonths);
  }
  return parseLoanProduct(product);
}

/**
 * A loan's product: the fund's, with overrides that may only tighten it (a lower rate, a shorter term,
 * fewer instalments, fewer schedule types, a smaller maximum); anything looser is refused.
 */
export function loanProductWithin(base: LoanProduct, overrides: ProductOverrides | undefined): LoanProduct {
  if (!overrides) return base;
  const o = overrides;
  const tighter = (field: string, ok: boolean) => {
    if (!ok) throw loanRefusals.productOutsidePreset(field);
  };
  if (o.rateBp !== undefined) tighter("rateBp", o.rateBp <= base.rateBp);
  if (o.maxTermMonths !== undefined) tighter("maxTermMonths", o.maxTermMonths <= base.maxTermMonths);
  if (o.minTermMonths !== undefined) tighter("minTermMonths", o.minTermMonths >= base.minTermMonths);
  if (o.maxInstalments !== undefined) tighter("maxInstalments", o.maxInstalments <= base.maxInstalments);
  if (o.minInstalments !== undefined) tighter("minInstalments", o.minInstalments >= base.minInstalments);
  if (o.scheduleTypes !== undefined) {
    tighter(
      "scheduleTypes",
      o.scheduleTypes.every((s) => base.scheduleTypes.includes(s)),
    );
  }
  if (o.maxAmountSatang !== undefined) {
    tighter(
      "maxAmountSatang",
      base.maxAmountSatang === undefined || o.maxAmountSatang <= base.maxAmountSatang,
    );
  }
  const product: LoanProduct = { ...base, ...o };
  // A rate brought down to 0 makes the loan interest-free rather than "declining at 0 %".
  if (o.rateBp === 0) product.interestMethod = "none";
  return parseLoanProduct(product);
}
