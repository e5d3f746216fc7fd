import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { createUser } from "../access/index";

let h: TestApp;
let worker: Client;
let admin: Client;
const VILLAGE = "40070908";
const NAN_VILLAGE = "55011604";
const PASSWORD = "kaejon-test-password";
const ids: Record<string, string> = {};
const clients: Record<string, Client> = {};

const count = async (table: string) =>
  (await rows<{ n: number }>(h.t.deps.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

function expectError(
  res: { statusCode: number; json(): { error: { code: string; message: string; messageEn: string } } },
  status: number,
  code: string,
) {
  const body = res.json();
  expect([res.statusCode, body.error.code]).toEqual([status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
}

const fundBody = {
  areaCode: VILLAGE,
  fundType: "kkj",
  name: "กองทุน กข.คจ. บ้านดอกกระเจียว",
  startedOn: "1994-05-01",
};
const members = () => [
  { name: "นายบุญมี ทองคำ", position: "chair", userId: ids.chair },
  { name: "นางมาลี ศรีสุข", position: "secretary", userId: ids.secretary },
  { name: "นายทองดี ใจงาม", position: "finance", userId: ids.finance },
  { name: "กรรมการ 1", position: "member" },
  { name: "กรรมการ 2", position: "member" },
  { name: "กรรมการ 3", position: "member" },
  { name: "กรรมการ 4", position: "member" },
];

beforeAll(async () => {
  h = await createTestApp();
  worker = await h.login("worker.saimun");
  admin = await h.login("admin");
  for (const seat of ["chair", "secretary", "finance"]) {
    const u = await createUser(h.t.deps, {
      username: `dok.${seat}`,
      displayName: seat,
      role: "committee_member",
      scopeCode: VILLAGE,
      password: PASSWORD,
    });
    ids[seat] = u.id;
    clients[seat] = await h.login(`dok.${seat}`, PASSWORD);
  }
  const far = await createUser(h.t.deps, {
    username: "far.worker",
    displayName: "far",
    role: "subdistrict_worker",
    scopeCode: "550116",
    password: PASSWORD,
  });
  expect(far.id).toBeTruthy();
  clients.far = await h.login("far.worker", PASSWORD);
});
afterAll(async () => h.close());

describe("funds over HTTP", () => {
  it("creates a กข.คจ. fund and lists and shows it in the officer's area", async () => {
    const res = await worker.send("POST", "/api/funds", {
      ...fundBody,
      isModel: true,
      modelYear: 2562,
      isLearningCentre: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      originalCapitalSatang: 28_000_000,
      areaName: "บ้านดอกกระเจียว",
      isModel: true,
    });
    ids.fund = res.json().id;
    const list = await worker.get("/api/funds?area=400709&fundType=kkj");
    expect(list.json().items.map((f: { id: string }) => f.id)).toEqual([ids.fund]);
    const detail = await clients.chair!.get(`/api/funds/${ids.fund}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ currentCommitteeSet: null, myPositions: [], bankAccounts: [] });
  });

  it("refuses bad funds with Thai and English messages, writing nothing", async () => {
    const before = [await count("fund"), await count("ledger_account"), await count("audit_event")];
    const cases: Array<[object, Client, number, string]> = [
      [{ areaCode: "4007" }, worker, 400, "common.invalid_input"],
      [{ areaCode: "40070999" }, worker, 400, "fund.village_unknown"],
      [{ areaCode: NAN_VILLAGE }, worker, 400, "fund.village_unknown"],
      [{ fundType: "casino" }, worker, 400, "common.invalid_input"],
      [{ originalCapitalSatang: 1.5, fundType: "other" }, worker, 400, "common.invalid_input"],
      [{ originalCapitalSatang: -1, fundType: "other" }, worker, 400, "common.invalid_input"],
      [{ originalCapitalSatang: "28000000", fundType: "other" }, worker, 400, "common.invalid_input"],
      [{ startedOn: "2024-02-30" }, worker, 400, "common.invalid_input"],
      [{ name: "" }, worker, 400, "common.invalid_input"],
      [{ parameters: { backdateDays: -1 } }, worker, 400, "common.invalid_input"],
      [{ parameters: { unknownRule: true } }, worker, 400, "common.invalid_input"],
      [{ fundType: "other", modelYear: 2562 }, worker, 400, "fund.model_year_without_model"],
      [{}, worker, 409, "fund.kkj_exists"],
      [{ fundType: "other" }, clients.chair!, 403, "access.permission_funds_write"],
    ];
    for (const [patch, client, status, code] of cases) {
      expectError(await client.send("POST", "/api/funds", { ...fundBody, ...patch }), status, code);
    }
    expect([await count("fund"), await count("ledger_account"), await count("audit_event")]).toEqual(before);
  });

  it("answers 'not found' for a fund outside the user's area, and 403 to roles without fund rights", async () => {
    const nan = await admin.send("POST", "/api/funds", {
      ...fundBody,
      areaCode: NAN_VILLAGE,
      name: "กองทุนน่าน",
    });
    expect(nan.statusCode).toBe(201);
    expectError(await worker.get(`/api/funds/${nan.json().id}`), 404, "common.not_found");
    expectError(
      await worker.send("PATCH", `/api/funds/${nan.json().id}`, { name: "x" }),
      404,
      "common.not_found",
    );
    expectError(await worker.get(`/api/funds/${nan.json().id}/committee-sets`), 404, "common.not_found");
    expectError(await clients.far!.get(`/api/funds/${ids.fund}`), 404, "common.not_found");
    expectError(await worker.get("/api/funds?area=55"), 404, "common.not_found");
    expectError(await worker.get("/api/funds/not-a-uuid"), 400, "common.invalid_input");
    expectError(await worker.get("/api/funds?cursor=garbage"), 400, "common.cursor_invalid");
    const household = await h.login("household.demo");
    expectError(await household.get("/api/funds"), 403, "access.permission_funds_read");
    const it = await h.login("itsupport");
    expectError(await it.get(`/api/funds/${ids.fund}`), 403, "access.permission_funds_read");
    const auditor = await h.login("auditor");
    expect((await auditor.get(`/api/funds/${ids.fund}`)).statusCode).toBe(200);
  });

  it("updates a fund's bylaws and flags (officers only)", async () => {
    const res = await worker.send("PATCH", `/api/funds/${ids.fund}`, {
      parameters: { backdateDays: 15 },
      isLearningCentre: false,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ parameters: { backdateDays: 15 }, isLearningCentre: false });
    expectError(await worker.send("PATCH", `/api/funds/${ids.fund}`, {}), 400, "common.invalid_input");
    expectError(
      await worker.send("PATCH", `/api/funds/${ids.fund}`, { status: "sleeping" }),
      400,
      "common.invalid_input",
    );
    expectError(
      await clients.chair!.send("PATCH", `/api/funds/${ids.fund}`, { name: "x" }),
      403,
      "access.permission_funds_write",
    );
  });

  it("records committee sets, refusing bad ones, and shows each member their positions", async () => {
    const before = [await count("committee_set"), await count("committee_member")];
    const url = `/api/funds/${ids.fund}/committee-sets`;
    const cases: Array<[object, Client, number, string]> = [
      [{ members: members().slice(0, 6) }, worker, 400, "fund.committee_size"],
      [
        {
          members: members().map((m) => ({ ...m, position: m.position === "chair" ? "member" : m.position })),
        },
        worker,
        400,
        "fund.committee_position_count",
      ],
      [
        { members: members().map((m, i) => (i === 3 ? { ...m, position: "boss" } : m)) },
        worker,
        400,
        "common.invalid_input",
      ],
      [
        { members: members().map((m, i) => (i === 3 ? { ...m, userId: ids.chair } : m)) },
        worker,
        400,
        "fund.committee_member_repeated",
      ],
      [{ termStart: "2024-13-01" }, worker, 400, "common.invalid_input"],
      [{ termEnd: "2022-12-31" }, worker, 400, "fund.committee_term_order"],
      [{}, clients.chair!, 403, "access.permission_funds_write"],
    ];
    for (const [patch, client, status, code] of cases) {
      expectError(
        await client.send("POST", url, { termStart: "2023-01-01", members: members(), ...patch }),
        status,
        code,
      );
    }
    expect([await count("committee_set"), await count("committee_member")]).toEqual(before);
    const res = await worker.send("POST", url, { termStart: "2023-01-01", members: members() });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ setNo: 1, termEnd: "2026-12-31", isCurrent: true });
    ids.set = res.json().id;
    expect((await clients.finance!.get(`/api/funds/${ids.fund}`)).json().myPositions).toEqual(["finance"]);
    const add = await worker.send("POST", `${url}/${ids.set}/members`, {
      name: "กรรมการ 5",
      position: "member",
    });
    expect(add.statusCode).toBe(201);
    const ninth = await worker.send("POST", `${url}/${ids.set}/members`, {
      name: "กรรมการ 6",
      position: "member",
    });
    expect(ninth.statusCode).toBe(201);
    expectError(
      await worker.send("POST", `${url}/${ids.set}/members`, { name: "ซ้ำ", position: "finance" }),
      400,
      "fund.committee_position_count",
    );
    expectError(
      await worker.send("POST", `${url}/${ids.set}/members`, { name: "เกิน", position: "member" }),
      400,
      "fund.committee_size",
    );
    expectError(
      await worker.send("POST", `${url}/00000000-0000-7000-8000-000000000009/members`, {
        name: "x",
        position: "member",
      }),
      404,
      "common.not_found",
    );
    expect((await worker.get(url)).json().items).toHaveLength(1);
  });

  it("opens a bank account that becomes active only after the chair and the finance member approve", async () => {
    const set = (await worker.get(`/api/funds/${ids.fund}`)).json().currentCommitteeSet;
    const seat = (p: string) => set.members.find((m: { position: string }) => m.position === p).id;
    const body = {
      bankName: "ธนาคารออมสิน",
      branch: "น้ำพอง",
      accountNo: "020-1-23456-7",
      accountName: "กองทุน กข.คจ. บ้านดอกกระเจียว",
      signatoryMemberIds: [seat("chair"), seat("finance"), seat("secretary")],
    };
    const url = `/api/funds/${ids.fund}/bank-accounts`;
    const before = await count("bank_account");
    expectError(
      await worker.send("POST", url, { ...body, signatoryMemberIds: [seat("finance"), seat("secretary")] }),
      400,
      "fund.signatory_position_missing",
    );
    expectError(
      await worker.send("POST", url, { ...body, signatoryMemberIds: [seat("chair")] }),
      400,
      "common.invalid_input",
    );
    expectError(
      await worker.send("POST", url, { ...body, signatoryMemberIds: [seat("chair"), seat("chair")] }),
      400,
      "fund.signatory_repeated",
    );
    expectError(
      await worker.send("POST", url, { ...body, withdrawalRule: { required: 1, mustInclude: [] } }),
      400,
      "common.invalid_input",
    );
    expectError(await worker.send("POST", url, { ...body, accountNo: "abc" }), 400, "common.invalid_input");
    expect(await count("bank_account")).toBe(before);
    const res = await clients.secretary!.send("POST", url, body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: "pending", ledgerAccountId: null });
    const approve = (c: Client) => c.send("POST", `${url}/${res.json().id}/approvals`);
    expectError(await approve(clients.secretary!), 403, "fund.position_required");
    expectError(await approve(worker), 403, "fund.position_required");
    expect((await approve(clients.chair!)).json().status).toBe("pending");
    expectError(await approve(clients.chair!), 409, "fund.already_approved");
    const active = await approve(clients.finance!);
    expect(active.statusCode).toBe(200);
    expect(active.json()).toMatchObject({
      status: "active",
      withdrawalRule: { required: 2, mustInclude: ["chair"] },
    });
    expect(active.json().ledgerAccountId).toBeTruthy();
    expectError(await approve(clients.finance!), 409, "fund.bank_account_not_pending");
    expect((await worker.get(url)).json().items).toHaveLength(1);
  });
});
