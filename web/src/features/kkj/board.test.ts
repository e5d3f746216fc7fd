// The step board sorts rounds by where they wait, and links each card to the record to open.
import { describe, expect, it } from "vitest";
import type { Proposal } from "./api";
import { buildBoard, isMyTurn } from "./board";

function proposal(id: string, status: string, extra: Partial<Proposal> = {}): Proposal {
  return {
    id,
    fundId: "f",
    targetId: `t-${id}`,
    householdId: `h-${id}`,
    borrowRound: 1,
    docNo: `${id}/2569`,
    applicantName: `ผู้ยืม ${id}`,
    applicantAge: null,
    occupation: "ทำนา",
    projectName: "เลี้ยงไก่",
    items: [],
    totalSatang: 1_000_000,
    totalWords: "",
    submittedOn: "2026-01-01",
    status,
    workerOpinion: null,
    decision: null,
    recordedBy: null,
    ...extra,
  };
}

describe("buildBoard", () => {
  it("puts each round in the step it waits at", () => {
    const board = buildBoard(
      [
        proposal("1", "submitted"),
        proposal("2", "worker_reviewed"),
        proposal("3", "approved", {
          decision: {
            decision: "approve",
            amountSatang: 800_000,
            reason: null,
            meetingId: null,
            meetingNo: null,
            decidedBy: null,
            decidedOn: null,
          },
        }),
        proposal("4", "requested"),
        proposal("5", "requested"),
        proposal("6", "contracted"),
        proposal("7", "contracted"),
        proposal("8", "disbursed"),
        proposal("9", "rejected"),
        proposal("10", "closed"),
      ],
      [
        { id: "r4", proposalId: "4", status: "worker_reviewed", amountSatang: 900_000, decision: null },
        { id: "r5old", proposalId: "5", status: "withdrawn", amountSatang: 1, decision: null },
        { id: "r5", proposalId: "5", status: "approved", amountSatang: 900_000, decision: null },
      ],
      [
        { id: "c6", proposalId: "6", amountSatang: 700_000 },
        { id: "c7", proposalId: "7", amountSatang: 600_000 },
        { id: "c8", proposalId: "8", amountSatang: 500_000 },
      ],
      [{ contractId: "c7", status: "pending", source: "bank", withdrawalStatus: "pending" }],
    );
    expect(board.proposalSubmitted.map((c) => c.proposalId)).toEqual(["1"]);
    expect(board.proposalReviewed.map((c) => c.proposalId)).toEqual(["2"]);
    expect(board.proposalApproved[0]).toMatchObject({ proposalId: "3", amountSatang: 800_000 });
    expect(board.requestReviewed[0]?.link).toEqual({ kind: "request", id: "r4" });
    expect(board.requestApproved[0]?.link).toEqual({ kind: "request", id: "r5" });
    expect(board.contracted[0]).toMatchObject({
      link: { kind: "contract", id: "c6" },
      amountSatang: 700_000,
    });
    expect(board.voucherIssued[0]).toMatchObject({ proposalId: "7", awaitingSignatures: true });
    expect(board.disbursed.map((c) => c.proposalId)).toEqual(["8"]);
    expect(board.closed.map((c) => c.proposalId)).toEqual(["10"]);
    const all = Object.values(board).flat();
    expect(all.some((c) => c.proposalId === "9")).toBe(false);
  });
});

describe("isMyTurn", () => {
  it("matches the role or the committee seat the step waits for", () => {
    expect(isMyTurn("worker", "subdistrict_worker", [])).toBe(true);
    expect(isMyTurn("worker", "committee_member", ["chair"])).toBe(false);
    expect(isMyTurn("committee", "committee_member", ["chair"])).toBe(true);
    expect(isMyTurn("secretary", "committee_member", ["finance"])).toBe(false);
    expect(isMyTurn("finance", "committee_member", ["finance"])).toBe(true);
    expect(isMyTurn("none", "committee_member", ["chair"])).toBe(false);
  });
});
