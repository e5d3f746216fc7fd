import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { DEFAULT_ATTACHMENT_LIMITS, listAttachments, readAttachment } from "../../platform/attachments/index";
import { TEST_FILES } from "../../platform/attachments/test-files";
import { inTransaction, rows } from "../../platform/database";
import type { Actor } from "../../shared/actor";
import type { RecordBody } from "./contracts";
import { createModelVillage } from "./create-model-village";
import { createRecord } from "./create-record";
import { getRecord } from "./get-record";
import { insertRecord, MATCH_CANDIDATES, SEARCH_MATCH_CAP } from "./knowledge.repository";
import { ACTORS, seedKnowledgeFixture } from "./knowledge-test-fixture";
import { recordIndexTexts } from "./knowledge-views";
import { listModelVillages } from "./read-model-villages";
import { saveCategory } from "./save-category";
import { searchRecords } from "./search-records";
import { updateRecord } from "./update-record";
import { uploadKnowledgeAttachment } from "./upload-attachment";

let t: TestDatabase;
const as = (a: Actor) => t.as(a);

const count = async (table: string) =>
  (await rows<{ n: number }>(t.deps.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    const err = e as { code: string; messageTh: string; message: string };
    expect(err.messageTh).toMatch(/[ก-๙]/);
    expect(err.message).toMatch(/[a-z]/i);
    return err.code;
  }
  throw new Error("expected an error");
}

const search = (q: string | undefined, extra: Record<string, unknown> = {}, who: Actor = ACTORS.household) =>
  searchRecords(as(who), { q, status: "published", limit: 20, ...extra });

const titles = async (q: string | undefined, extra: Record<string, unknown> = {}) =>
  (await search(q, extra)).items.map((i) => i.title);

const body = (over: Partial<RecordBody> = {}): RecordBody => ({
  title: "การเพาะเห็ดฟางในตะกร้า",
  categoryCode: "agriculture",
  areaCode: "40070908",
  ownerName: "นายทดสอบ ใจดี",
  ownerPosition: "เกษตรกร",
  ownerOffice: "บ้านดอกกระเจียว",
  background: "อยากมีรายได้เสริมหลังฤดูทำนา",
  steps: "นำฟางแช่น้ำ วางซ้อนในตะกร้า โรยเชื้อเห็ด คลุมพลาสติก",
  results: "เก็บเห็ดได้ในสิบวัน",
  lessons: "ความชื้นต้องพอดี",
  status: "published",
  ...over,
});

beforeAll(async () => {
  t = await openTestDatabase();
  await seedKnowledgeFixture(t.deps);
});
afterAll(async () => t.close());

describe("Thai full-text search", () => {
  it("keeps the search vectors inside the row, where a search reads them with the row itself", async () => {
    const storage = await rows<{ attname: string; attstorage: string }>(
      t.deps.db,
      sql`select attname, attstorage from pg_attribute
           where attrelid = 'kn_record'::regclass and attname in ('search', 'title_search') order by attname`,
    );
    expect(storage).toEqual([
      { attname: "search", attstorage: "m" },
      { attname: "title_search", attstorage: "m" },
    ]);
  });

  it('finds "เลี้ยงไก่ไข่" records for the query "การเลี้ยงไก่" and marks the words', async () => {
    const page = await search("การเลี้ยงไก่");
    expect(page.words).toEqual(["เลี้ยง", "ไก่"]);
    expect(page.items[0]!.title).toBe("การเลี้ยงไก่ไข่แบบปล่อยลานในครัวเรือน");
    expect(page.items[0]!.titleParts.filter((p) => p.hit).map((p) => p.text)).toEqual(["เลี้ยงไก่"]);
    expect(page.items[0]!.rank).toBeGreaterThan(0);
  });

  it("finds a word in the middle of a sentence written without spaces", async () => {
    // "…นำมูลไก่มาผสมกับแกลบดำและฟางสับ…" appears only in the compost record's steps.
    const page = await search("แกลบ");
    expect(page.items.map((i) => i.title)).toEqual(["การทำปุ๋ยหมักชีวภาพจากมูลไก่และเศษพืช"]);
    expect(page.items[0]!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["แกลบ"]);
  });

  it("ranks title matches above records that only mention the words in their body", async () => {
    const found = await titles("ไก่");
    expect(found[0]).toBe("การเลี้ยงไก่ไข่แบบปล่อยลานในครัวเรือน");
    expect(found[1]).toBe("การทำปุ๋ยหมักชีวภาพจากมูลไก่และเศษพืช");
    const rankOf = async (q: string) => (await search(q)).items.map((i) => [i.title, i.rank] as const);
    const compost = await rankOf("ปุ๋ยหมัก");
    // Title of the compost record vs the body of the egg-hen record ("มูลไก่นำไปทำปุ๋ยหมักต่อได้").
    expect(compost.map(([title]) => title)).toEqual([
      "การทำปุ๋ยหมักชีวภาพจากมูลไก่และเศษพืช",
      "การปลูกผักปลอดสารพิษในวงบ่อซีเมนต์",
      "การเลี้ยงไก่ไข่แบบปล่อยลานในครัวเรือน",
    ]);
    expect(compost[0]![1]! > compost[1]![1]! * 2).toBe(true);
  });

  it("matches the last word as a prefix while the user is typing, and Thai digits as ASCII", async () => {
    expect(await titles("ทอผ้าไห")).toEqual(["ทอผ้าไหมลายน้ำไหลด้วยสีธรรมชาติ"]);
    expect(await titles("กข.คจ.")).toContain("การบริหารกองทุน กข.คจ. ให้ไม่มีเงินทุนสูญหาย");
    expect(await titles("ไข่ ๑๕")).toEqual([]);
  });

  it("searches English category names and filters by category and area prefix", async () => {
    expect(await titles("handicraft")).toEqual(["ทอผ้าไหมลายน้ำไหลด้วยสีธรรมชาติ"]);
    expect(await titles(undefined, { category: "savings" })).toEqual([
      "การจัดทำบัญชีครัวเรือนเพื่อลดรายจ่าย",
      "การออมวันละบาทเพื่อสวัสดิการชุมชน",
    ]);
    expect((await titles(undefined, { area: "55" })).sort()).toEqual([
      "การตลาดออนไลน์สำหรับสินค้าชุมชน",
      "ทอผ้าไหมลายน้ำไหลด้วยสีธรรมชาติ",
    ]);
    expect(await titles("ไก่", { area: "33" })).toEqual([]);
    expect(await titles("ประชาคม")).toEqual(["แนวทางการจัดเวทีประชาคมคัดเลือกครัวเรือนเป้าหมาย"]);
  });

  it("pages without a query by update time (keyset) and with a query by rank (offset)", async () => {
    const first = await search(undefined, { limit: 5 });
    const second = await search(undefined, { limit: 5, cursor: first.nextCursor });
    const third = await search(undefined, { limit: 5, cursor: second.nextCursor });
    const all = [...first.items, ...second.items, ...third.items].map((i) => i.id);
    expect(new Set(all).size).toBe(11);
    expect(third.nextCursor).toBeNull();
    const q1 = await search("ไก่", { limit: 1 });
    const q2 = await search("ไก่", { limit: 1, cursor: q1.nextCursor });
    expect([q1.items[0]!.title, q2.items[0]!.title]).toEqual((await titles("ไก่")).slice(0, 2));
    expect(await codeOf(search("ไก่", { cursor: "not-a-cursor" }))).toBe("common.cursor_invalid");
    expect(await codeOf(search("ไก่", { cursor: first.nextCursor }))).toBe("common.cursor_invalid");
    const deep = Buffer.from(JSON.stringify({ offset: 1000 })).toString("base64url");
    expect(await codeOf(search("ไก่", { cursor: deep }))).toBe("knowledge.search_too_deep");
  });

  it("counts the matches of a query, and files the category in the index so that words and category combine", async () => {
    expect((await search("ไก่")).matches).toEqual({ count: 2, more: false });
    expect((await search("ไก่", { category: "livestock" })).items.map((i) => i.title)).toEqual([
      "การเลี้ยงไก่ไข่แบบปล่อยลานในครัวเรือน",
    ]);
    const compost = await search("ไก่", { category: "agriculture" });
    expect(compost.items.map((i) => i.title)).toEqual(["การทำปุ๋ยหมักชีวภาพจากมูลไก่และเศษพืช"]);
    expect(compost.matches).toEqual({ count: 1, more: false });
    // The category's lexeme is not a word anyone can search for.
    expect((await search("~clivestock")).matches).toEqual({ count: 0, more: false });
    expect((await search("clivestock")).items).toEqual([]);
    expect((await search("ไก่", { category: "savings" })).matches).toEqual({ count: 0, more: false });
    expect((await search(undefined)).matches).toBeNull();
  });

  it("answers an empty page for a query of stop words only", async () => {
    const page = await search("การ และ");
    expect(page.words).toEqual([]);
    expect(page.items.length).toBe(11);
  });
});

describe("ranking among many matches", () => {
  it("keeps an old title match first when newer records mention the word only in their bodies", async () => {
    const row = (i: number, title: string, steps: string) => ({
      id: `0190a0a0-0000-7000-8000-${String(i).padStart(12, "0")}`,
      areaCode: "40070908",
      title,
      categoryCode: "livestock",
      ownerName: "ผู้ทดสอบ",
      ownerPosition: "เกษตรกร",
      ownerOffice: "บ้านทดสอบ",
      ownerPhone: null,
      ownerEmail: null,
      background: "ความเป็นมา",
      steps,
      results: "",
      lessons: "",
      status: "published",
      learningCentreId: null,
      modelVillageId: null,
      createdBy: null,
      createdAt: new Date(Date.UTC(2020, 0, 1, 0, i)),
      updatedBy: null,
      updatedAt: new Date(Date.UTC(2020, 0, 1, 0, i)),
      publishedAt: new Date(Date.UTC(2020, 0, 1, 0, i)),
    });
    await inTransaction(t.deps.db, async (tx) => {
      const old = row(1, "การเพาะพันธุ์ปลากัดขาย", "คัดพ่อแม่พันธุ์");
      await insertRecord(tx, old, recordIndexTexts(old, undefined));
      for (let i = 2; i <= MATCH_CANDIDATES + 20; i++) {
        const body = row(i, `บันทึกการเลี้ยงสัตว์น้ำ ${i}`, "ชาวบ้านเลี้ยงปลากัดในโอ่งมังกร");
        await insertRecord(tx, body, recordIndexTexts(body, undefined));
      }
    });
    const page = await search("ปลากัด", { limit: 3 });
    expect(page.items.map((i) => i.title)).toEqual([
      "การเพาะพันธุ์ปลากัดขาย",
      `บันทึกการเลี้ยงสัตว์น้ำ ${MATCH_CANDIDATES + 20}`,
      `บันทึกการเลี้ยงสัตว์น้ำ ${MATCH_CANDIDATES + 19}`,
    ]);
  });
});

describe("drafts and rights", () => {
  it("shows drafts only to writers whose area covers them, and never in the published search", async () => {
    expect(await titles("ปลาดุก")).toEqual([]);
    const drafts = await searchRecords(as(ACTORS.nanWorker), { status: "draft", limit: 20 });
    expect(drafts.items.map((i) => i.title)).toEqual(["การเลี้ยงปลาดุกในบ่อพลาสติก"]);
    expect(
      await codeOf(searchRecords(as(ACTORS.saiMunWorker), { status: "draft", area: "55", limit: 20 })),
    ).toBe("common.not_found");
    expect(await codeOf(searchRecords(as(ACTORS.household), { status: "draft", limit: 20 }))).toBe(
      "access.permission_knowledge_write",
    );
    const id = drafts.items[0]!.id;
    expect((await getRecord(as(ACTORS.nanWorker), id)).canEdit).toBe(true);
    expect(await codeOf(getRecord(as(ACTORS.saiMunWorker), id))).toBe("common.not_found");
    expect(await codeOf(getRecord(as(ACTORS.household), id))).toBe("common.not_found");
  });

  it("lets anyone signed in read published knowledge of any area, but write only in scope", async () => {
    const [record] = (await search("ทอผ้า", {}, ACTORS.household)).items;
    const detail = await getRecord(as(ACTORS.household), record!.id);
    expect(detail).toMatchObject({
      ownerName: "นางคำปุน ใจเย็น",
      canEdit: false,
      learningCentre: { name: "ศูนย์เรียนรู้ผ้าทอมือบ้านเชียงยืน" },
    });
    expect((await getRecord(as(ACTORS.nanWorker), record!.id)).canEdit).toBe(true);
    expect(await codeOf(updateRecord(as(ACTORS.saiMunWorker), record!.id, { title: "x" }))).toBe(
      "common.not_found",
    );
    expect(await codeOf(updateRecord(as(ACTORS.committee), record!.id, { title: "x" }))).toBe(
      "access.permission_knowledge_write",
    );
    expect(await codeOf(createRecord(as(ACTORS.saiMunWorker), body({ areaCode: "55011604" })))).toBe(
      "common.not_found",
    );
    expect(await codeOf(createRecord(as(ACTORS.khonKaen), body({ areaCode: "" })))).toBe("common.not_found");
  });
});

describe("writing records", () => {
  it("refuses bad input with Thai and English messages and writes nothing", async () => {
    const before = [await count("kn_record"), await count("audit_event")];
    const writer = as(ACTORS.namPhong);
    expect(await codeOf(createRecord(writer, body({ categoryCode: "astrology" })))).toBe(
      "knowledge.category_unknown",
    );
    expect(await codeOf(createRecord(writer, body({ areaCode: "40079999" })))).toBe("knowledge.area_unknown");
    expect(await codeOf(createRecord(writer, body({ steps: "  " })))).toBe("knowledge.publish_incomplete");
    expect(
      await codeOf(createRecord(writer, body({ learningCentreId: "0190a0a0-0000-7000-8000-00000000ffff" }))),
    ).toBe("knowledge.learning_centre_unknown");
    await saveCategory(t.deps, {
      code: "retired_one",
      nameTh: "หมวดเลิกใช้",
      nameEn: "Retired",
      sortOrder: 999,
      active: false,
    });
    expect(await codeOf(createRecord(writer, body({ categoryCode: "retired_one" })))).toBe(
      "knowledge.category_retired",
    );
    expect([await count("kn_record"), await count("audit_event")]).toEqual([before[0], before[1]! + 1]);
  });

  it("re-indexes a record when it changes, and audits the change", async () => {
    const writer = as(ACTORS.namPhong);
    const created = await createRecord(writer, body());
    expect(await titles("เห็ดฟาง")).toEqual(["การเพาะเห็ดฟางในตะกร้า"]);
    expect(await titles("เห็ดฟาง", { category: "agriculture" })).toEqual(["การเพาะเห็ดฟางในตะกร้า"]);
    await updateRecord(writer, created.id, { categoryCode: "community_enterprise" });
    expect(await titles("เห็ดฟาง", { category: "agriculture" })).toEqual([]);
    expect(await titles("เห็ดฟาง", { category: "community_enterprise" })).toEqual(["การเพาะเห็ดฟางในตะกร้า"]);
    await updateRecord(writer, created.id, { title: "การเพาะเห็ดนางฟ้าในโรงเรือน", steps: "ใช้ก้อนเชื้อขี้เลื่อย" });
    expect(await titles("เห็ดฟาง")).toEqual([]);
    expect(await titles("ขี้เลื่อย")).toEqual(["การเพาะเห็ดนางฟ้าในโรงเรือน"]);
    const audit = await rows<{ action: string; before: { title: string }; after: { title: string } }>(
      t.deps.db,
      sql`select action, before, after from audit_event where entity_id = ${created.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      "knowledge.record_created",
      "knowledge.record_updated",
      "knowledge.record_updated",
    ]);
    expect([audit[2]!.before.title, audit[2]!.after.title]).toEqual([
      "การเพาะเห็ดฟางในตะกร้า",
      "การเพาะเห็ดนางฟ้าในโรงเรือน",
    ]);
  });

  it("shares a record's files with all staff only while it is published", async () => {
    const writer = as(ACTORS.saiMunWorker);
    const draft = await createRecord(writer, body({ title: "ร่างเรื่องการเลี้ยงกบ", status: "draft" }));
    const file = await uploadKnowledgeAttachment(writer, {
      owner: "knowledge_record",
      ownerId: draft.id,
      fileName: "กบ.png",
      bytes: TEST_FILES.png,
      limits: DEFAULT_ATTACHMENT_LIMITS,
    });
    expect(file).toMatchObject({
      shared: false,
      fileName: "กบ.png",
      mediaType: "image/png",
      areaCode: "40070908",
    });
    expect(await codeOf(readAttachment(as(ACTORS.nanWorker), file.id))).toBe("common.not_found");
    await updateRecord(writer, draft.id, { status: "published" });
    expect((await readAttachment(as(ACTORS.nanWorker), file.id)).content.equals(TEST_FILES.png)).toBe(true);
    expect((await getRecord(as(ACTORS.nanWorker), draft.id)).attachments.map((a) => a.id)).toEqual([file.id]);
    await updateRecord(writer, draft.id, { status: "draft" });
    expect(await codeOf(readAttachment(as(ACTORS.nanWorker), file.id))).toBe("common.not_found");
    await updateRecord(as(ACTORS.khonKaen), draft.id, { areaCode: "400709" });
    expect(
      (await listAttachments(t.deps, { ownerType: "knowledge_record", ownerId: draft.id }))[0]!.areaCode,
    ).toBe("400709");
  });
});

describe("model villages", () => {
  it("designates a village once per kind, lists them by area, and refuses non-villages", async () => {
    const page = await listModelVillages(as(ACTORS.household), { kind: "kkj_model", limit: 50 });
    expect(page.items.map((v) => [v.areaCode, v.areaName, v.yearDesignated])).toEqual([
      ["40070908", "บ้านดอกกระเจียว", 2019],
      ["60030103", "บ้านเกาะแก้ว", 2020],
    ]);
    const writer = as(ACTORS.namPhong);
    expect(
      await codeOf(
        createModelVillage(writer, {
          areaCode: "40070908",
          kind: "kkj_model",
          yearDesignated: 2024,
          notes: "",
        }),
      ),
    ).toBe("knowledge.model_village_exists");
    expect(
      await codeOf(
        createModelVillage(as(ACTORS.khonKaen), {
          areaCode: "40070900",
          kind: "other",
          yearDesignated: 2024,
          notes: "",
        }),
      ),
    ).toBe("knowledge.area_unknown");
    expect(
      await codeOf(
        createModelVillage(writer, { areaCode: "55011604", kind: "other", yearDesignated: 2024, notes: "" }),
      ),
    ).toBe("common.not_found");
  });
});

describe("a query matching more than SEARCH_MATCH_CAP records", () => {
  it("counts up to the cap, still ranks the one title match first and pages without repeats", async () => {
    const row = (i: number, title: string, categoryCode: string) => ({
      id: `0190a0a0-0000-7000-8001-${String(i).padStart(12, "0")}`,
      areaCode: "40070908",
      title,
      categoryCode,
      ownerName: "ผู้ทดสอบ",
      ownerPosition: "เกษตรกร",
      ownerOffice: "บ้านทดสอบ",
      ownerPhone: null,
      ownerEmail: null,
      background: "ความเป็นมา",
      steps: "ชาวบ้านเลี้ยงจิ้งหรีดในกล่องไม้",
      results: "",
      lessons: "",
      status: "published",
      learningCentreId: null,
      modelVillageId: null,
      createdBy: null,
      createdAt: new Date(Date.UTC(2021, 0, 1, 0, i)),
      updatedBy: null,
      updatedAt: new Date(Date.UTC(2021, 0, 1, 0, i)),
      publishedAt: new Date(Date.UTC(2021, 0, 1, 0, i)),
    });
    const bodies = SEARCH_MATCH_CAP + 50;
    await inTransaction(t.deps.db, async (tx) => {
      for (let i = 1; i <= bodies; i++) {
        const r = row(i, `บันทึกอาชีพเสริม ${i}`, "agriculture");
        await insertRecord(tx, r, recordIndexTexts(r, undefined));
      }
      // The title match is the oldest record: only its title puts it first.
      const titled = {
        ...row(bodies + 1, "การเลี้ยงจิ้งหรีดขายส่ง", "livestock"),
        updatedAt: new Date(Date.UTC(2019, 0, 1)),
      };
      await insertRecord(tx, titled, recordIndexTexts(titled, undefined));
    });
    const first = await search("จิ้งหรีด", { limit: 10 });
    expect(first.matches).toEqual({ count: SEARCH_MATCH_CAP, more: true });
    expect(first.items[0]!.title).toBe("การเลี้ยงจิ้งหรีดขายส่ง");
    expect(first.items[0]!.rank! > first.items[1]!.rank! * 2).toBe(true);
    const second = await search("จิ้งหรีด", { limit: 10, cursor: first.nextCursor });
    const ids = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(20);
    expect(second.items.every((i) => i.snippet.some((p) => p.hit && p.text === "จิ้งหรีด"))).toBe(true);
    // The category narrows inside the index: one livestock match, counted exactly.
    const livestock = await search("จิ้งหรีด", { category: "livestock" });
    expect(livestock.matches).toEqual({ count: 1, more: false });
    expect(livestock.items.map((i) => i.title)).toEqual(["การเลี้ยงจิ้งหรีดขายส่ง"]);
    const agriculture = await search("จิ้งหรีด", { category: "agriculture", limit: 5 });
    expect(agriculture.matches).toEqual({ count: SEARCH_MATCH_CAP, more: true });
    expect(agriculture.items.map((i) => i.title)).not.toContain("การเลี้ยงจิ้งหรีดขายส่ง");
    expect(agriculture.items.length).toBe(5);
  });
});
