// Tests for mentor pairing (maximum, area, one mentor per household per scheme) and visits.
import { describe, expect, it } from "vitest";
import {
  assertPairing,
  assertPairingEnd,
  assertVisit,
  DEFAULT_SCHEMES,
  mentorWorklist,
  overdueVisits,
  type Pairing,
  pairingRefusals,
  parseScheme,
  visitStatus,
} from "./mentor-pairing";
import { caught, issuesOf } from "./poverty-test-fixture";

const KHU_SIAO = DEFAULT_SCHEMES[0]!;
const KHU_BUN = DEFAULT_SCHEMES[1]!;

const pairing = (over: Partial<Pairing>): Pairing => ({
  pairingId: "p",
  scheme: "khu_siao",
  mentorId: "m1",
  householdId: "h1",
  villageCode: "40050908",
  startOn: "2024-01-01",
  endOn: null,
  ...over,
});

const request = (householdId: string, villageCode = "40050908", mentorId = "m1", scheme = KHU_SIAO) => ({
  scheme,
  mentor: { mentorId, areaCode: "400509" },
  household: { householdId, villageCode },
  startOn: "2024-06-01",
});

describe("pairing", () => {
  it("the default maximum is 2 households per mentor (Khon Kaen 1 : 2)", () => {
    expect(DEFAULT_SCHEMES.map((s) => [s.code, s.maxHouseholdsPerMentor])).toEqual([
      ["khu_siao", 2],
      ["khu_bun", 2],
    ]);
  });

  it("allows a mentor a second household in their sub-district", () => {
    expect(pairingRefusals(request("h2", "40050901"), [pairing({})])).toEqual([]);
    expect(() => assertPairing(request("h2"), [pairing({})])).not.toThrow();
  });

  it("refuses a third household beyond the maximum", () => {
    const existing = [pairing({ pairingId: "a" }), pairing({ pairingId: "b", householdId: "h2" })];
    const err = caught(() => assertPairing(request("h3"), existing));
    expect(err.kind).toBe("rule_violation");
    expect(err.code).toBe("poverty.mentor_over_limit");
    expect(err.messageTh).toBe("พี่เลี้ยงดูแลครบ 2 ครัวเรือนแล้ว (สูงสุดของคู่เสี่ยว เกี่ยวก้อย แก้จน)");
    expect(err.message).toBe(
      "The mentor already looks after 2 households, the maximum of Khu Siao (Khon Kaen mentoring pairs) is 2",
    );
  });

  it("counts only pairings in force on the start date, and only in the same scheme", () => {
    const existing = [
      pairing({ pairingId: "a", endOn: "2024-05-31" }),
      pairing({ pairingId: "b", householdId: "h2" }),
      pairing({ pairingId: "c", householdId: "h9", scheme: "khu_bun" }),
      pairing({ pairingId: "d", householdId: "h8", startOn: "2024-07-01" }),
    ];
    expect(pairingRefusals(request("h3"), existing)).toEqual([]);
  });

  it("a larger maximum is configuration", () => {
    const scheme = { ...KHU_BUN, maxHouseholdsPerMentor: 3 };
    const existing = [
      pairing({ scheme: "khu_bun", pairingId: "a" }),
      pairing({ scheme: "khu_bun", pairingId: "b", householdId: "h2" }),
    ];
    expect(pairingRefusals(request("h3", "40050908", "m1", scheme), existing)).toEqual([]);
  });

  it("refuses a household outside the mentor's area", () => {
    const err = caught(() => assertPairing(request("h5", "40060101"), []));
    expect(err.kind).toBe("rule_violation");
    expect(err.code).toBe("poverty.mentor_outside_area");
    expect(err.messageTh).toBe("หมู่บ้าน 40060101 ไม่อยู่ในพื้นที่ของพี่เลี้ยง (400509)");
  });

  it("one active mentor per household per scheme; the same pair twice is a conflict", () => {
    const existing = [pairing({ mentorId: "m2", householdId: "h1" })];
    const err = caught(() => assertPairing(request("h1"), existing));
    expect(err.kind).toBe("conflict");
    expect(err.code).toBe("poverty.household_has_mentor");
    expect(err.message).toContain("one per household per scheme");
    expect(() => assertPairing(request("h1", "40050908", "m1", KHU_BUN), existing)).not.toThrow();
    const same = caught(() => assertPairing(request("h1"), [pairing({})]));
    expect(same.code).toBe("poverty.pairing_exists");
  });

  it("lists every refusal together", () => {
    const existing = [
      pairing({ pairingId: "a", householdId: "hx" }),
      pairing({ pairingId: "b", householdId: "hy" }),
      pairing({ mentorId: "m2", householdId: "h7" }),
    ];
    const err = caught(() => assertPairing(request("h7", "41000000"), existing));
    expect((err.details as { refusals: { code: string }[] }).refusals.map((r) => r.code)).toEqual([
      "poverty.mentor_outside_area",
      "poverty.household_has_mentor",
      "poverty.mentor_over_limit",
    ]);
  });

  it("refuses a bad start date, a bad end and a bad scheme", () => {
    expect(caught(() => assertPairing({ ...request("h2"), startOn: "2024-13-01" }, [])).code).toBe(
      "poverty.invalid_pairing",
    );
    const end = caught(() => assertPairingEnd(pairing({}), "2023-12-31"));
    expect(issuesOf(end).map((i) => i.code)).toEqual(["before_start"]);
    expect(
      issuesOf(caught(() => assertPairingEnd(pairing({ endOn: "2024-03-01" }), "2024-04-01")))[0]!.code,
    ).toBe("already_ended");
    expect(() => assertPairingEnd(pairing({}), "2024-01-01")).not.toThrow();
    const scheme = caught(() => parseScheme({ code: "X", name: { th: "" }, maxHouseholdsPerMentor: 0 }));
    expect(issuesOf(scheme).map((i) => i.path)).toEqual([
      "code",
      "name.th",
      "name.en",
      "maxHouseholdsPerMentor",
    ]);
    expect(parseScheme({ code: "khu_hak", name: { th: "คู่ฮัก", en: "Khu Hak" } })).toEqual({
      code: "khu_hak",
      name: { th: "คู่ฮัก", en: "Khu Hak" },
      maxHouseholdsPerMentor: 2,
      visitIntervalDays: 30,
    });
  });
});

describe("visits", () => {
  const p1 = pairing({ pairingId: "p1", householdId: "h1", startOn: "2024-01-01" });
  const p2 = pairing({ pairingId: "p2", householdId: "h2", startOn: "2024-03-01" });
  const p3 = pairing({ pairingId: "p3", householdId: "h3", mentorId: "m2", startOn: "2024-01-01" });
  const ended = pairing({ pairingId: "p4", householdId: "h4", startOn: "2024-01-01", endOn: "2024-02-01" });
  const visits = [
    { pairingId: "p1", visitedOn: "2024-02-10" },
    { pairingId: "p1", visitedOn: "2024-03-20" },
    { pairingId: "p1", visitedOn: "2024-05-01" }, // after the as-of date: not yet seen
    { pairingId: "p3", visitedOn: "2024-03-25" },
  ];

  it("is due the interval after the last visit and overdue from the day after", () => {
    expect(visitStatus(p1, visits, "2024-04-19")).toMatchObject({
      lastVisitOn: "2024-03-20",
      dueOn: "2024-04-19",
      overdueDays: 0,
      isOverdue: false,
    });
    expect(visitStatus(p1, visits, "2024-04-20")).toMatchObject({ overdueDays: 1, isOverdue: true });
    expect(visitStatus(p2, visits, "2024-04-20")).toMatchObject({
      lastVisitOn: null,
      dueOn: "2024-03-31",
      overdueDays: 20,
    });
    expect(visitStatus(p2, visits, "2024-04-20", 60)).toMatchObject({
      dueOn: "2024-04-30",
      isOverdue: false,
    });
    expect(() => visitStatus(p2, visits, "2024-04-20", 0)).toThrow(RangeError);
  });

  it("a mentor's own list: their households in force, most overdue first", () => {
    const list = mentorWorklist("m1", [p1, p2, p3, ended], visits, "2024-04-25");
    expect(list.map((s) => [s.householdId, s.overdueDays])).toEqual([
      ["h2", 25],
      ["h1", 6],
    ]);
  });

  it("an area's overdue list leaves out ended and up-to-date pairings", () => {
    const list = overdueVisits([p1, p2, p3, ended], visits, "2024-04-22");
    expect(list.map((s) => [s.pairingId, s.overdueDays])).toEqual([
      ["p2", 22],
      ["p1", 3],
    ]);
  });

  it("a visit is within the pairing and not in the future", () => {
    expect(() => assertVisit(p1, "2024-02-10", "2024-04-01")).not.toThrow();
    const err = caught(() => assertVisit(ended, "2024-03-01", "2024-02-15"));
    expect(err.code).toBe("poverty.invalid_visit");
    expect(issuesOf(err).map((i) => i.code)).toEqual(["after_pairing", "in_future"]);
    expect(issuesOf(caught(() => assertVisit(p2, "2024-02-01", "2024-04-01")))[0]!.th).toBe(
      "อยู่ก่อนวันเริ่มจับคู่ (01/03/2567)",
    );
  });
});
