// Tests for the assistance menu, plan items, delivered items and plan totals.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_AGENCIES,
  DEFAULT_DIMENSION_AGENCIES,
  type MenuItem,
  parseDelivery,
  parseMenu,
  planItemFrom,
  planTotals,
} from "./assistance-menu";
import { DIMENSIONS } from "./deprivation-config";
import { caught, issuesOf } from "./poverty-test-fixture";

const RAW_MENU = [
  {
    code: "INC-CHICKEN",
    name: { th: "พันธุ์ไก่พื้นบ้าน 10 ตัว", en: "10 native chickens" },
    dimension: "income",
    agency: "agriculture",
    unitValueSatang: 150_000,
    unit: "ชุด",
    stages: ["sufficient", "survive"],
    eligibilityNotes: "ครัวเรือนที่มีพื้นที่เลี้ยง",
  },
  {
    code: "LIV-ROOF",
    name: { th: "ซ่อมหลังคาบ้าน" },
    dimension: "living",
    agency: "social_development",
    unitValueSatang: 2_000_000,
    unit: "หลัง",
  },
  {
    code: "HLT-VISIT",
    name: { th: "อสม. เยี่ยมบ้าน", en: "Health volunteer visit" },
    dimension: "health",
    agency: "public_health",
    unitValueSatang: 0,
    unit: "ครั้ง",
  },
];

const menu = (): MenuItem[] => parseMenu(structuredClone(RAW_MENU));

describe("the menu", () => {
  it("parses items, defaulting stages to all and the English name to null", () => {
    const items = menu();
    expect(items[0]).toEqual({
      code: "INC-CHICKEN",
      name: { th: "พันธุ์ไก่พื้นบ้าน 10 ตัว", en: "10 native chickens" },
      dimension: "income",
      agency: "agriculture",
      unitValueSatang: 150_000,
      unit: "ชุด",
      stages: ["survive", "sufficient"],
      eligibilityNotes: "ครัวเรือนที่มีพื้นที่เลี้ยง",
    });
    expect(items[1]!.stages).toEqual(["survive", "sufficient", "sustainable"]);
    expect(items[1]!.name.en).toBeNull();
    expect(items[2]!.unitValueSatang).toBe(0);
  });

  it("names every bad field of every item", () => {
    const err = caught(() =>
      parseMenu([
        { ...RAW_MENU[0], code: "INC CHICKEN", dimension: "wealth", agency: "bank", unitValueSatang: 1.5 },
        { ...RAW_MENU[1], code: "LIV-ROOF", unit: "", stages: [] },
        { ...RAW_MENU[1], unitValueSatang: 2_000_000_000 },
        "x",
      ]),
    );
    expect(err.code).toBe("poverty.invalid_menu");
    expect(issuesOf(err).map((i) => [i.path, i.code])).toEqual([
      ["items[0].code", "invalid_code"],
      ["items[0].dimension", "unknown_value"],
      ["items[0].agency", "unknown_value"],
      ["items[0].unitValueSatang", "not_satang"],
      ["items[1].unit", "required"],
      ["items[1].stages", "not_list"],
      ["items[2].code", "duplicate"],
      ["items[2].unitValueSatang", "too_large"],
      ["items[3]", "not_object"],
    ]);
    expect(err.messageTh).toContain("เมนูการให้ความช่วยเหลือไม่ถูกต้อง: items[0].code");
  });

  it("accepts a province's own agency when the agency table includes it", () => {
    const agencies = [...DEFAULT_AGENCIES, { code: "dla", name: { th: "ส่งเสริมการปกครองท้องถิ่น", en: "DLA" } }];
    expect(parseMenu([{ ...RAW_MENU[2], agency: "dla" }], agencies)[0]!.agency).toBe("dla");
  });

  it("the default dimension → agency table covers every dimension with known agencies (domain §8)", () => {
    const codes = new Set(DEFAULT_AGENCIES.map((a) => a.code));
    for (const d of DIMENSIONS) {
      expect(DEFAULT_DIMENSION_AGENCIES[d].length).toBeGreaterThan(0);
      for (const a of DEFAULT_DIMENSION_AGENCIES[d]) expect(codes.has(a)).toBe(true);
    }
    expect(DEFAULT_DIMENSION_AGENCIES.income).toEqual(["agriculture", "labour", "community_development"]);
  });
});

describe("plan and deliveries", () => {
  const items = menu();
  const plan = [
    planItemFrom(items, { planItemId: "p1", menuCode: "INC-CHICKEN", quantity: 2 }),
    planItemFrom(items, { planItemId: "p2", menuCode: "LIV-ROOF", quantity: 1, agency: "local_government" }),
    planItemFrom(items, { planItemId: "p3", menuCode: "HLT-VISIT", quantity: 12 }),
  ];
  const context = { plan, caseOpenedOn: "2023-10-01", today: "2024-06-30" };

  it("fixes the planned value and agency when planned", () => {
    expect(plan[0]).toEqual({
      planItemId: "p1",
      menuCode: "INC-CHICKEN",
      quantity: 2,
      agency: "agriculture",
      plannedValueSatang: 300_000,
    });
    expect(plan[1]!.agency).toBe("local_government");
    const err = caught(() =>
      planItemFrom(items, { planItemId: "", menuCode: "NOPE", quantity: 0, agency: "x" }),
    );
    expect(err.code).toBe("poverty.invalid_plan_item");
    expect(issuesOf(err).map((i) => i.path)).toEqual(["planItemId", "menuCode", "quantity", "agency"]);
    expect(issuesOf(err)[1]!.th).toBe('ไม่มีรายการ "NOPE" ในเมนู');
  });

  it("logs a delivery with its date, agency, value and evidence", () => {
    const d = parseDelivery(
      {
        planItemId: "p1",
        deliveredOn: "2024-02-14",
        agency: "community_development",
        quantity: 2,
        valueSatang: 280_000,
        evidence: [{ kind: "photo", ref: " file-123 " }],
      },
      context,
    );
    expect(d).toEqual({
      planItemId: "p1",
      deliveredOn: "2024-02-14",
      agency: "community_development",
      quantity: 2,
      valueSatang: 280_000,
      evidence: [{ kind: "photo", ref: "file-123" }],
    });
  });

  it("refuses a delivery outside the plan or the case's dates, in the future, or without evidence", () => {
    const err = caught(() =>
      parseDelivery(
        {
          planItemId: "p9",
          deliveredOn: "2023-09-30",
          agency: "bank",
          quantity: 0,
          valueSatang: -1,
          evidence: [],
        },
        context,
      ),
    );
    expect(err.code).toBe("poverty.invalid_delivery");
    expect(issuesOf(err).map((i) => [i.path, i.code])).toEqual([
      ["planItemId", "unknown_plan_item"],
      ["deliveredOn", "before_case"],
      ["agency", "unknown_value"],
      ["quantity", "out_of_range"],
      ["valueSatang", "negative"],
      ["evidence", "required"],
    ]);
    expect(issuesOf(err)[5]!.th).toContain("ต้องมีหลักฐานอย่างน้อย 1 รายการ");
    expect(issuesOf(err)[1]!.th).toBe("อยู่ก่อนวันเปิดเคส (01/10/2566)");
    expect(issuesOf(err)[1]!.en).toBe("is before the case opened (2023-10-01)");
    const closed = caught(() =>
      parseDelivery(
        {
          planItemId: "p1",
          deliveredOn: "2024-07-01",
          agency: "agriculture",
          quantity: 1,
          valueSatang: 1,
          evidence: [{ kind: "video", ref: "" }],
        },
        { ...context, caseClosedOn: "2024-05-31" },
      ),
    );
    expect(issuesOf(closed).map((i) => [i.path, i.code])).toEqual([
      ["deliveredOn", "after_closing"],
      ["deliveredOn", "in_future"],
      ["evidence[0].kind", "unknown_value"],
      ["evidence[0].ref", "required"],
    ]);
  });

  it("totals planned and delivered value per dimension and per agency", () => {
    const deliveries = [
      { planItemId: "p1", agency: "community_development", valueSatang: 280_000 },
      { planItemId: "p2", agency: "local_government", valueSatang: 1_950_000 },
      { planItemId: "p3", agency: "public_health", valueSatang: 0 },
      { planItemId: "p3", agency: "public_health", valueSatang: 0 },
    ];
    const t = planTotals(items, plan, deliveries);
    expect(t.total).toEqual({
      plannedSatang: 2_300_000,
      deliveredSatang: 2_230_000,
      planItems: 3,
      deliveries: 4,
    });
    expect(t.byDimension.income).toEqual({
      plannedSatang: 300_000,
      deliveredSatang: 280_000,
      planItems: 1,
      deliveries: 1,
    });
    expect(t.byDimension.health).toEqual({
      plannedSatang: 0,
      deliveredSatang: 0,
      planItems: 1,
      deliveries: 2,
    });
    expect(t.byDimension.education).toEqual({
      plannedSatang: 0,
      deliveredSatang: 0,
      planItems: 0,
      deliveries: 0,
    });
    expect(t.byAgency).toEqual([
      { agency: "agriculture", plannedSatang: 300_000, deliveredSatang: 0, planItems: 1, deliveries: 0 },
      {
        agency: "community_development",
        plannedSatang: 0,
        deliveredSatang: 280_000,
        planItems: 0,
        deliveries: 1,
      },
      {
        agency: "local_government",
        plannedSatang: 2_000_000,
        deliveredSatang: 1_950_000,
        planItems: 1,
        deliveries: 1,
      },
      { agency: "public_health", plannedSatang: 0, deliveredSatang: 0, planItems: 1, deliveries: 2 },
    ]);
    expect(() => planTotals(items, plan, [{ planItemId: "zz", agency: "x", valueSatang: 1 }])).toThrow(
      RangeError,
    );
  });
});
