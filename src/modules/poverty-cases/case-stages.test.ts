// Tests for case stages: the default criteria, evaluation with reasons, allowed moves, history, closing and graduation.
import { describe, expect, it } from "vitest";
import {
  assertClosing,
  assertOneCasePerYear,
  assertStageChange,
  currentStage,
  DEFAULT_STAGE_RULES,
  evaluateStages,
  openingHistory,
  parseStageRules,
  recordStageChange,
  type StageEvidence,
  type StageRules,
  unmetReasons,
} from "./case-stages";
import { profileFromBmn, profileFromImport } from "./deprivation-profile";
import { bmnRecord, caught, issuesOf } from "./poverty-test-fixture";

function year(dataYear: number, failing: number[] = []) {
  const record = bmnRecord(dataYear, { failing });
  return { dataYear, profile: profileFromBmn(record), indicators: record.indicators };
}

const evidence = (years: ReturnType<typeof year>[], loanClasses: StageEvidence["loanClasses"] = []) => ({
  years,
  loanClasses,
});

describe("evaluation", () => {
  it("a household failing living conditions has not survived yet, with the reason", () => {
    const e = evaluateStages(evidence([year(2566, [8, 22])]));
    expect(e.dataYear).toBe(2566);
    expect(e.highestMet).toBeNull();
    expect(e.stages.survive.met).toBe(false);
    expect(e.stages.survive.results[0]!.reason).toEqual({
      th: "ปี 2566: ไม่ผ่านมิติความเป็นอยู่",
      en: "2566: the living conditions dimension fails",
    });
    // A later stage is not met while an earlier one is not, even when its own criterion would hold.
    expect(e.stages.sufficient.met).toBe(false);
    expect(unmetReasons(e, "sufficient").map((r) => r.en)).toEqual([
      "2566: the living conditions dimension fails",
      "2566: BMN indicator 22 fails",
    ]);
  });

  it("survive without sufficient income: survive met, sufficient not", () => {
    const e = evaluateStages(evidence([year(2566, [22, 16])]));
    expect(e.stages.survive.met).toBe(true);
    expect(e.stages.sufficient.met).toBe(false);
    expect(e.highestMet).toBe("survive");
  });

  it("sustainable needs the sufficient criteria in 2 consecutive data years, savings (23) and occupation (20)", () => {
    const oneYear = evaluateStages(evidence([year(2567)]));
    expect(oneYear.highestMet).toBe("sufficient");
    expect(oneYear.stages.sustainable.results[0]!.reason.en).toBe(
      "needs the sufficient criteria in 2 consecutive years, but 2566 has no data",
    );
    const gap = evaluateStages(evidence([year(2567), year(2565)]));
    expect(gap.stages.sustainable.met).toBe(false);
    const badEarlier = evaluateStages(evidence([year(2567), year(2566, [22])]));
    expect(badEarlier.stages.sustainable.results[0]!.reason.th).toBe(
      "ต้องผ่านเกณฑ์ขั้นพอเพียง 2 ปีติดต่อกัน: ปี 2566: ไม่ผ่าน จปฐ. ข้อ 22",
    );
    const noSavings = evaluateStages(evidence([year(2567, [23]), year(2566)]));
    expect(noSavings.stages.sustainable.results.map((r) => r.met)).toEqual([true, false]);
    expect(noSavings.stages.sustainable.results[1]!.reason.en).toBe("2567: BMN indicator 23 fails");
    const done = evaluateStages(evidence([year(2566), year(2567)]));
    expect(done.highestMet).toBe("sustainable");
    expect(done.stages.sustainable.results[0]!.reason.en).toBe(
      "the sufficient criteria hold in 2 consecutive years (2566–2567)",
    );
  });

  it("without data nothing is met, and an imported profile without savings data leaves 23 unknown", () => {
    const none = evaluateStages({ years: [], loanClasses: [] });
    expect(none.dataYear).toBeNull();
    expect(none.stages.survive.results[0]!.reason.en).toBe("no BMN data for the household");
    const imported = (y: number) => ({
      dataYear: y,
      profile: profileFromImport({ dataYear: y, failingIndicators: [] }),
    });
    const e = evaluateStages({ years: [imported(2566), imported(2567)], loanClasses: [] });
    expect(e.highestMet).toBe("sufficient");
    expect(e.stages.sustainable.results[1]!.reason.en).toBe("2567: no data for BMN indicator 23");
  });

  it("criteria are configuration: a province may require current loans for sufficient", () => {
    const rules: StageRules = structuredClone(DEFAULT_STAGE_RULES);
    rules.criteria.sufficient.push({ kind: "loans_current", currentClasses: ["current", "closed"] });
    const behind = evaluateStages(
      evidence([year(2567)], ["current", "overdue_31_90", "overdue_31_90"]),
      rules,
    );
    expect(behind.highestMet).toBe("survive");
    expect(behind.stages.sufficient.results[1]!.reason).toEqual({
      th: "มีหนี้เงินกู้ไม่ปกติ 2 สัญญา (overdue_31_90)",
      en: "2 loans are not current (overdue_31_90)",
    });
    expect(evaluateStages(evidence([year(2567)], ["closed"]), rules).highestMet).toBe("sufficient");
  });
});

describe("stage rules validation", () => {
  it("accepts the defaults", () => {
    expect(parseStageRules(structuredClone(DEFAULT_STAGE_RULES))).toEqual(DEFAULT_STAGE_RULES);
  });

  it("names every bad field", () => {
    const err = caught(() =>
      parseStageRules({
        criteria: {
          survive: [{ kind: "no_failing_dimensions", dimensions: ["wealth"] }],
          sufficient: [],
          sustainable: [
            { kind: "consecutive_years", years: 0, stage: "sustainable" },
            { kind: "indicators_pass", indicators: [40] },
            { kind: "loans_current", currentClasses: ["fine"] },
            { kind: "magic" },
          ],
        },
        graduation: { requireLoansCurrent: "yes", currentClasses: [] },
      }),
    );
    expect(err.code).toBe("poverty.invalid_stage_rules");
    expect(issuesOf(err).map((i) => [i.path, i.code])).toEqual([
      ["criteria.survive[0].dimensions[0]", "unknown_value"],
      ["criteria.sufficient", "not_list"],
      ["criteria.sustainable[0].years", "out_of_range"],
      ["criteria.sustainable[0].stage", "not_earlier"],
      ["criteria.sustainable[1].indicators[0]", "out_of_range"],
      ["criteria.sustainable[2].currentClasses[0]", "unknown_value"],
      ["criteria.sustainable[3].kind", "unknown_value"],
      ["graduation.requireLoansCurrent", "not_boolean"],
      ["graduation.currentClasses", "not_list"],
    ]);
    expect(caught(() => parseStageRules(null)).messageTh).toContain("เกณฑ์ขั้นการพัฒนาไม่ถูกต้อง");
  });
});

describe("moves and history", () => {
  const survived = evaluateStages(evidence([year(2566, [22])]));
  const notSurvived = evaluateStages(evidence([year(2566, [8])]));

  it("moves forward one stage when the current stage's criteria are met", () => {
    expect(assertStageChange("survive", "sufficient", { evaluation: survived })).toBe("forward");
  });

  it("refuses a forward move whose criteria are unmet or not evaluated, a skip and no change", () => {
    const unmet = caught(() => assertStageChange("survive", "sufficient", { evaluation: notSurvived }));
    expect(unmet.kind).toBe("rule_violation");
    expect(unmet.code).toBe("poverty.stage_criteria_unmet");
    expect(unmet.messageTh).toBe("ยังไม่ผ่านเกณฑ์ขั้นอยู่รอด: ปี 2566: ไม่ผ่านมิติความเป็นอยู่");
    expect(unmet.message).toBe(
      "The survive criteria are not met: 2566: the living conditions dimension fails",
    );
    expect(caught(() => assertStageChange("survive", "sufficient", {})).message).toContain("(not evaluated)");
    const skip = caught(() => assertStageChange("survive", "sustainable", { evaluation: survived }));
    expect(skip.code).toBe("poverty.stage_skip");
    expect(skip.messageTh).toBe("ข้ามขั้นไม่ได้: จากขั้นอยู่รอดต้องไปขั้นพอเพียงก่อน");
    expect(caught(() => assertStageChange("sufficient", "sufficient", {})).code).toBe(
      "poverty.stage_unchanged",
    );
  });

  it("goes back on relapse only with a reason", () => {
    const err = caught(() => assertStageChange("sustainable", "survive", { reason: "  " }));
    expect(err.kind).toBe("invalid_input");
    expect(err.code).toBe("poverty.relapse_reason_required");
    expect(err.messageTh).toBe("reason: ต้องระบุเหตุผลที่ถอยจากขั้นยั่งยืนเป็นขั้นอยู่รอด");
    expect(assertStageChange("sustainable", "survive", { reason: "น้ำท่วมนาเสียหายทั้งหมด" })).toBe("relapse");
  });

  it("keeps the full history: opened, forward with the data year relied on, relapse with its reason", () => {
    let history = openingHistory("2023-10-01", "worker.saimun");
    expect(currentStage(history)).toBe("survive");
    history = recordStageChange(history, {
      to: "sufficient",
      on: "2024-03-01",
      confirmedBy: "district.namphong",
      evaluation: survived,
    });
    history = recordStageChange(history, {
      to: "survive",
      on: "2024-09-15",
      confirmedBy: "district.namphong",
      reason: " หัวหน้าครัวเรือนป่วยหนัก ",
    });
    expect(history).toEqual([
      {
        stage: "survive",
        on: "2023-10-01",
        kind: "opened",
        confirmedBy: "worker.saimun",
        reason: null,
        evaluatedDataYear: null,
      },
      {
        stage: "sufficient",
        on: "2024-03-01",
        kind: "forward",
        confirmedBy: "district.namphong",
        reason: null,
        evaluatedDataYear: 2566,
      },
      {
        stage: "survive",
        on: "2024-09-15",
        kind: "relapse",
        confirmedBy: "district.namphong",
        reason: "หัวหน้าครัวเรือนป่วยหนัก",
        evaluatedDataYear: null,
      },
    ]);
    const early = caught(() =>
      recordStageChange(history, {
        to: "sufficient",
        on: "2024-09-14",
        confirmedBy: "x",
        evaluation: survived,
      }),
    );
    expect(early.code).toBe("poverty.stage_date_order");
    expect(early.message).toBe("on: 2024-09-14 is before the last stage change (2024-09-15)");
    expect(early.messageTh).toBe("on: วันที่ 14/09/2567 อยู่ก่อนการเปลี่ยนขั้นครั้งล่าสุด (15/09/2567)");
  });
});

describe("closing", () => {
  const sustainableHistory = recordStageChange(
    recordStageChange(openingHistory("2022-10-01", "a"), {
      to: "sufficient",
      on: "2023-03-01",
      confirmedBy: "a",
      evaluation: evaluateStages(evidence([year(2565, [22])])),
    }),
    {
      to: "sustainable",
      on: "2024-03-01",
      confirmedBy: "a",
      evaluation: evaluateStages(evidence([year(2566)])),
    },
  );
  const achieved = evaluateStages(evidence([year(2566), year(2567)]));

  it("graduates a sustainable case whose criteria are met", () => {
    expect(() =>
      assertClosing(
        { reason: "graduated", on: "2025-01-10" },
        { history: sustainableHistory, evaluation: achieved, loanClasses: ["overdue_1_30"] },
      ),
    ).not.toThrow();
  });

  it("with the graduation rule on, refuses while a loan is not current", () => {
    const rules: StageRules = structuredClone(DEFAULT_STAGE_RULES);
    rules.graduation.requireLoansCurrent = true;
    const context = { history: sustainableHistory, evaluation: achieved, rules };
    const err = caught(() =>
      assertClosing(
        { reason: "graduated", on: "2025-01-10" },
        { ...context, loanClasses: ["current", "postponed"] },
      ),
    );
    expect(err.code).toBe("poverty.graduation_refused");
    expect(err.messageTh).toBe("ยังปิดเคสแบบพ้นความยากจนไม่ได้: มีหนี้เงินกู้ไม่ปกติ 1 สัญญา (postponed)");
    expect(() =>
      assertClosing(
        { reason: "graduated", on: "2025-01-10" },
        { ...context, loanClasses: ["current", "closed"] },
      ),
    ).not.toThrow();
  });

  it("refuses graduation before the last stage or with its criteria unmet, listing every reason", () => {
    const err = caught(() =>
      assertClosing(
        { reason: "graduated", on: "2025-01-10" },
        {
          history: openingHistory("2023-10-01", "a"),
          evaluation: evaluateStages(evidence([year(2567, [23])])),
          loanClasses: [],
        },
      ),
    );
    expect((err.details as { refusals: { en: string }[] }).refusals.map((r) => r.en)).toEqual([
      "the case is at the survive stage; it must reach sustainable first",
      "needs the sufficient criteria in 2 consecutive years, but 2566 has no data",
      "2567: BMN indicator 23 fails",
    ]);
  });

  it("checks the other reasons' fields: merged names the case, other explains itself, dates in order", () => {
    const context = { history: sustainableHistory, evaluation: achieved, loanClasses: [] };
    expect(() => assertClosing({ reason: "moved", on: "2025-01-10" }, context)).not.toThrow();
    expect(() =>
      assertClosing({ reason: "died", on: "2025-01-10", note: "ผู้อยู่คนเดียวเสียชีวิต" }, context),
    ).not.toThrow();
    const err = caught(() => assertClosing({ reason: "merged", on: "2024-01-01" }, context));
    expect(err.code).toBe("poverty.invalid_closing");
    expect(issuesOf(err).map((i) => [i.path, i.code])).toEqual([
      ["on", "before_last_change"],
      ["mergedIntoCaseId", "required"],
    ]);
    expect(
      issuesOf(caught(() => assertClosing({ reason: "other", on: "2025-01-10" }, context)))[0]!.path,
    ).toBe("note");
    expect(
      issuesOf(
        caught(() => assertClosing({ reason: "lost" as "other", on: "2025-01-10", note: "x" }, context)),
      )[0]!.code,
    ).toBe("unknown_value");
  });
});

describe("one case per household per programme year", () => {
  it("refuses a second case in the same year and allows the next year", () => {
    const existing = [{ caseId: "c-1", householdId: "hh-1", programmeYear: 2567 }];
    const err = caught(() => assertOneCasePerYear(existing, "hh-1", 2567));
    expect(err.kind).toBe("conflict");
    expect(err.code).toBe("poverty.case_exists");
    expect(err.messageTh).toBe("ครัวเรือนนี้มีเคสของปีงบประมาณ 2567 อยู่แล้ว");
    expect(() => assertOneCasePerYear(existing, "hh-1", 2568)).not.toThrow();
    expect(() => assertOneCasePerYear(existing, "hh-2", 2567)).not.toThrow();
  });
});
