import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testEngine } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { type AppError, isAppError } from "../../shared/errors";
import type { Role } from "../../shared/roles";
import { createUser } from "../access/index";
import { createVillage } from "../geography/index";
import { createHousehold, getHousehold } from "../households/index";
import { addCommitteeMember } from "./add-committee-member";
import { approveBankAccount } from "./approve-bank-account";
import { createCommitteeSet } from "./create-committee-set";
import { createFund } from "./create-fund";
import { currentPositions } from "./fund-access";
import { openBankAccount } from "./open-bank-account";
import { getFund, listFunds } from "./read-funds";
import { updateFund } from "./update-fund";

let t: TestDatabase;
const VILLAGE = "40070921";
const OTHER_VILLAGE = "40070922";
const people: Record<string, Actor> = {};

async function refused(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

async function user(username: string, role: Role, scopeCode: string): Promise<Actor> {
  const u = await createUser(t.deps, {
    username,
    displayName: username,
    role,
    scopeCode,
    password: "kaejon-test-password",
  });
  return { kind: "user", userId: u.id, username, role, scopeCode, householdId: null };
}
const as = (name: string): Deps => ({ ...t.deps, actor: people[name]! });
const fundBody = (
  over: Partial<Parameters<typeof createFund>[1]> = {},
): Parameters<typeof createFund>[1] => ({
  areaCode: VILLAGE,
  fundType: "kkj",
  name: "กองทุน กข.คจ. บ้านทดสอบ",
  startedOn: "1994-05-01",
  parameters: {},
  isModel: false,
  isLearningCentre: false,
  ...over,
});
const seven = (ids: Partial<Record<"chair" | "secretary" | "finance" | "member", string>>) => [
  { name: "ประธาน", position: "chair" as const, ...(ids.chair ? { userId: ids.chair } : {}) },
  { name: "เลขานุการ", position: "secretary" as const, ...(ids.secretary ? { userId: ids.secretary } : {}) },
  { name: "เหรัญญิก", position: "finance" as const, ...(ids.finance ? { userId: ids.finance } : {}) },
  { name: "กรรมการ 1", position: "member" as const, ...(ids.member ? { userId: ids.member } : {}) },
  { name: "กรรมการ 2", position: "member" as const },
  { name: "กรรมการ 3", position: "member" as const },
  { name: "กรรมการ 4", position: "member" as const },
];

beforeAll(async () => {
  t = await openTestDatabase();
  await createVillage(t.deps, "400709", { villageNo: 21, nameTh: "บ้านกองทุน" });
  await createVillage(t.deps, "400709", { villageNo: 22, nameTh: "บ้านอื่น" });
  people.worker = await user("fw.worker", "subdistrict_worker", "400709");
  people.farWorker = await user("fw.far", "subdistrict_worker", "550116");
  for (const name of ["a", "b", "c", "d", "e"])
    people[name] = await user(`fw.${name}`, "committee_member", VILLAGE);
  people.outsider = await user("fw.outsider", "committee_member", OTHER_VILLAGE);
});
afterAll(async () => t.close());

describe(`funds on ${testEngine}`, () => {
  let fundId: string;

  it("creates a กข.คจ. fund with 280,000 baht, its standard chart of accounts, and an audit event", async () => {
    const fund = await createFund(as("worker"), fundBody({ isModel: true, modelYear: 2562 }));
    fundId = fund.id;
    expect(fund).toMatchObject({ originalCapitalSatang: 28_000_000, status: "active", areaName: "บ้านกองทุน" });
    const chart = await rows<{ code: string; normal_side: string }>(
      t.deps.db,
      sql`select code, normal_side from ledger_account where fund_id = ${fund.id} order by code`,
    );
    expect(chart.map((c) => c.code)).toEqual([
      "1101",
      "1301",
      "1901",
      "3101",
      "3201",
      "4101",
      "4201",
      "5101",
      "5201",
      "5301",
    ]);
    const audit = await rows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from audit_event where action = 'fund.created' and entity_id = ${fund.id}`,
    );
    expect(audit[0]!.n).toBe(1);
    const page = await listFunds(as("worker"), { area: "400709", limit: 10 });
    expect(page.items.map((f) => f.id)).toContain(fund.id);
  });

  it("refuses a second กข.คจ. in a village, unknown or out-of-area villages, and non-officers", async () => {
    expect((await refused(createFund(as("worker"), fundBody()))).code).toBe("fund.kkj_exists");
    expect((await refused(createFund(as("worker"), fundBody({ areaCode: "40070999" })))).code).toBe(
      "fund.village_unknown",
    );
    expect((await refused(createFund(as("farWorker"), fundBody({ areaCode: OTHER_VILLAGE })))).code).toBe(
      "fund.village_unknown",
    );
    expect((await refused(createFund(as("a"), fundBody({ fundType: "welfare_fund" })))).kind).toBe(
      "forbidden",
    );
    expect(
      (await refused(createFund(as("worker"), fundBody({ fundType: "other", modelYear: 2560 })))).code,
    ).toBe("fund.model_year_without_model");
    expect(
      (
        await refused(
          createFund(
            as("worker"),
            fundBody({ fundType: "other", parameters: { committeeMinSize: 9, committeeMaxSize: 3 } }),
          ),
        )
      ).code,
    ).toBe("fund.committee_size_range");
    expect((await refused(getFund(as("farWorker"), fundId))).kind).toBe("not_found");
    const savings = await createFund(
      as("worker"),
      fundBody({ fundType: "savings_group", name: "กลุ่มออมทรัพย์" }),
    );
    expect(savings.originalCapitalSatang).toBe(0);
  });

  it("numbers committee sets, defaults the term to 4 years and checks composition and links", async () => {
    const first = await createCommitteeSet(as("worker"), fundId, {
      termStart: "2019-01-01",
      termEnd: "2022-12-31",
      members: seven({ chair: people.a!.userId!, finance: people.b!.userId! }),
    });
    expect(first).toMatchObject({ setNo: 1, isCurrent: false });
    const second = await createCommitteeSet(as("worker"), fundId, {
      termStart: "2023-01-01",
      members: seven({
        chair: people.c!.userId!,
        secretary: people.d!.userId!,
        finance: people.b!.userId!,
        member: people.a!.userId!,
      }),
    });
    expect(second).toMatchObject({ setNo: 2, termEnd: "2026-12-31", isCurrent: true });
    const bad = async (members: ReturnType<typeof seven>, termStart = "2024-01-01") =>
      (await refused(createCommitteeSet(as("worker"), fundId, { termStart, members }))).code;
    expect(await bad(seven({}).slice(0, 6))).toBe("fund.committee_size");
    expect(
      await bad(seven({}).map((m) => (m.position === "chair" ? { ...m, position: "member" as const } : m))),
    ).toBe("fund.committee_position_count");
    expect(await bad(seven({ chair: people.worker!.userId! }))).toBe("fund.committee_user_invalid");
    expect(await bad(seven({ chair: people.outsider!.userId! }))).toBe("fund.committee_user_invalid");
    expect(await bad(seven({ chair: people.a!.userId!, finance: people.a!.userId! }))).toBe(
      "fund.committee_member_repeated",
    );
    expect(await bad(seven({}), "2022-06-01")).toBe("fund.committee_term_before_previous");
    expect(
      (await refused(createCommitteeSet(as("a"), fundId, { termStart: "2024-01-01", members: seven({}) })))
        .kind,
    ).toBe("forbidden");
    const household = await createHousehold(t.deps, {
      villageCode: VILLAGE,
      houseNo: "1",
      members: [{ relation: "head", title: "นาย", firstName: "ทองใบ", lastName: "ใจดี" }],
    });
    const personId = (await getHousehold(t.deps, household.id)).members[0]!.id;
    const linked = await addCommitteeMember(as("worker"), fundId, second.id, {
      name: "ทองใบ ใจดี",
      position: "member",
      householdMemberId: personId,
    });
    expect(linked.householdMemberId).toBe(personId);
    expect(
      (await refused(addCommitteeMember(as("worker"), fundId, second.id, { name: "ซ้ำ", position: "chair" })))
        .code,
    ).toBe("fund.committee_position_count");
    expect(
      (
        await refused(
          addCommitteeMember(as("worker"), fundId, second.id, {
            name: "ไม่มีตัวตน",
            position: "member",
            householdMemberId: "00000000-0000-7000-8000-000000000001",
          }),
        )
      ).code,
    ).toBe("fund.committee_person_invalid");
    expect(
      (await refused(addCommitteeMember(as("worker"), fundId, first.id, { name: "ช้า", position: "member" })))
        .code,
    ).toBe("fund.committee_set_expired");
  });

  it("gives each user the positions of the set governing the date, and none once it has expired", async () => {
    const a = people.a!.userId!;
    expect(await currentPositions(t.deps.db, fundId, a, "2020-06-01")).toEqual(["chair"]);
    expect(await currentPositions(t.deps.db, fundId, a, "2024-06-15")).toEqual(["member"]);
    expect(await currentPositions(t.deps.db, fundId, a, "2027-01-01")).toEqual([]);
    expect(await currentPositions(t.deps.db, fundId, people.e!.userId!, "2024-06-15")).toEqual([]);
    // A new set elected early governs from its own start: the newest set covering the date wins.
    await createCommitteeSet(as("worker"), fundId, {
      termStart: "2025-01-01",
      members: seven({ chair: people.e!.userId!, finance: people.b!.userId! }),
    });
    expect(await currentPositions(t.deps.db, fundId, people.c!.userId!, "2024-12-31")).toEqual(["chair"]);
    expect(await currentPositions(t.deps.db, fundId, people.c!.userId!, "2025-01-01")).toEqual([]);
    expect(await currentPositions(t.deps.db, fundId, people.e!.userId!, "2025-01-01")).toEqual(["chair"]);
    const detail = await getFund(as("c"), fundId);
    expect(detail.myPositions).toEqual(["chair"]);
    expect(detail.currentCommitteeSet?.setNo).toBe(2);
  });

  it("activates a bank account only when the chair and the finance member have both approved", async () => {
    const members = (await getFund(t.deps, fundId)).currentCommitteeSet!.members;
    const id = (p: string) => members.find((m) => m.position === p)!.id;
    const body = {
      bankName: "ธนาคารออมสิน",
      branch: "น้ำพอง",
      accountNo: "020-1-11111-1",
      accountName: "กองทุน กข.คจ. บ้านกองทุน",
      signatoryMemberIds: [id("chair"), id("finance"), id("secretary")],
    };
    expect(
      (
        await refused(
          openBankAccount(as("worker"), fundId, {
            ...body,
            signatoryMemberIds: [id("finance"), id("secretary")],
          }),
        )
      ).code,
    ).toBe("fund.signatory_position_missing");
    expect(
      (
        await refused(
          openBankAccount(as("worker"), fundId, {
            ...body,
            signatoryMemberIds: [id("chair"), "00000000-0000-7000-8000-000000000002"],
          }),
        )
      ).code,
    ).toBe("fund.signatory_not_current");
    expect((await refused(openBankAccount(as("a"), fundId, body))).code).toBe("fund.position_required");
    const pending = await openBankAccount(as("d"), fundId, body);
    expect(pending).toMatchObject({
      status: "pending",
      withdrawalRule: { required: 2, mustInclude: ["chair"] },
      ledgerAccountId: null,
    });
    expect((await refused(openBankAccount(as("worker"), fundId, body))).code).toBe(
      "fund.bank_account_exists",
    );
    expect((await refused(approveBankAccount(as("d"), fundId, pending.id))).code).toBe(
      "fund.position_required",
    );
    expect((await refused(approveBankAccount(t.deps, fundId, pending.id))).code).toBe(
      "fund.position_required",
    );
    const half = await approveBankAccount(as("c"), fundId, pending.id);
    expect(half.status).toBe("pending");
    expect((await refused(approveBankAccount(as("c"), fundId, pending.id))).code).toBe(
      "fund.already_approved",
    );
    const active = await approveBankAccount(as("b"), fundId, pending.id);
    expect(active.status).toBe("active");
    expect(active.approvals.map((a) => a.position).sort()).toEqual(["chair", "finance"]);
    const [ledger] = await rows<{ code: string; role: string }>(
      t.deps.db,
      sql`select code, role from ledger_account where id = ${active.ledgerAccountId}`,
    );
    expect(ledger).toEqual({ code: "1111", role: "bank" });
    expect((await refused(approveBankAccount(as("b"), fundId, pending.id))).code).toBe(
      "fund.bank_account_not_pending",
    );
  });

  it("closes a fund: nothing more can be added to it", async () => {
    const closed = await updateFund(as("worker"), fundId, { status: "closed" });
    expect(closed.status).toBe("closed");
    expect(
      (
        await refused(
          createCommitteeSet(as("worker"), fundId, { termStart: "2026-01-01", members: seven({}) }),
        )
      ).code,
    ).toBe("fund.closed");
    expect((await refused(updateFund(as("a"), fundId, { name: "x" }))).kind).toBe("forbidden");
    // A new กข.คจ. may replace a closed one.
    await createFund(as("worker"), fundBody({ name: "กองทุน กข.คจ. ใหม่" }));
    expect((await refused(updateFund(as("worker"), fundId, { status: "active" }))).code).toBe(
      "fund.kkj_exists",
    );
  });
});
