import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { HEADER, listCsv, row } from "./target-test-fixture";

let h: TestApp;
let worker: Client;
let admin: Client;
let tpmapId: string;
let surveyId: string;

const count = async (table: string) =>
  (await rows<{ n: number }>(h.t.deps.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
const importUrl = (q: string) => `/api/poverty/targets/import?name=${encodeURIComponent("บัญชีทดสอบ")}&${q}`;

/** Heads of the demo village บ้านดอกกระเจียว: household id, house number and name. */
async function demoHeads() {
  return rows<{ id: string; house_no: string; first_name: string; last_name: string }>(
    h.t.deps.db,
    sql`select h.id, h.house_no, m.first_name, m.last_name from household h
          join household_member m on m.household_id = h.id and m.relation = 'head'
         where h.village_code = '40070908' order by h.created_at, h.id`,
  );
}

beforeAll(async () => {
  h = await createTestApp();
  worker = await h.login("worker.saimun");
  admin = await h.login("admin");
  const lists = (await worker.get("/api/poverty/targets")).json<{
    items: { id: string; sourceKind: string }[];
  }>();
  tpmapId = lists.items.find((l) => l.sourceKind === "tpmap")!.id;
  surveyId = lists.items.find((l) => l.sourceKind === "district_survey")!.id;
});
afterAll(async () => h.close());

describe("target lists over HTTP", () => {
  it("lists the demo lists with their match counts and rows with explanations", async () => {
    const list = (await worker.get(`/api/poverty/targets/${tpmapId}`)).json();
    expect(list).toMatchObject({
      rowCount: 14,
      counts: { exact_id: 8, address_name: 3, none: 3 },
      areaCode: "400709",
      areaName: "ทรายมูล",
      dataYear: 2567,
    });
    const none = await worker.get(`/api/poverty/targets/${tpmapId}/rows?matchKind=none`);
    expect(none.statusCode).toBe(200);
    const items = none.json<{ items: { line: number; explanation: string; explanationEn: string }[] }>()
      .items;
    expect(items.map((r) => r.line)).toEqual([13, 14, 15]);
    expect(items[0]!.explanationEn).toContain("has no member named สมปอง ทองมา");
    expect(items[1]!.explanation).toContain("ไม่พบบ้านเลขที่ 201");
    const bad = await worker.get(`/api/poverty/targets/${tpmapId}/rows?matchKind=maybe`);
    expect(bad.statusCode).toBe(400);
    const household = await h.login("household.demo");
    expect((await household.get("/api/poverty/targets")).statusCode).toBe(403);
  });

  it("imports over multipart: a dry run (200), a commit (201), and bad rows refused with nothing written", async () => {
    const heads = await demoHeads();
    const file = listCsv([
      row({
        id: "",
        village: "40070908",
        house: heads[0]!.house_no,
        first: heads[0]!.first_name,
        last: heads[0]!.last_name,
      }),
      row({ village: "40070908", house: "777", first: "ใหม่", last: "ในบัญชี" }),
    ]);
    const dry = await worker.upload(
      importUrl("sourceKind=agency&agencyName=พมจ.&programmeYear=2569&dryRun=true"),
      "a.csv",
      file,
    );
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      dryRun: true,
      committed: false,
      counts: { address_name: 1, none: 1 },
    });
    const before = { lists: await count("pov_target_list"), rows: await count("pov_target_list_row") };
    const commit = await worker.upload(
      importUrl("sourceKind=agency&agencyName=พมจ.&programmeYear=2569"),
      "a.csv",
      file,
    );
    expect(commit.statusCode).toBe(201);
    expect(commit.json().listId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await count("pov_target_list")).toBe(before.lists + 1);
    expect(await count("pov_target_list_row")).toBe(before.rows + 2);

    const badFile = listCsv([
      row({ id: "1111111111111", first: "ก" }),
      row({ village: "99999999", house: "1", first: "ข" }),
    ]);
    const refused = await worker.upload(importUrl("sourceKind=tpmap&programmeYear=2569"), "b.csv", badFile);
    expect(refused.statusCode).toBe(400);
    const error = refused.json<{
      error: {
        code: string;
        message: string;
        messageEn: string;
        details: { errors: { line: number; code: string }[] };
      };
    }>().error;
    expect(error.code).toBe("poverty.target_list_rejected");
    expect(error.message).toMatch(/แถวที่ 2/);
    expect(error.messageEn).toMatch(/line 2/);
    expect(error.details.errors.map((e) => [e.line, e.code])).toEqual([
      [2, "invalid_citizen_id"],
      [3, "unknown_area"],
    ]);
    expect(await count("pov_target_list")).toBe(before.lists + 1);

    const noFile = await worker.send("POST", importUrl("sourceKind=tpmap&programmeYear=2569"), {});
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.code).toBe("import.file_missing");
    const badQuery = await worker.upload(importUrl("sourceKind=rumour&programmeYear=69"), "a.csv", file);
    expect(badQuery.statusCode).toBe(400);
    const outside = await worker.upload(
      importUrl("sourceKind=tpmap&programmeYear=2569&area=550116"),
      "a.csv",
      file,
    );
    expect(outside.statusCode).toBe(404);
    const committee = await h.login("committee.dokkrachiao");
    expect(
      (await committee.upload(importUrl("sourceKind=tpmap&programmeYear=2569"), "a.csv", file)).statusCode,
    ).toBe(403);
  });

  it("hides lists outside the reader's area", async () => {
    const file = listCsv([row({ village: "55011604", house: "1", first: "ใคร", last: "สักคน" })]);
    const res = await admin.upload(
      importUrl("sourceKind=tpmap&programmeYear=2569&area=550116"),
      "n.csv",
      file,
    );
    expect(res.statusCode).toBe(201);
    const id = res.json().listId as string;
    expect((await admin.get(`/api/poverty/targets/${id}`)).statusCode).toBe(200);
    expect((await worker.get(`/api/poverty/targets/${id}`)).statusCode).toBe(404);
    expect((await worker.get(`/api/poverty/targets/${id}/rows`)).statusCode).toBe(404);
    expect((await worker.get(`/api/poverty/targets/${id}/rows/export?format=csv`)).statusCode).toBe(404);
    expect((await worker.get(`/api/poverty/targets/reconcile/summary?a=${id}&b=${tpmapId}`)).statusCode).toBe(
      404,
    );
  });

  it("reconciles the demo TPMAP list with the district survey", async () => {
    const summary = await worker.get(`/api/poverty/targets/reconcile/summary?a=${tpmapId}&b=${surveyId}`);
    expect(summary.json().counts).toEqual({ only_a: 8, only_b: 3, both: 5, conflicting: 1 });
    const conflicting = (
      await worker.get(`/api/poverty/targets/reconcile?a=${tpmapId}&b=${surveyId}&bucket=conflicting`)
    ).json<{ items: { joinedBy: string; conflicts: { field: string; a: string; b: string }[] }[] }>();
    expect(conflicting.items[0]!.joinedBy).toBe("citizen_id");
    expect(conflicting.items[0]!.conflicts.map((c) => c.field)).toEqual(["house_no"]);
    expect(conflicting.items[0]!.conflicts[0]!.b).toBe(`${conflicting.items[0]!.conflicts[0]!.a}/1`);
    const exported = await worker.get(
      `/api/poverty/targets/reconcile/export?a=${tpmapId}&b=${surveyId}&bucket=only_b&format=csv`,
    );
    expect(exported.statusCode).toBe(200);
    const lines = exported.body
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toContain("แถวในบัญชี ข");
    expect(lines).toHaveLength(4);
    const bad = await worker.get(`/api/poverty/targets/reconcile?a=${tpmapId}&b=${surveyId}&bucket=all`);
    expect(bad.statusCode).toBe(400);
  });

  it("exports rows as CSV and XLSX, and serves the templates and layout", async () => {
    const csv = await worker.get(`/api/poverty/targets/${tpmapId}/rows/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    const lines = csv.body
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toContain("คำอธิบาย");
    expect(lines).toHaveLength(15);
    expect(csv.body).not.toMatch(/\d{13}/);
    const en = await worker.get(
      `/api/poverty/targets/${tpmapId}/rows/export?format=csv&lang=en&matchKind=exact_id`,
    );
    expect(en.body.split("\r\n")[0]).toContain("Explanation");
    expect(en.body.trim().split("\r\n")).toHaveLength(9);
    const xlsx = await worker.get(`/api/poverty/targets/${tpmapId}/rows/export?format=xlsx`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const template = await worker.get("/api/poverty/targets/template?format=csv");
    expect(template.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(template.body.replace(/^\ufeff/, "").split("\r\n")[0]).toBe(HEADER.join(","));
    // The template's own example rows are a valid list (its example village exists in the demo).
    const dry = await worker.upload(
      importUrl("sourceKind=tpmap&programmeYear=2569&dataYear=2567&dryRun=true"),
      "t.csv",
      template.rawPayload,
    );
    expect(dry.json().errors).toEqual([]);
    const xt = await worker.get("/api/poverty/targets/template?format=xlsx");
    expect(xt.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const layout = (await worker.get("/api/poverty/targets/layout")).json<{ columns: { key: string }[] }>();
    expect(layout.columns.map((c) => c.key)).toContain("citizen_id");
  });
});

describe("deprivation over HTTP", () => {
  it("serves the seeded table; only central administrators replace it", async () => {
    const table = (await worker.get("/api/poverty/deprivation/table")).json();
    expect(table.isDefault).toBe(false);
    expect(table.versions[0].indicators).toHaveLength(17);
    const district = await h.login("district.namphong");
    expect(
      (await district.send("PUT", "/api/poverty/deprivation/table", { versions: table.versions })).statusCode,
    ).toBe(403);
    const bad = await admin.send("PUT", "/api/poverty/deprivation/table", {
      versions: [
        { ...table.versions[0], dimensionFailsAt: { ...table.versions[0].dimensionFailsAt, income: 9 } },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe("configs[0].dimensionFailsAt.income");
    const ok = await admin.send("PUT", "/api/poverty/deprivation/table", { versions: table.versions });
    expect(ok.statusCode).toBe(200);
  });

  it("gives a household's profile in its area only, and an area's counts and export", async () => {
    const heads = await demoHeads();
    const res = await worker.get(`/api/poverty/households/${heads[0]!.id}/profile`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.profile.source).toBe("bmn");
    expect(body.profile.dataYear).toBe(2567);
    expect(body.fromImport.listId).toBe(tpmapId);
    const [far] = await rows<{ id: string }>(
      h.t.deps.db,
      sql`select id from household where village_code like '55%' limit 1`,
    );
    expect((await worker.get(`/api/poverty/households/${far!.id}/profile`)).statusCode).toBe(404);
    expect((await worker.get("/api/poverty/households/not-a-uuid/profile")).statusCode).toBe(400);
    const summary = (await worker.get("/api/poverty/profiles/summary?area=40070908")).json();
    expect(summary.households).toBe(14);
    expect(summary.dimensions).toHaveLength(5);
    const page = (await worker.get("/api/poverty/profiles?area=40070908&deprivedOnly=true&limit=200")).json();
    expect(page.items).toHaveLength(summary.deprived);
    const exported = await worker.get(
      "/api/poverty/profiles/export?area=40070908&format=csv&deprivedOnly=true",
    );
    expect(
      exported.body
        .replace(/^\ufeff/, "")
        .trim()
        .split("\r\n"),
    ).toHaveLength(summary.deprived + 1);
    expect((await worker.get("/api/poverty/profiles/summary?area=55")).statusCode).toBe(404);
  });
});
