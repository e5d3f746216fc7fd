// The กข.คจ. step board: where each borrowing round stands and whose move it is, from the lists of
// proposals, loan requests, contracts and pending vouchers.
import type { CommitteePosition } from "../../../../src/shared/roles";
import type { Contract, LoanRequest, Proposal, Voucher } from "./api";

/** Who the round waits for: the พัฒนากร, the committee (chair records), the secretary, the finance member… */
export type Waiter = "worker" | "committee" | "secretary" | "finance" | "signatories" | "borrower" | "none";

export const BOARD_STEPS = [
  { key: "proposalSubmitted", waits: "worker" },
  { key: "proposalReviewed", waits: "committee" },
  { key: "proposalApproved", waits: "secretary" },
  { key: "requestSubmitted", waits: "worker" },
  { key: "requestReviewed", waits: "committee" },
  { key: "requestApproved", waits: "secretary" },
  { key: "contracted", waits: "finance" },
  { key: "voucherIssued", waits: "signatories" },
  { key: "disbursed", waits: "borrower" },
  { key: "closed", waits: "none" },
] as const satisfies readonly { key: string; waits: Waiter }[];

export type StepKey = (typeof BOARD_STEPS)[number]["key"];

export interface BoardCard {
  proposalId: string;
  name: string;
  projectName: string;
  /** The record to open: the proposal, the loan request or the contract. */
  link: { kind: "proposal"; id: string } | { kind: "request"; id: string } | { kind: "contract"; id: string };
  amountSatang: number;
  /** For a pending voucher: the bank withdrawal still needs signatures (true) or is posted and only the payout remains. */
  awaitingSignatures?: boolean;
}

export type Board = Record<StepKey, BoardCard[]>;

type ContractLink = Pick<Contract, "id" | "proposalId" | "amountSatang">;
type VoucherLink = Pick<Voucher, "contractId" | "status" | "source" | "withdrawalStatus">;

/** Sorts the rounds into the steps; rejected and withdrawn rounds are left out (they wait for nobody). */
export function buildBoard(
  proposals: readonly Proposal[],
  requests: readonly Pick<LoanRequest, "id" | "proposalId" | "status" | "amountSatang" | "decision">[],
  contracts: readonly ContractLink[],
  vouchers: readonly VoucherLink[],
): Board {
  const board = Object.fromEntries(BOARD_STEPS.map((s) => [s.key, [] as BoardCard[]])) as Board;
  const liveRequest = new Map<string, (typeof requests)[number]>();
  for (const r of requests) {
    if (r.status !== "withdrawn" && r.status !== "rejected" && !liveRequest.has(r.proposalId)) {
      liveRequest.set(r.proposalId, r);
    }
  }
  const contractOf = new Map(contracts.map((c) => [c.proposalId, c]));
  const pendingVoucher = new Map(
    vouchers.filter((v) => v.status === "pending").map((v) => [v.contractId, v] as const),
  );

  for (const p of proposals) {
    const base = {
      proposalId: p.id,
      name: p.applicantName,
      projectName: p.projectName,
      amountSatang: p.decision?.amountSatang ?? p.totalSatang,
    };
    const proposalCard = (key: StepKey) => board[key].push({ ...base, link: { kind: "proposal", id: p.id } });
    switch (p.status) {
      case "submitted":
        proposalCard("proposalSubmitted");
        break;
      case "worker_reviewed":
        proposalCard("proposalReviewed");
        break;
      case "approved":
        proposalCard("proposalApproved");
        break;
      case "requested": {
        const r = liveRequest.get(p.id);
        const key: StepKey =
          r?.status === "approved"
            ? "requestApproved"
            : r?.status === "worker_reviewed"
              ? "requestReviewed"
              : "requestSubmitted";
        const amount = r ? (r.decision?.amountSatang ?? r.amountSatang) : base.amountSatang;
        board[key].push({
          ...base,
          amountSatang: amount,
          link: r ? { kind: "request", id: r.id } : { kind: "proposal", id: p.id },
        });
        break;
      }
      case "contracted":
      case "disbursed":
      case "closed": {
        const c = contractOf.get(p.id);
        const voucher = c ? pendingVoucher.get(c.id) : undefined;
        const key: StepKey =
          p.status === "closed"
            ? "closed"
            : p.status === "disbursed"
              ? "disbursed"
              : voucher
                ? "voucherIssued"
                : "contracted";
        board[key].push({
          ...base,
          amountSatang: c?.amountSatang ?? base.amountSatang,
          link: c ? { kind: "contract", id: c.id } : { kind: "proposal", id: p.id },
          ...(voucher ? { awaitingSignatures: voucher.withdrawalStatus === "pending" } : {}),
        });
        break;
      }
      default:
        break;
    }
  }
  return board;
}

/** True when the step waits for something the signed-in person may do. */
export function isMyTurn(waits: Waiter, role: string, positions: readonly CommitteePosition[]): boolean {
  switch (waits) {
    case "worker":
      return role === "subdistrict_worker";
    case "committee":
      return positions.includes("chair");
    case "secretary":
      return positions.includes("secretary");
    case "finance":
      return positions.includes("finance");
    case "signatories":
      return positions.includes("chair") || positions.includes("finance") || positions.includes("secretary");
    default:
      return false;
  }
}
