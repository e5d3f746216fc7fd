import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import { changeComplaintStatus } from "./change-complaint-status";
import {
  buildComplaintFixture,
  type ComplaintFixture,
  codeOf,
  complaintBody,
  OTHER_VILLAGE,
  VILLAGE,
} from "./complaints-test-fixture";
import { complaintExportColumns, exportComplaints } from "./export-complaints";
import { fileComplaint } from "./file-complaint";
import { listCategories } from "./list-categories";
import { getComplaint, listComplaints, listMyComplaints } from "./read-complaints";
import { replyToComplaint } from "./reply-to-complaint";
import { routeComplaint } from "./route-complaint";
import { saveCategory } from "./save-category";
import { trackComplaint } from "./track-complaint";

let t: TestDatabase;
let f: ComplaintFixture;

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildComplaintFixture(t.deps, "cmp");
});
afterAll(async () => t?.close());

const count = async (table: string): Promise<number> =>
  (await rows<{ n: number }>(t.deps.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

async function everything(): Promise<Record<string, number>> {
  return {
    complaints: await count("cmp_complaint"),
    complainants: await count("cmp_complainant"),
    events: await count("cmp_event"),
    audit: await count("audit_event where action like 'complaint.%'"),
  };
}

describe("intake", () => {
  it("files a named household complaint about the fund, routed to the district, due after the category's SLA", async () => {
    const filed = await fileComplaint(f.as(f.household), complaintBody({ fundId: f.fund.id }));
    expect(filed).toMatchObject({
      status: "received",
      receivedOn: "2024-06-15",
      dueOn: "2024-07-15",
      anonymous: false,
      trackWith: "reference_and_phone_last4",
    });
    expect(filed.referenceNo).toMatch(/^KJ-[0-9A-Z]{11}$/);
    const detail = await getComplaint(f.as(f.district), filed.id);
    expect(detail.complaint).toMatchObject({
      areaCode: VILLAGE,
      officeCode: "4007",
      fundId: f.fund.id,
      channel: "household",
      complainant: { name: "นางบุญมี ร้องทุกข์", phone: "0812345678", address: null },
    });
    const [who] = await rows<{ user_id: string; household_id: string }>(
      t.deps.db,
      sql`select user_id, household_id from cmp_complainant where complaint_id = ${filed.id}`,
    );
    expect(who).toEqual({ user_id: f.household.userId, household_id: f.householdId });
    const mine = await listMyComplaints(f.as(f.household));
    expect(mine.items.map((c) => c.referenceNo)).toContain(filed.referenceNo);
  });

  it("lets staff record a complaint received earlier by phone, due from the receipt date", async () => {
    const filed = await fileComplaint(
      f.as(f.worker),
      complaintBody({ category: "missing_fund", areaCode: VILLAGE, receivedOn: "2024-06-01" }),
    );
    expect(filed.dueOn).toBe("2024-06-16");
    expect((await getComplaint(f.as(f.worker), filed.id)).complaint.channel).toBe("staff");
  });

  it("refuses bad input with Thai and English messages and writes nothing", async () => {
    const before = await everything();
    const h = f.as(f.household);
    const cases: Array<[string, Record<string, unknown>, ReturnType<typeof f.as>]> = [
      ["complaints.complainant_required", { complainant: undefined }, h],
      ["complaints.anonymous_with_identity", { anonymous: true }, h],
      ["complaints.phone_invalid", { complainant: { name: "ก", phone: "12-34" } }, h],
      ["complaints.category_unknown", { category: "no_such" }, h],
      ["complaints.area_unknown", { areaCode: "40070999" }, f.as(f.district)],
      ["complaints.office_invalid", { areaCode: VILLAGE, officeCode: "4001" }, f.as(f.district)],
      ["complaints.received_in_future", { areaCode: VILLAGE, receivedOn: "2024-06-16" }, f.as(f.district)],
      ["complaints.received_on_not_allowed", { receivedOn: "2024-06-10" }, h],
      ["complaints.area_required", {}, f.as(f.district)],
      ["complaints.area_not_of_fund", { fundId: f.fund.id, areaCode: "40070901" }, f.as(f.district)],
    ];
    for (const [code, over, deps] of cases) {
      let error: { code: string; messageTh: string; message: string } | undefined;
      try {
        await fileComplaint(deps, complaintBody(over) as never);
      } catch (e) {
        error = e as typeof error;
      }
      expect(error?.code, code).toBe(code);
      expect(error?.messageTh).toMatch(/[ก-๙]/);
      expect(error?.message).toMatch(/[a-z]/);
    }
    expect(await everything()).toEqual(before);
  });

  it("treats a fund or area outside the filer's scope as not found, and a role without intake rights as forbidden", async () => {
    const before = await everything();
    expect(
      await codeOf(() => fileComplaint(f.as(f.household), complaintBody({ fundId: f.otherFund.id }))),
    ).toBe("common.not_found");
    expect(
      await codeOf(() => fileComplaint(f.as(f.district), complaintBody({ areaCode: OTHER_VILLAGE }))),
    ).toBe("common.not_found");
    expect(
      await codeOf(() =>
        fileComplaint({ ...t.deps, actor: { ...f.auditor } }, complaintBody({ areaCode: VILLAGE })),
      ),
    ).toBe("access.permission_complaints_file");
    expect(await everything()).toEqual(before);
  });
});

describe("anonymity", () => {
  it("stores, shows, exports and audits nothing that identifies an anonymous complainant", async () => {
    const filed = await fileComplaint(
      f.as(f.household),
      complaintBody({ anonymous: true, complainant: undefined, category: "missing_fund", fundId: f.fund.id }),
    );
    expect(filed.trackWith).toBe("reference_only");
    const secrets = [
      f.household.userId!,
      f.household.username,
      f.householdId,
      "บุญมี",
      "0812345678",
      "household_member",
      '"channel":"household"',
    ];
    const noSecret = (value: unknown) => {
      const text = JSON.stringify(value);
      for (const s of secrets) expect(text, s).not.toContain(s);
    };
    expect(await count(`cmp_complainant where complaint_id = '${filed.id}'`)).toBe(0);
    const [row] = await rows<Record<string, unknown>>(
      t.deps.db,
      sql`select * from cmp_complaint where id = ${filed.id}`,
    );
    noSecret(row);
    expect(row).toMatchObject({ anonymous: true, channel: "anonymous" });
    const events = await rows<Record<string, unknown>>(
      t.deps.db,
      sql`select * from cmp_event where complaint_id = ${filed.id}`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.actor_id).toBeNull();
    noSecret(events);
    const audit = await rows<Record<string, unknown>>(
      t.deps.db,
      sql`select * from audit_event where entity_id = ${filed.id}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: null,
      actor_username: "anonymous-complainant",
      request_id: null,
    });
    // Stamped with the start of the Bangkok day, not the minute of filing.
    expect(new Date(audit[0]!.occurred_at as string).toISOString()).toBe("2024-06-14T17:00:00.000Z");
    noSecret(audit);

    const detail = await getComplaint(f.as(f.district), filed.id);
    expect(detail.complaint.complainant).toBeNull();
    noSecret(detail);
    const list = await listComplaints(f.as(f.province), { limit: 200 });
    noSecret(list.items.filter((c) => c.id === filed.id));
    const exported: unknown[] = [];
    for await (const c of exportComplaints(f.as(f.district), {})) {
      if (c.id === filed.id) {
        exported.push(Object.fromEntries(complaintExportColumns("th").map((col) => [col.key, col.value(c)])));
      }
    }
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ complainant: "ไม่ประสงค์ออกนาม", phone: null });
    noSecret(exported);
    expect((await listMyComplaints(f.as(f.household))).items.map((c) => c.id)).not.toContain(filed.id);

    // Later handling is audited normally; the complaint still shows no complainant.
    await replyToComplaint(f.as(f.district), filed.id, { visibility: "public", body: "รับเรื่องแล้ว" });
    noSecret(await getComplaint(f.as(f.district), filed.id));
  });

  it("refuses, in the database itself, a complainant row for an anonymous complaint", async () => {
    const filed = await fileComplaint(
      f.as(f.worker),
      complaintBody({ anonymous: true, complainant: undefined, areaCode: VILLAGE }),
    );
    await expect(
      t.deps.db.execute(
        sql`insert into cmp_complainant (complaint_id, name, phone) values (${filed.id}, 'someone', '0800000000')`,
      ),
    ).rejects.toThrow();
    await expect(
      t.deps.db.execute(sql`update cmp_complaint set anonymous = false where id = ${filed.id}`),
    ).rejects.toThrow();
  });
});

describe("tracking", () => {
  it("shows a named complaint only with the phone's last 4 digits, and only its public replies", async () => {
    const filed = await fileComplaint(f.as(f.household), complaintBody({ fundId: f.fund.id }));
    await replyToComplaint(f.as(f.district), filed.id, {
      visibility: "internal",
      body: "ภายใน: ตรวจบัญชีแล้วพบยอดไม่ตรง",
    });
    await replyToComplaint(f.as(f.district), filed.id, {
      visibility: "public",
      body: "อำเภอจะตรวจสอบบัญชีภายใน 7 วัน",
    });
    const anyone = { ...t.deps, actor: { ...t.deps.actor } };
    const result = await trackComplaint(anyone, {
      referenceNo: filed.referenceNo.toLowerCase(),
      phoneLast4: "5678",
    });
    expect(result).toEqual({
      referenceNo: filed.referenceNo,
      status: "replied",
      categoryName: { th: "การปฏิบัติหน้าที่ของคณะกรรมการ", en: "Committee conduct" },
      receivedOn: "2024-06-15",
      dueOn: "2024-07-15",
      closedOn: null,
      outcome: null,
      replies: [{ repliedOn: "2024-06-15", body: "อำเภอจะตรวจสอบบัญชีภายใน 7 วัน" }],
    });
    expect(JSON.stringify(result)).not.toContain("ภายใน: ตรวจบัญชี");
  });

  it("answers a wrong phone, a missing phone, an unknown or malformed reference with the same not-found", async () => {
    const filed = await fileComplaint(f.as(f.household), complaintBody({ fundId: f.fund.id }));
    const body = filed.referenceNo.slice(3, 13);
    const other = `KJ-${body}${"0123456789ABCDEFGHJKMNPQRSTVWXYZ".replace(filed.referenceNo.slice(-1), "")[0]}`;
    const attempts = [
      { referenceNo: filed.referenceNo, phoneLast4: "0000" },
      { referenceNo: filed.referenceNo },
      { referenceNo: filed.referenceNo, phoneLast4: "45678" },
      { referenceNo: other, phoneLast4: "5678" },
      { referenceNo: "KJ-00000000000", phoneLast4: "5678" },
      { referenceNo: "not a reference" },
    ];
    const answers = new Set<string>();
    for (const attempt of attempts) {
      try {
        await trackComplaint(t.deps, attempt);
        answers.add("found");
      } catch (e) {
        const err = e as { kind: string; code: string; messageTh: string; message: string };
        answers.add(JSON.stringify([err.kind, err.code, err.messageTh, err.message]));
      }
    }
    expect([...answers]).toEqual([
      JSON.stringify([
        "not_found",
        "complaints.track_not_found",
        "ไม่พบข้อร้องเรียนตามเลขที่อ้างอิงและข้อมูลยืนยันที่ระบุ กรุณาตรวจสอบอีกครั้ง",
        "No complaint matches this reference number and verification; please check them",
      ]),
    ]);
  });

  it("shows an anonymous complaint by its reference alone", async () => {
    const filed = await fileComplaint(
      f.as(f.household),
      complaintBody({ anonymous: true, complainant: undefined }),
    );
    const result = await trackComplaint(t.deps, { referenceNo: filed.referenceNo });
    expect(result).toMatchObject({ referenceNo: filed.referenceNo, status: "received", replies: [] });
  });
});

describe("handling", () => {
  it("re-routes to the province with an audited reason and refuses an office that does not contain the area", async () => {
    const filed = await fileComplaint(f.as(f.committee), complaintBody({ fundId: f.fund.id }));
    expect(
      await codeOf(() =>
        routeComplaint(f.as(f.district), filed.id, { officeCode: "4001", reason: "ผิดอำเภอ" }),
      ),
    ).toBe("complaints.office_invalid");
    expect(
      await codeOf(() => routeComplaint(f.as(f.district), filed.id, { officeCode: "4007", reason: "เดิม" })),
    ).toBe("complaints.office_unchanged");
    const detail = await routeComplaint(f.as(f.district), filed.id, {
      officeCode: "40",
      reason: "เกินอำนาจอำเภอ",
    });
    expect(detail.complaint.officeCode).toBe("40");
    expect(detail.events.at(-1)).toMatchObject({
      kind: "route",
      fromValue: "4007",
      toValue: "40",
      note: "เกินอำนาจอำเภอ",
    });
    const [audit] = await rows<{ actor_id: string; before: unknown; after: unknown }>(
      t.deps.db,
      sql`select actor_id, before, after from audit_event where action = 'complaint.routed' and entity_id = ${filed.id}`,
    );
    expect(audit).toEqual({
      actor_id: f.district.userId,
      before: { officeCode: "4007" },
      after: { officeCode: "40" },
    });
  });

  it("moves through the statuses and refuses impossible moves with the allowed ones", async () => {
    const filed = await fileComplaint(f.as(f.household), complaintBody({ fundId: f.fund.id }));
    const d = f.as(f.district);
    expect(await codeOf(() => changeComplaintStatus(d, filed.id, { status: "closed" }))).toBe(
      "complaints.outcome_required",
    );
    expect(
      await codeOf(() => changeComplaintStatus(d, filed.id, { status: "closed", outcome: "duplicate" })),
    ).toBe("complaints.outcome_required");
    await changeComplaintStatus(d, filed.id, { status: "in_progress" });
    await replyToComplaint(d, filed.id, { visibility: "public", body: "ตรวจสอบแล้ว" });
    let refused: { code: string; details: unknown } | undefined;
    try {
      await changeComplaintStatus(d, filed.id, { status: "rejected", outcome: "duplicate" });
    } catch (e) {
      refused = e as typeof refused;
    }
    expect(refused).toMatchObject({
      code: "complaints.status_move_not_allowed",
      details: { from: "replied", to: "rejected", allowed: ["in_progress", "closed"] },
    });
    const closed = await changeComplaintStatus(d, filed.id, {
      status: "closed",
      outcome: "resolved",
      note: "คืนเงินครบ",
    });
    expect(closed.complaint).toMatchObject({
      status: "closed",
      closedOn: "2024-06-15",
      outcome: "resolved",
      outcomeNote: "คืนเงินครบ",
    });
    expect(closed.allowedMoves).toEqual([]);
    expect(closed.events.map((e) => e.toValue)).toEqual(["received", "in_progress", "replied", "closed"]);
    expect(await codeOf(() => changeComplaintStatus(d, filed.id, { status: "in_progress" }))).toBe(
      "complaints.status_move_not_allowed",
    );
    expect(await codeOf(() => replyToComplaint(d, filed.id, { visibility: "public", body: "อีก" }))).toBe(
      "complaints.finished",
    );
  });

  it("hides complaints outside the officer's area as not found and keeps committee members and households out of the lists", async () => {
    const filed = await fileComplaint(f.as(f.worker), complaintBody({ fundId: f.fund.id }));
    const out = f.as(f.outsider);
    expect(await codeOf(() => getComplaint(out, filed.id))).toBe("common.not_found");
    expect(await codeOf(() => replyToComplaint(out, filed.id, { visibility: "public", body: "x" }))).toBe(
      "common.not_found",
    );
    expect(await codeOf(() => routeComplaint(out, filed.id, { officeCode: "40", reason: "x" }))).toBe(
      "common.not_found",
    );
    expect(await codeOf(() => changeComplaintStatus(out, filed.id, { status: "in_progress" }))).toBe(
      "common.not_found",
    );
    expect(await codeOf(() => listComplaints(out, { limit: 10, area: VILLAGE }))).toBe("common.not_found");
    expect((await listComplaints(out, { limit: 200 })).items.map((c) => c.id)).not.toContain(filed.id);
    expect(await codeOf(() => getComplaint(f.as(f.committee), filed.id))).toBe(
      "access.permission_complaints_read",
    );
    expect(await codeOf(() => listComplaints(f.as(f.household), { limit: 10 }))).toBe(
      "access.permission_complaints_read",
    );
    expect(
      await codeOf(() => replyToComplaint(f.as(f.auditor), filed.id, { visibility: "public", body: "x" })),
    ).toBe("access.permission_complaints_handle");
  });

  it("lists overdue complaints first and filters them", async () => {
    const late = await fileComplaint(
      f.as(f.worker),
      complaintBody({ category: "service_delay", areaCode: VILLAGE, receivedOn: "2024-05-01" }),
    );
    const page = await listComplaints(f.as(f.district), { limit: 200 });
    const firstOverdue = page.items.findIndex((c) => c.overdue);
    const firstOnTime = page.items.findIndex((c) => !c.overdue);
    expect(page.items[0]!.overdue).toBe(true);
    expect(firstOverdue).toBeLessThan(firstOnTime);
    expect(page.items.find((c) => c.id === late.id)).toMatchObject({ dueOn: "2024-05-16", overdue: true });
    const overdue = await listComplaints(f.as(f.district), { limit: 200, overdue: "true" });
    expect(overdue.items.every((c) => c.overdue)).toBe(true);
    expect(overdue.items.map((c) => c.id)).toContain(late.id);
    // Pages of one follow the same order without gaps or repeats.
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const p = await listComplaints(f.as(f.district), { limit: 1, ...(cursor ? { cursor } : {}) });
      ids.push(...p.items.map((c) => c.id));
      cursor = p.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toEqual(page.items.map((c) => c.id));
  });
});

describe("categories", () => {
  it("lets the central administrator change an SLA and deactivate a category, audited", async () => {
    const admin = { ...t.deps };
    await saveCategory(admin, "service_delay", {
      nameTh: "ความล่าช้า",
      nameEn: "Delay",
      slaDays: 7,
      isActive: true,
      sortOrder: 4,
    });
    await saveCategory(admin, "other", {
      nameTh: "อื่น ๆ",
      nameEn: "Other",
      slaDays: 30,
      isActive: false,
      sortOrder: 5,
    });
    const filed = await fileComplaint(
      f.as(f.worker),
      complaintBody({ category: "service_delay", areaCode: VILLAGE }),
    );
    expect(filed.dueOn).toBe("2024-06-22");
    expect(
      await codeOf(() =>
        fileComplaint(f.as(f.worker), complaintBody({ category: "other", areaCode: VILLAGE })),
      ),
    ).toBe("complaints.category_unknown");
    const listed = await listCategories(f.as(f.household));
    expect(listed.items.find((c) => c.code === "service_delay")).toMatchObject({
      slaDays: 7,
      nameTh: "ความล่าช้า",
    });
    expect(
      await codeOf(() =>
        saveCategory(f.as(f.province), "other", {
          nameTh: "x",
          nameEn: "x",
          slaDays: 3,
          isActive: true,
          sortOrder: 1,
        }),
      ),
    ).toBe("access.permission_parameters_write");
    expect(await count("audit_event where action = 'complaint.category_saved'")).toBe(2);
  });
});
