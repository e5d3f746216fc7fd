// Test support only (imported by *.test.ts and the bench): registers target households straight into the purple book's table.
import { kkjTarget } from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export interface FixtureTarget {
  id: string;
  fundId: string;
  householdId: string;
  registerSeq: number;
  membersCount: number;
  incomePerPersonSatang: number;
  registeredOn: string;
  removedOn?: string | null;
}

export async function insertFixtureTargets(db: Executor, targets: readonly FixtureTarget[], at: Date) {
  if (targets.length === 0) return;
  await db.insert(kkjTarget).values(
    targets.map((t) => ({
      id: t.id,
      fundId: t.fundId,
      householdId: t.householdId,
      registerSeq: t.registerSeq,
      bmnYear: 2563,
      incomePerPersonSatang: t.incomePerPersonSatang,
      membersCount: t.membersCount,
      status: t.removedOn ? "removed" : "active",
      registeredOn: t.registeredOn,
      removedOn: t.removedOn ?? null,
      createdAt: at,
    })),
  );
}
