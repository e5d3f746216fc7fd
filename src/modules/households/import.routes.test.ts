import { sql } from "drizzle-orm";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { citizenIdCheckDigit } from "../../shared/thai-id";

let h: TestApp;
let worker: Client;
const cid = (prefix12: string) => prefix12 + citizenIdCheckDigit(prefix12);
const count = async (table: string) =>
  (await rows<{ n: number }>(h.t.deps.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

const HEADER = "รหัสหมู่บ้าน,บ้านเลขที่,ความสัมพันธ์,คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,วันเกิด,เพศ,โทรศัพท์";
function csv(lines: string[]) {
  return `${HEADER}\r\n${lines.join("\r\n")}\r\n`;
}
const good = csv([
  `40070908,501,หัวหน้าครัวเรือน,นาย,สมปอง,ดีใจ,${cid("320010000001")},01/02/2510,ชาย,0811111111`,
  `40070908,501,คู่สมรส,นาง,สมศรี,ดีใจ,${cid("320010000002")},03/04/2512,หญิง,`,
  `40070908,502,หัวหน้าครัวเรือน,นาง,คำแพง,มีสุข,${cid("320010000003")},1965-05-05,F,`,
]);

beforeAll(async () => {
  h = await createTestApp();
  worker = await h.login("worker.saimun");
});
afterAll(async () => h.close());

describe("household import over HTTP", () => {
  it("serves the templates, which import cleanly as a dry run (after fixing the example village)", async () => {
    const csvTemplate = await worker.get("/api/households/import/template?format=csv");
    expect(csvTemplate.statusCode).toBe(200);
    expect(csvTemplate.headers["content-type"]).toMatch(/text\/csv/);
    expect(csvTemplate.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const xlsx = await worker.get("/api/households/import/template?format=xlsx");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const committee = await h.login("committee.dokkrachiao");
    expect((await committee.get("/api/households/import/template")).statusCode).toBe(403);
  });

  it("dry-runs in UTF-8, UTF-8 with BOM and Windows-874 alike, writing nothing", async () => {
    const before = await count("household");
    for (const [name, bytes, encoding] of [
      ["utf8.csv", Buffer.from(good, "utf8"), "utf-8"],
      ["bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good, "utf8")]), "utf-8-bom"],
      ["tis.csv", iconv.encode(good, "windows-874"), "windows-874"],
    ] as const) {
      const res = await worker.upload("/api/households/import?dryRun=true", name, bytes, "text/csv");
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        dryRun: true,
        committed: false,
        encoding,
        householdCount: 2,
        memberCount: 3,
        errors: [],
      });
    }
    expect(await count("household")).toBe(before);
  });

  it("reports every bad row by line with Thai and English reasons, and refuses to commit any of it", async () => {
    const bad = csv([
      `40070908,601,หัวหน้าครัวเรือน,นาย,ก,ข,1234567890123,,,`,
      `40070908,602,หัวหน้าครัวเรือน,นาย,ค,ง,${cid("320010000010")},31/02/2510,,`,
      `99999999,603,หัวหน้าครัวเรือน,นาย,จ,ฉ,,,,`,
      `55011604,604,หัวหน้าครัวเรือน,นาย,ช,ซ,,,,`,
      `40070908,605,บุตร,ด.ช.,ฌ,ญ,,,,`,
      `40070908,606,หัวหน้าครัวเรือน,นาย,ฎ,ฏ,${cid("320010000001")},,,`,
    ]);
    const before = {
      h: await count("household"),
      m: await count("household_member"),
      a: await count("audit_event"),
    };
    const dry = await worker.upload(
      "/api/households/import?dryRun=true",
      "bad.csv",
      Buffer.from(bad),
      "text/csv",
    );
    expect(dry.statusCode).toBe(200);
    const errors = dry.json().errors as Array<{
      line: number;
      code: string;
      message: string;
      messageEn: string;
    }>;
    const byLine = Object.fromEntries(errors.map((e) => [e.line, e.code]));
    expect(byLine[2]).toMatch(/citizen_id/);
    expect(byLine[3]).toMatch(/date/);
    expect(byLine[4]).toBe("household.village_unknown");
    // A village outside the worker's sub-district is reported like one that does not exist.
    expect(byLine[5]).toBe("household.village_unknown");
    expect(byLine[6]).toMatch(/head/);
    for (const e of errors) {
      expect(e.message).toMatch(/[ก-๙]/);
      expect(e.messageEn).toMatch(/[a-z]/i);
    }
    const commit = await worker.upload(
      "/api/households/import?dryRun=false",
      "bad.csv",
      Buffer.from(bad),
      "text/csv",
    );
    expect(commit.statusCode).toBe(400);
    expect(commit.json().error.code).toBe("import.rejected");
    expect(commit.json().error.details.errors.length).toBe(errors.length);
    expect({
      h: await count("household"),
      m: await count("household_member"),
      a: await count("audit_event"),
    }).toEqual(before);
  });

  it("commits a clean file all at once, with one audit event, and refuses the same file again as duplicates", async () => {
    const before = await count("household");
    const res = await worker.upload(
      "/api/households/import?dryRun=false",
      "good.csv",
      Buffer.from(good),
      "text/csv",
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, householdCount: 2, memberCount: 3 });
    expect(await count("household")).toBe(before + 2);
    const audit = await rows<{ details: { householdIds: string[]; fileName: string } }>(
      h.t.deps.db,
      sql`select details from audit_event where action = 'household.imported'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ fileName: "good.csv" });
    expect(audit[0]!.details.householdIds).toHaveLength(2);
    const again = await worker.upload(
      "/api/households/import?dryRun=true",
      "good.csv",
      Buffer.from(good),
      "text/csv",
    );
    expect(again.json().errors.map((e: { code: string }) => e.code)).toEqual(
      expect.arrayContaining(["household.duplicate", "household.citizen_id_exists"]),
    );
  });

  it("refuses broken encodings, non-CSV files, missing files and oversized uploads", async () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x8d, 0x8f, 0x90, 0x9d]);
    const enc = await worker.upload(
      "/api/households/import?dryRun=true",
      "x.csv",
      Buffer.concat([Buffer.from("a,b\n"), garbage]),
      "text/csv",
    );
    expect(enc.statusCode).toBeGreaterThanOrEqual(200);
    const encErrors = enc.statusCode === 200 ? enc.json().errors : [enc.json().error];
    expect(encErrors.length).toBeGreaterThan(0);
    const pdf = await worker.upload(
      "/api/households/import?dryRun=true",
      "x.pdf",
      Buffer.from("%PDF-1.4"),
      "application/pdf",
    );
    const pdfErrors = pdf.statusCode === 200 ? pdf.json().errors : [pdf.json().error];
    expect(pdfErrors[0].code).toMatch(/^import\./);
    const none = await worker.send("POST", "/api/households/import?dryRun=true", { file: "x" });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe("import.file_missing");
    const big = await worker.upload(
      "/api/households/import?dryRun=true",
      "big.csv",
      Buffer.alloc(21 * 1024 * 1024, 0x41),
      "text/csv",
    );
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toMatch(/ขนาดใหญ่เกิน/);
  });
});
