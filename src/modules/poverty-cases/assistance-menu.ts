// The assistance menu (item, dimension, responsible agency, unit value, eligibility notes), case-plan items, delivered items with evidence, and plan totals per dimension and agency.
import { type Satang, satang } from "../../shared/money";
import { formatThaiShort, type IsoDate } from "../../shared/thai-date";
import { IssueList, throwIfIssues } from "../debt-centre/index";
import { STAGES, type Stage } from "./case-stages";
import { DIMENSIONS, type Dimension } from "./deprivation-config";

export interface Agency {
  code: string;
  name: { th: string; en: string };
}

/** The agencies named in domain §8's dimension table. Configuration: a province adds its own. */
export const DEFAULT_AGENCIES: readonly Agency[] = Object.freeze([
  { code: "public_health", name: { th: "สาธารณสุข", en: "Public health" } },
  {
    code: "social_development",
    name: { th: "พัฒนาสังคมและความมั่นคงของมนุษย์ (พม.)", en: "Social development (MSDHS)" },
  },
  { code: "local_government", name: { th: "องค์กรปกครองส่วนท้องถิ่น", en: "Local government" } },
  { code: "education", name: { th: "ศึกษาธิการ", en: "Education" } },
  { code: "nfe", name: { th: "ส่งเสริมการเรียนรู้ (กศน.)", en: "Non-formal education (NFE)" } },
  { code: "agriculture", name: { th: "เกษตร", en: "Agriculture" } },
  { code: "labour", name: { th: "แรงงาน", en: "Labour" } },
  { code: "community_development", name: { th: "พัฒนาชุมชน (พช.)", en: "Community development (CDD)" } },
  { code: "provincial_administration", name: { th: "ปกครอง", en: "Provincial administration" } },
]);

/**
 * Dimension → responsible agencies, domain §8 (UNVERIFIED default; keep it a table). The Si Sa Ket article
 * (seeds/003) shows one province's working groups: health สาธารณสุข, living พม., education ศึกษาธิการ,
 * income พช., access ส่งเสริมการปกครองท้องถิ่น, i.e. provinces differ and configure their own.
 */
export const DEFAULT_DIMENSION_AGENCIES: Readonly<Record<Dimension, readonly string[]>> = Object.freeze({
  health: ["public_health"],
  living: ["social_development", "local_government"],
  education: ["education", "nfe"],
  income: ["agriculture", "labour", "community_development"],
  public_access: ["provincial_administration", "social_development"],
});

export interface MenuItem {
  /** Unique in the menu, e.g. "INC-CHICKEN". */
  code: string;
  name: { th: string; en: string | null };
  dimension: Dimension;
  /** The responsible agency's code. */
  agency: string;
  /** Value of one unit in satang; 0 for help without a money value (advice, a referral). */
  unitValueSatang: number;
  /** The unit counted ("ชุด", "ครั้ง", "ตัว"). */
  unit: string;
  /** Stages the item serves (all when not limited). */
  stages: Stage[];
  eligibilityNotes: string | null;
}

/** A bound on one unit's value: 10 million baht, far above any household assistance item. */
export const MAX_UNIT_VALUE_SATANG = 1_000_000_000;

const MENU = { th: "เมนูการให้ความช่วยเหลือ", en: "The assistance menu" };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const optionalText = (v: unknown): string | null =>
  typeof v === "string" && v.trim().length > 0 ? v.trim() : null;

/**
 * Validates a menu (a list of items) against the agency table, or throws invalid_input
 * `poverty.invalid_menu` naming every bad field: code format and uniqueness, name, dimension, a known
 * agency, unit value in whole satang (0 allowed), unit, stages, notes.
 */
export function parseMenu(input: unknown, agencies: readonly Agency[] = DEFAULT_AGENCIES): MenuItem[] {
  const v = new IssueList();
  if (!Array.isArray(input)) {
    v.add("items", "not_list", "ต้องเป็นรายการ", "must be a list of items");
    throwIfIssues("poverty.invalid_menu", MENU, v.issues);
  }
  const codes = agencies.map((a) => a.code);
  const seen = new Map<string, number>();
  const items: MenuItem[] = [];
  (input as unknown[]).forEach((raw, k) => {
    const at = `items[${k}]`;
    if (!isRecord(raw)) {
      v.add(at, "not_object", "ต้องเป็นรายการช่วยเหลือหนึ่งรายการ", "must be one menu item");
      return;
    }
    const before = v.issues.length;
    if (typeof raw.code !== "string" || !/^[A-Za-z0-9._-]{1,32}$/.test(raw.code)) {
      v.add(
        `${at}.code`,
        "invalid_code",
        "ต้องเป็นตัวอักษรอังกฤษ ตัวเลข . _ - ไม่เกิน 32 ตัว",
        "must be 1–32 letters, digits, . _ -",
      );
    } else if (seen.has(raw.code)) {
      v.add(
        `${at}.code`,
        "duplicate",
        `ซ้ำกับ items[${seen.get(raw.code)}]`,
        `repeats items[${seen.get(raw.code)}]`,
      );
    } else {
      seen.set(raw.code, k);
    }
    const name = isRecord(raw.name) ? raw.name : {};
    v.text(`${at}.name.th`, name.th);
    v.text(`${at}.name.en`, name.en, { optional: true });
    v.oneOf(`${at}.dimension`, raw.dimension, DIMENSIONS);
    v.oneOf(`${at}.agency`, raw.agency, codes);
    v.satang(`${at}.unitValueSatang`, raw.unitValueSatang);
    if (typeof raw.unitValueSatang === "number" && raw.unitValueSatang > MAX_UNIT_VALUE_SATANG) {
      v.add(`${at}.unitValueSatang`, "too_large", "มูลค่าต่อหน่วยสูงเกิน 10 ล้านบาท", "is above 10 million baht");
    }
    v.text(`${at}.unit`, raw.unit, { max: 32 });
    const stages = raw.stages === undefined ? [...STAGES] : raw.stages;
    if (!Array.isArray(stages) || stages.length === 0) {
      v.add(
        `${at}.stages`,
        "not_list",
        "ต้องระบุขั้นอย่างน้อย 1 ขั้น (หรือไม่ระบุเลย)",
        "must list at least one stage (or be left out)",
      );
    } else {
      stages.forEach((s, j) => {
        v.oneOf(`${at}.stages[${j}]`, s, STAGES);
      });
    }
    v.text(`${at}.eligibilityNotes`, raw.eligibilityNotes, { optional: true, max: 1000 });
    if (v.issues.length > before) return;
    items.push({
      code: raw.code as string,
      name: { th: (name.th as string).trim(), en: optionalText(name.en) },
      dimension: raw.dimension as Dimension,
      agency: raw.agency as string,
      unitValueSatang: raw.unitValueSatang as number,
      unit: (raw.unit as string).trim(),
      stages: STAGES.filter((s) => (stages as unknown[]).includes(s)),
      eligibilityNotes: optionalText(raw.eligibilityNotes),
    });
  });
  throwIfIssues("poverty.invalid_menu", MENU, v.issues);
  return items;
}

export interface PlanItem {
  planItemId: string;
  menuCode: string;
  quantity: number;
  /** The agency doing it: the menu item's, unless the plan names another. */
  agency: string;
  /** quantity × the menu item's unit value, fixed when planned. */
  plannedValueSatang: number;
}

/** Builds a plan item from the menu: checks the menu code, quantity and agency; fixes the planned value. */
export function planItemFrom(
  menu: readonly MenuItem[],
  input: { planItemId: string; menuCode: string; quantity: number; agency?: string | undefined },
  agencies: readonly Agency[] = DEFAULT_AGENCIES,
): PlanItem {
  const v = new IssueList();
  v.text("planItemId", input.planItemId, { max: 64 });
  const item = menu.find((m) => m.code === input.menuCode);
  if (!item)
    v.add(
      "menuCode",
      "unknown_item",
      `ไม่มีรายการ "${input.menuCode}" ในเมนู`,
      `"${input.menuCode}" is not on the menu`,
    );
  v.integer("quantity", input.quantity, 1, 10_000);
  v.oneOf(
    "agency",
    input.agency,
    agencies.map((a) => a.code),
    true,
  );
  throwIfIssues("poverty.invalid_plan_item", { th: "รายการในแผน", en: "The plan item" }, v.issues);
  const value = item!.unitValueSatang * input.quantity;
  if (!Number.isSafeInteger(value)) throw new RangeError("planned value beyond the safe range");
  return {
    planItemId: input.planItemId,
    menuCode: item!.code,
    quantity: input.quantity,
    agency: input.agency ?? item!.agency,
    plannedValueSatang: value,
  };
}

export const EVIDENCE_KINDS = ["photo", "document", "receipt", "signature", "note"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface Evidence {
  kind: EvidenceKind;
  /** A stored file's id, a document number, or the note's text. */
  ref: string;
}

export interface Delivery {
  planItemId: string;
  deliveredOn: IsoDate;
  agency: string;
  quantity: number;
  valueSatang: number;
  evidence: Evidence[];
}

export interface DeliveryContext {
  plan: readonly PlanItem[];
  agencies?: readonly Agency[] | undefined;
  caseOpenedOn: IsoDate;
  /** Set for a closed case: deliveries after it are refused, earlier ones may still be logged. */
  caseClosedOn?: IsoDate | null | undefined;
  /** The business date: a delivery is not logged before it happens. */
  today: IsoDate;
}

const DELIVERY = { th: "บันทึกการให้ความช่วยเหลือ", en: "The delivery record" };

/**
 * Validates a delivered item, or throws invalid_input `poverty.invalid_delivery` naming every bad field: a
 * plan item of this case, a date within the case (not before it opened, not after it closed, not in the
 * future), a known agency, quantity, a value in whole satang, and 1–20 pieces of evidence.
 */
export function parseDelivery(input: unknown, context: DeliveryContext): Delivery {
  const v = new IssueList();
  if (!isRecord(input)) {
    v.add("delivery", "not_object", "ต้องเป็นข้อมูลการให้ความช่วยเหลือ", "must be a delivery");
    throwIfIssues("poverty.invalid_delivery", DELIVERY, v.issues);
  }
  const d = input as Record<string, unknown>;
  const agencies = context.agencies ?? DEFAULT_AGENCIES;
  if (
    v.text("planItemId", d.planItemId, { max: 64 }) &&
    !context.plan.some((p) => p.planItemId === d.planItemId)
  ) {
    v.add("planItemId", "unknown_plan_item", "ไม่มีรายการนี้ในแผนของเคส", "is not an item of the case's plan");
  }
  if (v.date("deliveredOn", d.deliveredOn)) {
    const on = d.deliveredOn as string;
    if (on < context.caseOpenedOn) {
      v.add(
        "deliveredOn",
        "before_case",
        `อยู่ก่อนวันเปิดเคส (${formatThaiShort(context.caseOpenedOn)})`,
        `is before the case opened (${context.caseOpenedOn})`,
      );
    }
    if (context.caseClosedOn && on > context.caseClosedOn) {
      v.add(
        "deliveredOn",
        "after_closing",
        `อยู่หลังวันปิดเคส (${formatThaiShort(context.caseClosedOn)})`,
        `is after the case closed (${context.caseClosedOn})`,
      );
    }
    if (on > context.today) v.add("deliveredOn", "in_future", "เป็นวันในอนาคต", "is in the future");
  }
  v.oneOf(
    "agency",
    d.agency,
    agencies.map((a) => a.code),
  );
  v.integer("quantity", d.quantity, 1, 10_000);
  v.satang("valueSatang", d.valueSatang);
  const evidence: Evidence[] = [];
  if (!Array.isArray(d.evidence) || d.evidence.length === 0) {
    v.add(
      "evidence",
      "required",
      "ต้องมีหลักฐานอย่างน้อย 1 รายการ (ภาพ เอกสาร ใบเสร็จ ลายมือชื่อ หรือบันทึก)",
      "needs at least one piece of evidence (photo, document, receipt, signature or note)",
    );
  } else if (d.evidence.length > 20) {
    v.add("evidence", "too_many", "มีได้ไม่เกิน 20 รายการ", "may hold at most 20 pieces");
  } else {
    d.evidence.forEach((e, k) => {
      const item = isRecord(e) ? e : {};
      const kindOk = v.oneOf(`evidence[${k}].kind`, item.kind, EVIDENCE_KINDS);
      const refOk = v.text(`evidence[${k}].ref`, item.ref, { max: 500 });
      if (kindOk && refOk)
        evidence.push({ kind: item.kind as EvidenceKind, ref: (item.ref as string).trim() });
    });
  }
  throwIfIssues("poverty.invalid_delivery", DELIVERY, v.issues);
  return {
    planItemId: d.planItemId as string,
    deliveredOn: d.deliveredOn as IsoDate,
    agency: d.agency as string,
    quantity: d.quantity as number,
    valueSatang: d.valueSatang as number,
    evidence,
  };
}

export interface Totals {
  plannedSatang: Satang;
  deliveredSatang: Satang;
  planItems: number;
  deliveries: number;
}

export interface PlanTotals {
  byDimension: Record<Dimension, Totals>;
  /** Per agency code, sorted by code: planned under the plan's agency, delivered under the delivering one. */
  byAgency: ({ agency: string } & Totals)[];
  total: Totals;
}

const zero = (): Totals => ({
  plannedSatang: satang(0),
  deliveredSatang: satang(0),
  planItems: 0,
  deliveries: 0,
});

/**
 * Plan and delivery totals per dimension, per agency and overall (integer satang; beyond the safe range
 * throws). A delivery whose plan item is not in the plan is refused (RangeError): deliveries are validated
 * against the plan when logged.
 */
export function planTotals(
  menu: readonly MenuItem[],
  plan: readonly PlanItem[],
  deliveries: readonly Pick<Delivery, "planItemId" | "agency" | "valueSatang">[],
): PlanTotals {
  const byCode = new Map(menu.map((m) => [m.code, m]));
  const byPlanItem = new Map(plan.map((p) => [p.planItemId, p]));
  const byDimension = Object.fromEntries(DIMENSIONS.map((d) => [d, zero()])) as Record<Dimension, Totals>;
  const agencies = new Map<string, Totals>();
  const total = zero();
  const agencyTotals = (code: string): Totals => {
    let t = agencies.get(code);
    if (!t) {
      t = zero();
      agencies.set(code, t);
    }
    return t;
  };
  const dimensionOf = (p: PlanItem): Dimension => {
    const item = byCode.get(p.menuCode);
    if (!item)
      throw new RangeError(`plan item ${p.planItemId} refers to ${p.menuCode}, which is not on the menu`);
    return item.dimension;
  };
  for (const p of plan) {
    for (const t of [byDimension[dimensionOf(p)], agencyTotals(p.agency), total]) {
      t.plannedSatang = satang(t.plannedSatang + p.plannedValueSatang);
      t.planItems++;
    }
  }
  for (const d of deliveries) {
    const p = byPlanItem.get(d.planItemId);
    if (!p) throw new RangeError(`delivery refers to ${d.planItemId}, which is not in the plan`);
    for (const t of [byDimension[dimensionOf(p)], agencyTotals(d.agency), total]) {
      t.deliveredSatang = satang(t.deliveredSatang + d.valueSatang);
      t.deliveries++;
    }
  }
  return {
    byDimension,
    byAgency: [...agencies.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([agency, t]) => ({ agency, ...t })),
    total,
  };
}
