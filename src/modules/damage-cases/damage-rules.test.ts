import { describe, expect, it } from "vitest";
import {
  closingRefusal,
  instalmentStates,
  planRefusal,
  STAGE_MOVES,
  STAGES,
  type Stage,
} from "./damage-rules";

describe("procedure", () => {
  it("reaches every step from discovery and never goes back to discovery or the report", () => {
    const seen = new Set<Stage>(["discovered"]);
    const queue: Stage[] = ["discovered"];
    while (queue.length)
      for (const next of STAGE_MOVES[queue.shift()!]) if (!seen.has(next)) seen.add(next) && queue.push(next);
    expect([...seen].sort()).toEqual([...STAGES].sort());
    for (const s of STAGES) {
      expect(STAGE_MOVES[s]).not.toContain("discovered");
      if (s !== "discovered") expect(STAGE_MOVES[s]).not.toContain("reported_to_district");
    }
  });
});

describe("closing", () => {
  const base = {
    outstandingSatang: 0,
    visited: ["discovered"] as Stage[],
    mayApprove: false,
    approvalRef: undefined,
  };
  it("closes as fully recovered only with nothing outstanding", () => {
    expect(closingRefusal("fully_recovered", base)).toBeNull();
    expect(closingRefusal("fully_recovered", { ...base, outstandingSatang: 1 })).toBe("not_fully_recovered");
  });
  it("writes off only after fact-finding, with approval rights and a reference", () => {
    const found: Stage[] = ["discovered", "reported_to_district", "fact_finding"];
    expect(closingRefusal("written_off", { ...base, mayApprove: true, approvalRef: "x" })).toBe(
      "facts_not_established",
    );
    expect(closingRefusal("written_off", { ...base, visited: found })).toBe("approval_required");
    expect(
      closingRefusal("written_off", { ...base, visited: found, mayApprove: true, approvalRef: "  " }),
    ).toBe("approval_reference_required");
    expect(
      closingRefusal("written_off", { ...base, visited: found, mayApprove: true, approvalRef: "ขก 1/2567" }),
    ).toBeNull();
  });
  it("closes on a legal outcome only after legal action", () => {
    expect(closingRefusal("legal_outcome", base)).toBe("no_legal_action");
    expect(
      closingRefusal("legal_outcome", { ...base, visited: ["discovered", "criminal_complaint"] }),
    ).toBeNull();
  });
});

describe("repayment plans", () => {
  const plan = [
    { dueOn: "2024-07-01", amountSatang: 300 },
    { dueOn: "2024-08-01", amountSatang: 300 },
    { dueOn: "2024-09-01", amountSatang: 400 },
  ];
  it("must add up to what is outstanding, in increasing dates, from the acknowledgement on", () => {
    expect(planRefusal(plan, 1000, "2024-06-10")).toBeNull();
    expect(planRefusal(plan, 999, "2024-06-10")).toBe("total_mismatch");
    expect(planRefusal([plan[1]!, plan[0]!, plan[2]!], 1000, "2024-06-10")).toBe("dates_not_increasing");
    expect(planRefusal([plan[0]!, { ...plan[1]!, dueOn: "2024-07-01" }, plan[2]!], 1000, "2024-06-10")).toBe(
      "dates_not_increasing",
    );
    expect(planRefusal(plan, 1000, "2024-07-02")).toBe("before_acknowledgement");
  });
  it("pays instalments oldest first and marks the late ones", () => {
    expect(instalmentStates(plan, 450, "2024-08-15").map((i) => [i.paidSatang, i.state])).toEqual([
      [300, "paid"],
      [150, "overdue"],
      [0, "due"],
    ]);
    expect(instalmentStates(plan, 1000, "2025-01-01").every((i) => i.state === "paid")).toBe(true);
    expect(instalmentStates(plan, 100, "2024-06-15")[0]).toMatchObject({
      paidSatang: 100,
      state: "partly_paid",
    });
  });
});
