import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase, testEngine } from "../../../test/support/test-db";
import { inTransaction, rows } from "../../platform/database";
import { buildFund, createCommitteeUsers, type FundFixture } from "./ledger-test-fixture";

// The test seam: the repository's line insert crashes on demand, after the entry row has been inserted.
const crash = vi.hoisted(() => ({ armed: false, entriesSeenBeforeCrash: 0 }));
vi.mock("./ledger.repository", async (importOriginal) => {
  const original = await importOriginal<typeof import("./ledger.repository")>();
  return {
    ...original,
    insertLines: async (...args: Parameters<typeof original.insertLines>) => {
      if (crash.armed) {
        const [db, lines] = args;
        // Proof that the entry row is already written inside the transaction when the crash comes.
        if (await original.findEntry(db, lines[0]!.entryId)) crash.entriesSeenBeforeCrash++;
        throw new Error("simulated crash between the entry and its lines");
      }
      return original.insertLines(...args);
    },
  };
});

const { postEntry } = await import("./post-entry");
const { recordBankDeposit } = await import("./record-bank-deposit");
const { fundPosition } = await import("./read-ledger");

let t: TestDatabase;
let f: FundFixture;
const VILLAGE = "40070915";

const count = async (table: string) =>
  (await rows<{ n: number }>(t.deps.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildFund(t.deps, {
    villageCode: VILLAGE,
    users: await createCommitteeUsers(t.deps, VILLAGE, "crash"),
  });
  await postEntry(t.deps, {
    fundId: f.fund.id,
    entryDate: "2024-06-15",
    description: "เงินบริจาค",
    lines: [
      { accountId: f.accounts.cash!, debitSatang: 10_000 },
      { accountId: f.accounts.grants!, creditSatang: 10_000 },
    ],
  });
});
afterAll(async () => t.close());

describe(`a crash in the middle of a posting on ${testEngine}`, () => {
  it("leaves no entry without its lines, whether the use case or an outer transaction owns the transaction", async () => {
    const entries = await count("journal_entry");
    const lines = await count("journal_line");
    const posted = await count("audit_event where action = 'ledger.entry_posted'");
    const before = await fundPosition(t.deps.db, f.fund.id);
    crash.armed = true;
    try {
      await expect(
        recordBankDeposit(f.as("finance"), f.fund.id, { bankAccountId: f.banks[0]!.id, amountSatang: 5_000 }),
      ).rejects.toThrow(/simulated crash/);
      await expect(
        inTransaction(t.deps.db, (tx) =>
          postEntry(
            { ...t.deps, db: tx },
            {
              fundId: f.fund.id,
              entryDate: "2024-06-15",
              description: "ภายในธุรกรรมของผู้เรียก",
              lines: [
                { accountId: f.accounts.other_assets!, debitSatang: 1_000 },
                { accountId: f.accounts.cash!, creditSatang: 1_000 },
              ],
            },
          ),
        ),
      ).rejects.toThrow(/simulated crash/);
    } finally {
      crash.armed = false;
    }
    expect(crash.entriesSeenBeforeCrash).toBe(2);
    expect(await count("journal_entry")).toBe(entries);
    expect(await count("journal_line")).toBe(lines);
    expect(await count("audit_event where action = 'ledger.entry_posted'")).toBe(posted);
    const orphans = await rows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from journal_entry e where not exists (select 1 from journal_line l where l.entry_id = e.id)`,
    );
    expect(orphans[0]!.n).toBe(0);
    expect(await fundPosition(t.deps.db, f.fund.id)).toEqual(before);
    // The same posting succeeds once the fault is gone: nothing half-done blocks it.
    await recordBankDeposit(f.as("finance"), f.fund.id, {
      bankAccountId: f.banks[0]!.id,
      amountSatang: 5_000,
    });
    expect((await fundPosition(t.deps.db, f.fund.id)).bankSatang).toBe(before.bankSatang + 5_000);
  });
});
