// Proposals, loan requests, contracts and vouchers of a fund (lists and single records), and a household's rounds.
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import type { Contract, HouseholdRounds, ListQuery, LoanRequest, Proposal, Voucher } from "./contracts";
import {
  type ContractRow,
  findContract,
  findFundRow,
  findProposal,
  findRequest,
  findVoucher,
  selectContractPage,
  selectContractsOfProposals,
  selectCurrentInstalments,
  selectHouseholds,
  selectLoanRows,
  selectProposalPage,
  selectProposalsOfHousehold,
  selectRequestPage,
  selectRequestsOfProposals,
  selectTargetsOfHouseholds,
  selectVoucherPage,
  selectVouchersOfContracts,
  selectWithdrawalStatuses,
  type VoucherRow,
} from "./kkj.repository";
import { kkjProductFor, loadKkjFund } from "./kkj-access";
import { CONTRACT, HOUSEHOLD, LOAN_REQUEST, PROPOSAL, VOUCHER } from "./kkj-errors";
import { afterIdOf, pageOf, requireOfFund, UUID } from "./kkj-steps";
import { meetingNosOf, toContract, toProposal, toRequest, toVoucher } from "./kkj-views";

export async function listProposals(deps: Deps, fundId: string, query: ListQuery): Promise<Page<Proposal>> {
  const fund = await loadKkjFund(deps, fundId);
  const found = await selectProposalPage(deps.db, {
    fundId: fund.id,
    status: query.status,
    afterId: afterIdOf(query.cursor),
    limit: query.limit + 1,
  });
  const meetings = await meetingNosOf(deps.db, found);
  return pageOf(found, query.limit, (rows) => rows.map((r) => toProposal(r, meetings)));
}

export async function getProposal(deps: Deps, fundId: string, proposalId: string): Promise<Proposal> {
  const fund = await loadKkjFund(deps, fundId);
  const row = requireOfFund(
    UUID.test(proposalId) ? await findProposal(deps.db, proposalId) : undefined,
    fund,
    PROPOSAL,
  );
  return toProposal(row, await meetingNosOf(deps.db, [row]));
}

export async function listRequests(deps: Deps, fundId: string, query: ListQuery): Promise<Page<LoanRequest>> {
  const fund = await loadKkjFund(deps, fundId);
  const found = await selectRequestPage(deps.db, {
    fundId: fund.id,
    status: query.status,
    afterId: afterIdOf(query.cursor),
    limit: query.limit + 1,
  });
  const meetings = await meetingNosOf(deps.db, found);
  const product = kkjProductFor(fund);
  return pageOf(found, query.limit, (rows) => rows.map((r) => toRequest(r, meetings, product)));
}

export async function getRequest(deps: Deps, fundId: string, requestId: string): Promise<LoanRequest> {
  const fund = await loadKkjFund(deps, fundId);
  const row = requireOfFund(
    UUID.test(requestId) ? await findRequest(deps.db, requestId) : undefined,
    fund,
    LOAN_REQUEST,
  );
  return toRequest(row, await meetingNosOf(deps.db, [row]), kkjProductFor(fund));
}

async function contractViews(db: Deps["db"], rows: readonly ContractRow[]): Promise<Contract[]> {
  const loanIds = rows.map((r) => r.loanId);
  const loans = new Map((await selectLoanRows(db, loanIds)).map((l) => [l.id, l]));
  const instalments = await selectCurrentInstalments(db, loanIds);
  return rows.map((r) => toContract(r, loans.get(r.loanId)?.status ?? "unknown", instalments));
}

export async function listContracts(deps: Deps, fundId: string, query: ListQuery): Promise<Page<Contract>> {
  const fund = await loadKkjFund(deps, fundId);
  const found = await selectContractPage(deps.db, {
    fundId: fund.id,
    afterId: afterIdOf(query.cursor),
    limit: query.limit + 1,
  });
  const views = await contractViews(deps.db, found.slice(0, query.limit));
  return pageOf(found, query.limit, () => views);
}

export async function getContract(deps: Deps, fundId: string, contractId: string): Promise<Contract> {
  const fund = await loadKkjFund(deps, fundId);
  const row = requireOfFund(
    UUID.test(contractId) ? await findContract(deps.db, contractId) : undefined,
    fund,
    CONTRACT,
  );
  return (await contractViews(deps.db, [row]))[0]!;
}

async function voucherViews(db: Deps["db"], rows: readonly VoucherRow[]): Promise<Voucher[]> {
  const contracts = new Map<string, ContractRow>();
  for (const r of rows) {
    if (!contracts.has(r.contractId)) contracts.set(r.contractId, (await findContract(db, r.contractId))!);
  }
  const statuses = await selectWithdrawalStatuses(
    db,
    rows.flatMap((r) => (r.bankWithdrawalId ? [r.bankWithdrawalId] : [])),
  );
  return rows.map((r) =>
    toVoucher(
      r,
      contracts.get(r.contractId)!,
      r.bankWithdrawalId ? (statuses.get(r.bankWithdrawalId) ?? null) : null,
    ),
  );
}

export async function listVouchers(deps: Deps, fundId: string, query: ListQuery): Promise<Page<Voucher>> {
  const fund = await loadKkjFund(deps, fundId);
  const found = await selectVoucherPage(deps.db, {
    fundId: fund.id,
    status: query.status,
    afterId: afterIdOf(query.cursor),
    limit: query.limit + 1,
  });
  const views = await voucherViews(deps.db, found.slice(0, query.limit));
  return pageOf(found, query.limit, () => views);
}

export async function getVoucher(deps: Deps, fundId: string, voucherId: string): Promise<Voucher> {
  const fund = await loadKkjFund(deps, fundId);
  const row = requireOfFund(
    UUID.test(voucherId) ? await findVoucher(deps.db, voucherId) : undefined,
    fund,
    VOUCHER,
  );
  return (await voucherViews(deps.db, [row]))[0]!;
}

/**
 * Every borrowing round of a household in any กข.คจ. fund, oldest first. A household member sees only their
 * own household; others need the household in their area.
 */
export async function getHouseholdRounds(deps: Deps, householdId: string): Promise<HouseholdRounds> {
  requirePermission(deps.actor, "households.read");
  const [household] = UUID.test(householdId) ? await selectHouseholds(deps.db, [householdId]) : [];
  if (!household) throw outOfScope(HOUSEHOLD);
  assertInScope(deps.actor, household.villageCode, HOUSEHOLD);
  if (
    deps.actor.kind === "user" &&
    deps.actor.role === "household_member" &&
    deps.actor.householdId !== householdId
  ) {
    throw outOfScope(HOUSEHOLD);
  }
  const targets = await selectTargetsOfHouseholds(deps.db, null, [householdId]);
  const proposals = await selectProposalsOfHousehold(deps.db, null, householdId);
  const proposalIds = proposals.map((p) => p.id);
  const requests = await selectRequestsOfProposals(deps.db, proposalIds);
  const contracts = await selectContractsOfProposals(deps.db, proposalIds);
  const vouchers = await voucherViews(
    deps.db,
    await selectVouchersOfContracts(
      deps.db,
      contracts.map((c) => c.id),
    ),
  );
  const loans = new Map(
    (
      await selectLoanRows(
        deps.db,
        contracts.map((c) => c.loanId),
      )
    ).map((l) => [l.id, l]),
  );
  const meetings = await meetingNosOf(deps.db, [...proposals, ...requests]);
  const products = new Map<string, ReturnType<typeof kkjProductFor>>();
  for (const fundId of new Set(proposals.map((p) => p.fundId))) {
    const fund = await findFundRow(deps.db, fundId);
    if (fund) products.set(fundId, kkjProductFor(fund));
  }
  return {
    householdId: household.id,
    houseNo: household.houseNo,
    headName: household.headName,
    villageCode: household.villageCode,
    targets: targets.map((t) => ({
      fundId: t.fundId,
      targetId: t.id,
      registerSeq: t.registerSeq,
      status: t.status,
    })),
    rounds: proposals.map((p) => {
      const request = requests.find((r) => r.proposalId === p.id);
      const contract = contracts.find((c) => c.proposalId === p.id);
      const loan = contract ? loans.get(contract.loanId) : undefined;
      const voucher =
        vouchers.find((v) => v.contractId === contract?.id && v.status !== "cancelled") ??
        vouchers.find((v) => v.contractId === contract?.id) ??
        null;
      const contractView = contract ? toContract(contract, loan?.status ?? "unknown", []) : null;
      return {
        proposal: toProposal(p, meetings),
        request: request ? toRequest(request, meetings, products.get(p.fundId)!) : null,
        contract: contractView ? (({ instalments: _i, ...rest }) => rest)(contractView) : null,
        voucher,
        loan: loan
          ? {
              loanId: loan.id,
              status: loan.status,
              principalSatang: loan.principalSatang,
              outstandingSatang: loan.outstandingPrincipalSatang + loan.outstandingInterestSatang,
              nextDueOn: loan.nextDueOn,
            }
          : null,
      };
    }),
  };
}
