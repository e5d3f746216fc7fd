// The complaints demo: a named complaint with its letter under its own name, an anonymous one whose memo carries a
// generic name; both documents are real PDFs read back with their bytes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { listUsers } from "../access/index";
import { seedDemo } from "../demo/index";
import { createFund } from "../funds/index";
import { listComplaintDocuments, readComplaintDocument } from "./read-complaint-documents";
import { listComplaints } from "./read-complaints";
import { seedDemoComplaints } from "./seed-demo-complaints";

let t: TestDatabase;
let users: Map<string, { id: string; scopeCode: string }>;

beforeAll(async () => {
  t = await openTestDatabase();
  await seedDemo(t.deps, { funds: false });
  const fund = await createFund(t.deps, {
    areaCode: "40070908",
    fundType: "kkj",
    name: "กองทุน กข.คจ. บ้านดอกกระเจียว",
    startedOn: "1994-09-01",
    originalCapitalSatang: 28_000_000,
    parameters: {},
    isModel: true,
    isLearningCentre: false,
  });
  const page = await listUsers(t.deps, { limit: 100 });
  users = new Map(page.items.map((u) => [u.username, { id: u.id, scopeCode: u.scopeCode }]));
  await seedDemoComplaints(t.deps, users, fund.id);
});

afterAll(async () => {
  await t?.close();
});

describe("complaints demo", () => {
  it("attaches a letter to the named complaint and a generically named memo to the anonymous one", async () => {
    const district = t.as({
      kind: "user",
      userId: users.get("district.namphong")!.id,
      username: "district.namphong",
      role: "district_officer",
      scopeCode: "4007",
      householdId: null,
    });
    const complaints = (await listComplaints(district, { limit: 10 })).items;
    const byAnonymity = (anonymous: boolean) => complaints.find((c) => c.anonymous === anonymous)!;
    const named = await listComplaintDocuments(district, byAnonymity(false).id);
    const anonymous = await listComplaintDocuments(district, byAnonymity(true).id);
    expect(named.items.map((d) => [d.fileName, d.mediaType])).toEqual([
      ["หนังสือร้องเรียน นางสมศรี ใจงาม.pdf", "application/pdf"],
    ]);
    expect(anonymous.items.map((d) => [d.fileName, d.mediaType])).toEqual([
      ["complaint-document.pdf", "application/pdf"],
    ]);
    const file = await readComplaintDocument(district, byAnonymity(true).id, anonymous.items[0]!.id);
    expect(file.content.subarray(0, 5).toString()).toBe("%PDF-");
    expect(file.content.length).toBeGreaterThan(1000);
  });
});
