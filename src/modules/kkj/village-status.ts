// The village status of a กข.คจ. fund (brown book part 3), computed from the journal, the loans and the register.
import type { Executor } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import type { FundRow } from "../funds/index";
import { fundPosition } from "../ledger/index";
import type { VillageStatus } from "./contracts";
import {
  countActiveBankAccounts,
  countTargets,
  findCurrentSet,
  journalBalanced,
  loanStats,
  selectAreas,
  selectDefaultCandidates,
} from "./kkj.repository";
import { loadKkjFund } from "./kkj-access";
import { isDefaulting, missingFund } from "./kkj-rules";

/**
 * Everything is derived at the moment of asking: money from the journal (fundPosition), loans from the loans
 * tables, households from the register. Defaulting: an instalment unpaid more than a year, or written off.
 * Missing fund = max(0, original capital − (bank + outstanding non-defaulted loans + cash)) (domain §4.8).
 * The book checks are the ones the system can make; see docs/kkj-workflow.md for what each one means.
 */
export async function computeVillageStatus(
  db: Executor,
  fund: Pick<FundRow, "id" | "areaCode" | "originalCapitalSatang">,
  asOf: string,
): Promise<VillageStatus> {
  // One query at a time: inside a transaction the queries share one connection.
  const position = await fundPosition(db, fund.id, asOf);
  const targets = await countTargets(db, fund.id);
  const stats = await loanStats(db, fund.id);
  const candidates = await selectDefaultCandidates(db, fund.id);
  const balanced = await journalBalanced(db, fund.id);
  const banks = await countActiveBankAccounts(db, fund.id);
  const currentSet = await findCurrentSet(db, fund.id, asOf);
  const villageName = (await selectAreas(db, [fund.areaCode])).get(fund.areaCode)?.nameTh ?? "";

  const defaulting = candidates.filter((c) => isDefaulting(c, c.oldestUnpaidDueOn, asOf));
  const defaultedSatang = defaulting.reduce(
    (sum, c) =>
      sum +
      (c.status === "written_off"
        ? (c.writeOffSatang ?? c.outstandingPrincipalSatang)
        : c.outstandingPrincipalSatang),
    0,
  );
  // Written-off loans have left loans receivable; defaulting active loans are still in it.
  const defaultedInReceivable = defaulting
    .filter((c) => c.status === "active")
    .reduce((sum, c) => sum + c.outstandingPrincipalSatang, 0);
  const activeOutstanding = candidates
    .filter((c) => c.status === "active")
    .reduce((sum, c) => sum + c.outstandingPrincipalSatang, 0);
  const elsewhere = position.cashSatang + position.otherAssetsSatang;
  const banksNonNegative = position.bankAccounts.every((b) => b.balanceSatang >= 0);
  const capitalRecorded = position.capitalSatang >= fund.originalCapitalSatang;
  return {
    asOf,
    fundId: fund.id,
    villageCode: fund.areaCode,
    villageName,
    originalCapitalSatang: fund.originalCapitalSatang,
    targetHouseholds: targets,
    borrowerHouseholds: stats.borrowerHouseholds,
    repayingHouseholds: stats.repayingHouseholds,
    withHouseholdsSatang: position.loansReceivableSatang,
    bankSatang: position.bankSatang,
    bankAccounts: position.bankAccounts.map((b) => ({
      bankAccountId: b.bankAccountId,
      nameTh: b.nameTh,
      balanceSatang: b.balanceSatang,
    })),
    cashSatang: position.cashSatang,
    otherAssetsSatang: position.otherAssetsSatang,
    elsewhereSatang: elsewhere,
    totalFundSatang: position.loansReceivableSatang + position.bankSatang + elsewhere,
    defaultingHouseholds: new Set(defaulting.map((c) => c.householdId ?? c.loanId)).size,
    defaultingLoans: defaulting.length,
    defaultedSatang,
    missingSatang: missingFund(
      fund.originalCapitalSatang,
      position.bankSatang,
      position.loansReceivableSatang - defaultedInReceivable,
      position.cashSatang,
    ),
    ledgerBalanced: balanced,
    books: {
      purple: {
        exists: targets > 0,
        correct: targets > 0 && currentSet !== undefined,
        note: "ทะเบียนครัวเรือนเป้าหมายมีครัวเรือน และมีคณะกรรมการชุดปัจจุบัน / register non-empty and a current committee set",
      },
      green: {
        exists: banks > 0,
        correct: banks > 0 && balanced && banksNonNegative,
        note: "มีบัญชีธนาคารที่ใช้งาน สมุดรายวันสมดุล และยอดเงินฝากไม่ติดลบ / an active bank account, a balanced journal, no negative bank balance",
      },
      yellow: {
        exists: stats.borrowerHouseholds > 0,
        correct: balanced && activeOutstanding === position.loansReceivableSatang,
        note: "ยอดลูกหนี้รายสัญญารวมกันเท่ากับบัญชีลูกหนี้เงินยืมในสมุดรายวัน / loans' outstanding principal adds up to loans receivable in the journal",
      },
      brown: {
        exists: true,
        correct: capitalRecorded,
        note: "ทุนเดิมของหมู่บ้านบันทึกในสมุดรายวันครบ / the village's original capital is recorded in the journal",
      },
    },
  };
}

export async function getVillageStatus(deps: Deps, fundId: string): Promise<VillageStatus> {
  const fund = await loadKkjFund(deps, fundId, "ledger.read");
  return computeVillageStatus(deps.db, fund, deps.clock.today());
}
