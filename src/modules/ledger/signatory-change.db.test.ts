// A new committee set takes office: the old signatories can no longer approve withdrawals until the new
// chair names signatories from the new set; refusals leave everything as it was.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testEngine } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { type AppError, isAppError } from "../../shared/errors";
import { createCommitteeSet, replaceSignatories } from "../funds/index";
import { approveBankWithdrawal } from "./approve-bank-withdrawal";
import { buildFund, createCommitteeUsers, type FundFixture } from "./ledger-test-fixture";
import { fundPosition } from "./read-ledger";
import { recordCapitalGrant } from "./record-capital-grant";
import { requestBankWithdrawal } from "./request-bank-withdrawal";

let t: TestDatabase;
let f: FundFixture;
const VILLAGE = "40070913";

async function refused(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

const signatoryRows = async (bankAccountId: string) =>
  (
    await rows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from bank_account_signatory where bank_account_id = ${bankAccountId}`,
    )
  )[0]!.n;

beforeAll(async () => {
  t = await openTestDatabase();
  const oldUsers = await createCommitteeUsers(t.deps, VILLAGE, "old");
  // The first set's four-year term ends on 2024-06-19; the test's business date starts at 2024-06-15.
  f = await buildFund(t.deps, {
    villageCode: VILLAGE,
    users: oldUsers,
    fundType: "kkj",
    termStart: "2020-06-20",
  });
  await recordCapitalGrant(f.as("finance"), f.fund.id, {
    bankAccountId: f.banks[0]!.id,
    amountSatang: 1_000_000,
  });
});
afterAll(async () => t.close());

describe(`replacing a bank account's signatories on ${testEngine}`, () => {
  it("moves signing to the new committee set, cited to a resolution, and refuses bad lists", async () => {
    const bank = f.banks[0]!;
    const newUsers = await createCommitteeUsers(t.deps, VILLAGE, "new");
    const set2 = await createCommitteeSet(t.deps, f.fund.id, {
      termStart: "2024-06-20",
      members: [
        { name: "ประธานชุดใหม่", position: "chair", userId: newUsers.chair.userId! },
        { name: "เลขาชุดใหม่", position: "secretary", userId: newUsers.secretary.userId! },
        { name: "การเงินชุดใหม่", position: "finance", userId: newUsers.finance.userId! },
        ...[4, 5, 6, 7].map((n) => ({ name: `กรรมการ ${n}`, position: "member" as const })),
      ],
    });
    const newDeps = (seat: "chair" | "secretary" | "finance" | "member"): Deps => ({
      ...t.deps,
      actor: newUsers[seat],
    });
    const id = (p: string) => set2.members.find((m) => m.position === p)!.id;
    t.clock.set("2024-06-25T03:00:00Z");

    const w = await requestBankWithdrawal(newDeps("finance"), f.fund.id, {
      bankAccountId: bank.id,
      to: { kind: "cash" },
      amountSatang: 50_000,
      description: "ถอนเงินสด",
    });
    // The new chair holds no signature yet; the old chair no longer holds a seat.
    expect((await refused(approveBankWithdrawal(newDeps("chair"), f.fund.id, w.id))).code).toBe(
      "ledger.not_signatory",
    );
    expect((await refused(approveBankWithdrawal(f.as("chair"), f.fund.id, w.id))).code).toBe(
      "fund.position_required",
    );

    const before = await signatoryRows(bank.id);
    // Refused, and nothing changed: a member of the old set, the chair missing, a repeat, the secretary deciding.
    const cases: Array<[() => Promise<unknown>, string]> = [
      [
        () =>
          replaceSignatories(newDeps("chair"), f.fund.id, bank.id, {
            signatoryMemberIds: [id("chair"), f.memberIds.finance],
            resolutionRef: "มติที่ประชุม 1/2567",
          }),
        "fund.signatory_not_current",
      ],
      [
        () =>
          replaceSignatories(newDeps("chair"), f.fund.id, bank.id, {
            signatoryMemberIds: [id("secretary"), id("finance")],
            resolutionRef: "มติที่ประชุม 1/2567",
          }),
        "fund.signatory_position_missing",
      ],
      [
        () =>
          replaceSignatories(newDeps("chair"), f.fund.id, bank.id, {
            signatoryMemberIds: [id("chair"), id("chair")],
            resolutionRef: "มติที่ประชุม 1/2567",
          }),
        "fund.signatory_repeated",
      ],
      [
        () =>
          replaceSignatories(newDeps("secretary"), f.fund.id, bank.id, {
            signatoryMemberIds: [id("chair"), id("finance")],
            resolutionRef: "มติที่ประชุม 1/2567",
          }),
        "fund.position_required",
      ],
    ];
    for (const [attempt, code] of cases) {
      const e = await refused(attempt());
      expect(e.code).toBe(code);
      expect(e.messageTh).toMatch(/[ก-๙]/);
      expect(e.message).toMatch(/[A-Za-z]/);
    }
    expect(await signatoryRows(bank.id)).toBe(before);

    const updated = await replaceSignatories(newDeps("chair"), f.fund.id, bank.id, {
      signatoryMemberIds: [id("chair"), id("finance"), id("secretary")],
      resolutionRef: "มติที่ประชุมคณะกรรมการ ครั้งที่ 1/2567",
    });
    expect(updated.signatories.map((s) => s.memberId).sort()).toEqual(
      [id("chair"), id("finance"), id("secretary")].sort(),
    );
    const start = await fundPosition(t.deps.db, f.fund.id);
    await approveBankWithdrawal(newDeps("finance"), f.fund.id, w.id);
    const done = await approveBankWithdrawal(newDeps("chair"), f.fund.id, w.id);
    expect(done.status).toBe("posted");
    expect((await fundPosition(t.deps.db, f.fund.id)).cashSatang).toBe(start.cashSatang + 50_000);
    const audit = await rows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from audit_event where action = 'bank_account.signatories_replaced'`,
    );
    expect(audit[0]!.n).toBe(1);
  });
});
