import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { citizenIdCheckDigit } from "../../shared/thai-id";

let h: TestApp;
let worker: Client;
const VILLAGE = "40070908";

const cid = (prefix12: string) => prefix12 + citizenIdCheckDigit(prefix12);
const count = async (table: string) =>
  (await rows<{ n: number }>(h.t.deps.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

beforeAll(async () => {
  h = await createTestApp();
  worker = await h.login("worker.saimun");
});
afterAll(async () => h.close());

describe("household register", () => {
  it("registers a household, counts it up the area tree, and audits it with masked IDs", async () => {
    const before = (await worker.get(`/api/areas/400709/children`))
      .json()
      .items.find((a: { code: string }) => a.code === VILLAGE);
    const res = await worker.send("POST", "/api/households", {
      villageCode: VILLAGE,
      houseNo: "201/1",
      phone: "0812345678",
      members: [
        {
          relation: "spouse",
          title: "นาง",
          firstName: "บัวผัน",
          lastName: "ใจงาม",
          citizenId: cid("310070000001"),
        },
        {
          relation: "head",
          title: "นาย",
          firstName: "ทองดี",
          lastName: "ใจงาม",
          citizenId: cid("310070000002"),
          birthDate: "1970-03-01",
        },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      headName: "ทองดี ใจงาม",
      memberCount: 2,
      villageName: "บ้านดอกกระเจียว",
    });
    const detail = (await worker.get(`/api/households/${res.json().id}`)).json();
    expect(detail.members.map((m: { relation: string }) => m.relation)).toEqual(["head", "spouse"]);
    expect(detail.members[0].citizenId).toBe(cid("310070000002"));
    expect(detail.household.areaPath.map((a: { code: string }) => a.code)).toEqual([
      "40",
      "4007",
      "400709",
      VILLAGE,
    ]);
    const after = (await worker.get(`/api/areas/400709/children`))
      .json()
      .items.find((a: { code: string }) => a.code === VILLAGE);
    expect(after.householdCount).toBe(before.householdCount + 1);
    const audit = await rows<{ after: { members: Array<{ citizenId: string }> } }>(
      h.t.deps.db,
      sql`select after from audit_event where action = 'household.created' and entity_id = ${res.json().id}`,
    );
    expect(audit[0]!.after.members[0]!.citizenId).toMatch(/xxxxx/);
    const stored = await rows<{ citizen_id_enc: string }>(
      h.t.deps.db,
      sql`select citizen_id_enc from household_member where household_id = ${res.json().id}`,
    );
    expect(stored[0]!.citizen_id_enc).not.toContain(cid("310070000002"));
  });

  it("finds a household by exact citizen ID, by head name and by house number", async () => {
    const byId = await worker.get(`/api/households?area=${VILLAGE}&q=${cid("310070000002")}`);
    expect(byId.json().items.map((x: { houseNo: string }) => x.houseNo)).toEqual(["201/1"]);
    const byName = await worker.get(`/api/households?area=${VILLAGE}&q=${encodeURIComponent("ทองดี")}`);
    expect(byName.json().items.map((x: { houseNo: string }) => x.houseNo)).toContain("201/1");
    const byHouse = await worker.get(`/api/households?area=${VILLAGE}&q=${encodeURIComponent("201/1")}`);
    expect(byHouse.json().items).toHaveLength(1);
  });

  it("masks citizen IDs for a committee member", async () => {
    const c = await h.login("committee.dokkrachiao");
    const id = (await c.get(`/api/households?area=${VILLAGE}&q=201%2F1`)).json().items[0].id;
    const detail = (await c.get(`/api/households/${id}`)).json();
    expect(detail.members[0].citizenId).toBe(`3-1007-xxxxx-xx-${cid("310070000002").at(-1)}`);
    expect(detail.members[0].citizenIdMasked).toBe(true);
  });

  it("pages through a village with a stable cursor and no duplicates", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await worker.get(`/api/households?area=400709&limit=4${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items.map((x: { id: string }) => x.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(15);
    expect((await worker.get("/api/households?cursor=garbage")).statusCode).toBe(400);
  });

  it("refuses bad households with Thai and English messages, writing nothing", async () => {
    const householdsBefore = await count("household");
    const membersBefore = await count("household_member");
    const auditBefore = await count("audit_event");
    const base = { villageCode: VILLAGE, houseNo: "300", members: [{ relation: "head", firstName: "สมใจ" }] };
    const cases: Array<[object, number, string]> = [
      [
        { members: [{ relation: "head", firstName: "ก", citizenId: "1234567890123" }] },
        400,
        "common.invalid_input",
      ],
      [{ villageCode: "40070999" }, 400, "household.village_unknown"],
      [{ villageCode: "4007" }, 400, "common.invalid_input"],
      [{ houseNo: "201/1" }, 409, "household.duplicate"],
      [{ members: [{ relation: "child", firstName: "ก" }] }, 400, "household.head_count"],
      [
        {
          members: [
            { relation: "head", firstName: "ก" },
            { relation: "head", firstName: "ข" },
          ],
        },
        400,
        "household.head_count",
      ],
      [
        { members: [{ relation: "head", firstName: "ก", citizenId: cid("310070000002") }] },
        409,
        "household.citizen_id_exists",
      ],
      [
        {
          members: [
            { relation: "head", firstName: "ก", citizenId: cid("310070000009") },
            { relation: "child", firstName: "ข", citizenId: cid("310070000009") },
          ],
        },
        400,
        "household.citizen_id_repeated",
      ],
      [
        { members: [{ relation: "head", firstName: "ก", birthDate: "2024-02-30" }] },
        400,
        "common.invalid_input",
      ],
      [{ members: [] }, 400, "common.invalid_input"],
      [{ phone: "call me" }, 400, "common.invalid_input"],
    ];
    for (const [patch, status, code] of cases) {
      const res = await worker.send("POST", "/api/households", { ...base, ...patch });
      expect([JSON.stringify(patch), res.statusCode, res.json().error.code]).toEqual([
        JSON.stringify(patch),
        status,
        code,
      ]);
      expect(res.json().error.message).toMatch(/[ก-๙]/);
      expect(res.json().error.messageEn).toMatch(/[a-z]/i);
    }
    expect(await count("household")).toBe(householdsBefore);
    expect(await count("household_member")).toBe(membersBefore);
    expect(await count("audit_event")).toBe(auditBefore);
  });
});

describe("จปฐ. records", () => {
  it("derives income per person (floored) and indicator 22 from the dated criterion", async () => {
    const id = (await worker.get(`/api/households?area=${VILLAGE}&q=201%2F1`)).json().items[0].id;
    const res = await worker.send("POST", `/api/households/${id}/bmn`, {
      surveyYear: 2563,
      membersCount: 3,
      incomeMainSatang: 100_000_00,
      incomeSecondarySatang: 10_000_01,
      incomeOtherSatang: 0,
      incomeOwnProductionSatang: 3_999_99,
      indicators: { "1": true, "8": false, "22": true },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      incomeTotalSatang: 114_000_00,
      incomePerPersonSatang: 38_000_00,
      criterionSatang: 38_000_00,
      passesIncomeCriterion: true,
      failedIndicatorCount: 1,
    });
    const poorer = await worker.send("POST", `/api/households/${id}/bmn`, {
      surveyYear: 2564,
      membersCount: 3,
      incomeMainSatang: 113_999_99,
      indicators: { "22": true },
    });
    expect(poorer.json()).toMatchObject({ incomePerPersonSatang: 37_999_99, passesIncomeCriterion: false });
    expect(poorer.json().indicators["22"]).toBe(false);
    const dup = await worker.send("POST", `/api/households/${id}/bmn`, { surveyYear: 2564, membersCount: 1 });
    expect(dup.statusCode).toBe(409);
    const older = await worker.send("POST", `/api/households/${id}/bmn`, {
      surveyYear: 2546,
      membersCount: 1,
      incomeMainSatang: 20_000_00,
    });
    expect(older.json()).toMatchObject({ criterionSatang: 20_000_00, passesIncomeCriterion: true });
    const tooOld = await worker.send("POST", `/api/households/${id}/bmn`, {
      surveyYear: 2539,
      membersCount: 1,
    });
    expect(tooOld.statusCode).toBe(400);
    const bad = await worker.send("POST", `/api/households/${id}/bmn`, {
      surveyYear: 2567,
      membersCount: 0,
      incomeMainSatang: -1,
      indicators: { "32": true },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toMatch(/membersCount/);
    const fractional = await worker.send("POST", `/api/households/${id}/bmn`, {
      surveyYear: 2567,
      membersCount: 1,
      incomeMainSatang: 1.5,
    });
    expect(fractional.statusCode).toBe(400);
  });

  it("lets only the central administrator change the criterion, and refuses overlapping periods", async () => {
    const admin = await h.login("admin");
    const list = (await admin.get("/api/bmn/criteria")).json().items;
    expect(list.find((c: { fromYear: number }) => c.fromYear === 2560)).toMatchObject({
      amountSatang: 38_000_00,
      isVerified: true,
    });
    expect(
      (await worker.send("PUT", "/api/bmn/criteria", { fromYear: 2565, toYear: null, amountSatang: 1 }))
        .statusCode,
    ).toBe(403);
    const overlap = await admin.send("PUT", "/api/bmn/criteria", {
      fromYear: 2563,
      toYear: 2566,
      amountSatang: 40_000_00,
    });
    expect(overlap.json().error.code).toBe("bmn.criterion_overlap");
    const ok = await admin.send("PUT", "/api/bmn/criteria", {
      fromYear: 2565,
      toYear: null,
      amountSatang: 40_000_00,
      isVerified: true,
      source: "test",
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ fromYear: 2565, amountSatang: 40_000_00 });
  });
});

describe("villages and areas", () => {
  it("lists provinces for national users and the own area for scoped users, with counts", async () => {
    const admin = await h.login("admin");
    const provinces = await admin.get("/api/areas?limit=200");
    expect(provinces.json().items).toHaveLength(77);
    const kk = provinces.json().items.find((a: { code: string }) => a.code === "40");
    expect(kk).toMatchObject({ nameTh: "ขอนแก่น", nameEn: "Khon Kaen", childCount: 26 });
    expect(kk.householdCount).toBeGreaterThanOrEqual(14);
    const top = (await worker.get("/api/areas")).json().items;
    expect(top.map((a: { code: string }) => a.code)).toEqual(["400709"]);
    const detail = (await worker.get(`/api/areas/${VILLAGE}`)).json();
    expect(detail.ancestors.map((a: { nameTh: string }) => a.nameTh)).toEqual(["ขอนแก่น", "น้ำพอง", "ทรายมูล"]);
  });

  it("searches areas by Thai and English name within scope", async () => {
    const admin = await h.login("admin");
    const th = (await admin.get(`/api/areas/search?q=${encodeURIComponent("น้ำพอง")}`)).json().items;
    expect(th.map((a: { code: string }) => a.code)).toContain("4007");
    const en = (await admin.get("/api/areas/search?q=nam%20ph")).json().items;
    expect(en.map((a: { code: string }) => a.code)).toContain("4007");
    const scoped = (await worker.get(`/api/areas/search?q=${encodeURIComponent("บ่อสวก")}`)).json().items;
    expect(scoped).toEqual([]);
  });

  it("creates a village once per หมู่ที่, with clear errors", async () => {
    const ok = await worker.send("POST", "/api/areas/400709/villages", {
      villageNo: 9,
      nameTh: "บ้านโนนสวรรค์",
      latitude: 16.6,
      longitude: 102.8,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().code).toBe("40070909");
    const again = await worker.send("POST", "/api/areas/400709/villages", { villageNo: 9, nameTh: "ซ้ำ" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/หมู่ที่ 9/);
    const half = await worker.send("POST", "/api/areas/400709/villages", {
      villageNo: 10,
      nameTh: "ก",
      latitude: 16,
    });
    expect(half.json().error.code).toBe("village.coordinates_incomplete");
    const committee = await h.login("committee.dokkrachiao");
    expect(
      (await committee.send("POST", "/api/areas/400709/villages", { villageNo: 11, nameTh: "ก" })).statusCode,
    ).toBe(403);
  });
});
