// Seeds the demo villages, households, จปฐ. records and one account per role, all through the use cases.

import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { SYSTEM_ACTOR } from "../../shared/actor";
import type { CreateHouseholdBody } from "../../shared/contracts/index";
import { citizenIdCheckDigit } from "../../shared/thai-id";
import { createUser } from "../access/index";
import { seedDemoComplaints } from "../complaints/index";
import { seedDemoDamageCases } from "../damage-cases/index";
import { refreshRollups } from "../dashboards/index";
import { seedDemoDebtCentres } from "../debt-centre/index";
import { createVillage, findArea } from "../geography/index";
import { seedGovernanceDemo } from "../governance/index";
import { runDailyJob } from "../health/index";
import { createHousehold, listHouseholds, recordBmn } from "../households/index";
import { seedKnowledgeDemo } from "../knowledge/index";
import { seedLivelihoodsDemo } from "../livelihoods/index";
import { seedMonitoringDemo } from "../monitoring/index";
import { seedDemoTargetLists, seedPovertyCaseDemo, seedPovertyProgressDemo } from "../poverty-cases/index";
import { seedDemoSavingsGroup } from "../savings-groups/index";
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_VILLAGES,
  FIRST_NAMES_F,
  FIRST_NAMES_M,
  LAST_NAMES,
} from "./demo-data";
import { seedDokKrachiaoFund, seedDokKrachiaoHistory } from "./seed-demo-funds";

/** A small deterministic generator so that every demo database is the same. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function demoCitizenId(n: number): string {
  const first12 = `3${String(4007_0000_000 + n).padStart(11, "0")}`;
  return first12 + citizenIdCheckDigit(first12);
}

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)]!;
}

export interface SeedSummary {
  seeded: boolean;
  villages: number;
  households: number;
  users: number;
}

export interface SeedOptions {
  /** Also seed the demo funds, loans and กข.คจ. workflow (default true; most tests leave them out). */
  funds?: boolean;
}

export async function seedDemo(base: Deps, options: SeedOptions = {}): Promise<SeedSummary> {
  const deps: Deps = { ...base, actor: SYSTEM_ACTOR };
  if (await findArea(deps.db, "40070908")) return { seeded: false, villages: 0, households: 0, users: 0 };
  const r = rng(2567);
  let personNo = 1;
  let households = 0;
  await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    for (const v of DEMO_VILLAGES) {
      const village = await createVillage(t, v.subdistrictCode, {
        villageNo: v.villageNo,
        nameTh: v.nameTh,
        nameEn: v.nameEn,
        latitude: v.latitude,
        longitude: v.longitude,
      });
      for (let h = 1; h <= v.households; h++) {
        const last = pick(LAST_NAMES, r);
        const size = 1 + Math.floor(r() * 5);
        const members: CreateHouseholdBody["members"] = [];
        const headIsMale = r() < 0.6;
        const headBirthYear = 1950 + Math.floor(r() * 40);
        members.push({
          relation: "head",
          title: headIsMale ? "นาย" : "นาง",
          firstName: pick(headIsMale ? FIRST_NAMES_M : FIRST_NAMES_F, r),
          lastName: last,
          citizenId: demoCitizenId(personNo++),
          birthDate: `${headBirthYear}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`,
          sex: headIsMale ? "M" : "F",
        });
        if (size > 1) {
          members.push({
            relation: "spouse",
            title: headIsMale ? "นาง" : "นาย",
            firstName: pick(headIsMale ? FIRST_NAMES_F : FIRST_NAMES_M, r),
            lastName: last,
            citizenId: demoCitizenId(personNo++),
            birthDate: `${headBirthYear + 2}-05-15`,
            sex: headIsMale ? "F" : "M",
          });
        }
        for (let c = 2; c < size; c++) {
          const male = r() < 0.5;
          members.push({
            relation: "child",
            title: male ? "เด็กชาย" : "เด็กหญิง",
            firstName: pick(male ? FIRST_NAMES_M : FIRST_NAMES_F, r),
            lastName: last,
            citizenId: demoCitizenId(personNo++),
            birthDate: `${2010 + Math.floor(r() * 10)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
            sex: male ? "M" : "F",
          });
        }
        const created = await createHousehold(t, {
          villageCode: village.code,
          houseNo: `${h * 3 + Math.floor(r() * 3)}`,
          phone: `08${Math.floor(10_000_000 + r() * 89_999_999)}`,
          members,
        });
        households++;
        for (const year of [2566, 2567]) {
          // Incomes spread around the 38,000-baht criterion so that some households are targets.
          const perPersonBaht = 18_000 + Math.floor(r() * 50_000) + (year - 2566) * 2_000;
          const total = perPersonBaht * size * 100;
          const main = Math.floor(total * 0.6);
          const secondary = Math.floor(total * 0.2);
          const other = Math.floor(total * 0.1);
          const indicators: Record<string, boolean> = {};
          for (let i = 1; i <= 31; i++) indicators[String(i)] = r() > 0.12;
          await recordBmn(t, created.id, {
            surveyYear: year,
            membersCount: size,
            incomeMainSatang: main,
            incomeSecondarySatang: secondary,
            incomeOtherSatang: other,
            incomeOwnProductionSatang: total - main - secondary - other,
            indicators,
          });
        }
      }
    }
    const users = new Map<string, { id: string; scopeCode: string }>();
    for (const a of DEMO_ACCOUNTS) {
      let householdId: string | undefined;
      if (a.role === "household_member") {
        const page = await listHouseholds(t, { area: a.scopeCode, limit: 1 });
        householdId = page.items[0]?.id;
      }
      const user = await createUser(t, {
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        scopeCode: a.scopeCode,
        password: DEMO_PASSWORD,
        ...(a.position ? { position: a.position } : {}),
        ...(householdId ? { householdId } : {}),
      });
      users.set(a.username, { id: user.id, scopeCode: user.scopeCode });
    }
    await seedDemoTargetLists(t);
    if (options.funds !== false) {
      const demoFund = await seedDokKrachiaoFund(t, users);
      await seedDokKrachiaoHistory(demoFund, users);
      await seedDemoSavingsGroup(t, users);
      await seedDemoDebtCentres(t, { kkjFundId: demoFund.fund.id, users });
      await seedKnowledgeDemo(t);
      await seedDemoComplaints(t, users, demoFund.fund.id);
      await seedDemoDamageCases(t, users, demoFund.fund.id);
      // Fund health and the dashboards' rollups, with every past year back-filled at once (the nightly job does
      // one past year a night), so that a fresh demo shows figures and trends before the first night.
      await runDailyJob(t);
      await refreshRollups(t);
      await seedGovernanceDemo(t, demoFund, users);
      await seedPovertyCaseDemo(t, DEMO_PASSWORD);
      await seedPovertyProgressDemo(t);
      await seedMonitoringDemo(t, users);
      await seedLivelihoodsDemo(t);
    }
  });
  return { seeded: true, villages: DEMO_VILLAGES.length, households, users: DEMO_ACCOUNTS.length };
}
