// The five-step cycle: only the next step, only with evidence at the current one, nothing after completion.
import { describe, expect, it } from "vitest";
import { advanceRefusal, nextState, PLAN_STEPS, planLevel, stepNumber } from "./livelihood-rules";

describe("five-step cycle", () => {
  it("walks prepare → plan → act → evaluate → summarise → completed", () => {
    const walk: string[] = [];
    let s: ReturnType<typeof nextState> = "prepare";
    while (s !== "completed") {
      walk.push(s);
      s = nextState(s);
    }
    expect(walk).toEqual([...PLAN_STEPS]);
    expect(PLAN_STEPS.map(stepNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(stepNumber("completed")).toBe(6);
  });

  it("refuses skipping, going back, moving without evidence and moving after completion", () => {
    expect(advanceRefusal("prepare", "plan", 1)).toBeNull();
    expect(advanceRefusal("summarise", "completed", 2)).toBeNull();
    expect(advanceRefusal("prepare", "act", 3)).toBe("skip");
    expect(advanceRefusal("act", "plan", 3)).toBe("skip");
    expect(advanceRefusal("act", "act", 3)).toBe("skip");
    expect(advanceRefusal("evaluate", "completed", 3)).toBe("skip");
    expect(advanceRefusal("plan", "act", 0)).toBe("no_evidence");
    expect(advanceRefusal("completed", "completed", 5)).toBe("completed");
  });

  it("knows a plan's level from its area code", () => {
    expect(planLevel("600301")).toBe("subdistrict");
    expect(planLevel("60030103")).toBe("village");
    expect(planLevel("6003")).toBeNull();
    expect(planLevel("60030x03")).toBeNull();
  });
});
