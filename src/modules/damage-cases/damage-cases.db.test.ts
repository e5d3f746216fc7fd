import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import { getAccountBalances } from "../ledger/index";
import { addDocument } from "./add-document";
import { closeCase } from "./close-case";
import { buildDamageFixture, caseBody, codeOf, type DamageFixture, VILLAGE } from "./damage-test-fixture";
import { openCase } from "./open-case";
import { getCase, listCases } from "./read-cases";
import { recordRecovery } from "./record-recovery";
import { recordStep } from "./record-step";
import { setRepaymentPlan } from "./set-repayment-plan";

let t: TestDatabase;
let f: DamageFixture;

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildDamageFixture(t.deps, "dmg");
});
afterAll(async () => t?.close());

const count = async (what: string): Promise<number> =>
  (await rows<{ n: number }>(t.deps.db, sql.raw(`select count(*)::int as n from ${what}`)))[0]!.n;

async function snapshot() {
  return {
    cases: await count("dmg_case"),
    steps: await count("dmg_step"),
    documents: await count("dmg_document"),
    recoveries: await count("dmg_recovery"),
    instalments: await count("dmg_instalment"),
    entries: await count("journal_entry"),
    accounts: await count("ledger_account"),
    audit: await count("audit_event where action like 'damage_case.%'"),
    recovered: (
      await rows<{ n: number }>(
        t.deps.db,
        sql`select coalesce(sum(recovered_satang), 0)::int as n from dmg_case`,
      )
    )[0]!.n,
  };
}

/** A case walked up to the debt acknowledgement on 2024-06-10. */
async function acknowledgedCase(amountSatang = 5_000_000) {
  const d = f.as(f.district);
  const opened = await openCase(d, caseBody(f.fund.id, { amountSatang }));
  await recordStep(d, opened.case.id, { stage: "reported_to_district", stepOn: "2024-06-03" });
  await recordStep(d, opened.case.id, { stage: "fact_finding", stepOn: "2024-06-05" });
  await recordStep(d, opened.case.id, {
    stage: "debt_acknowledgement",
    stepOn: "2024-06-10",
    documents: [{ docNo: "รส 1/2567", docDate: "2024-06-10", title: "หนังสือรับสภาพหนี้" }],
  });
  return opened.case.id;
}

describe("opening", () => {
  it("opens a case against the fund with the treasurer named and the first document on the 'discovered' step", async () => {
    const detail = await openCase(
      f.as(f.worker),
      caseBody(f.fund.id, {
        persons: [
          { name: "นางเหรัญญิก เงินหาย", relation: "committee_member", committeeMemberId: f.treasurerId },
        ],
        documents: [{ docNo: "นค 0017/123", docDate: "2024-06-02", title: "บันทึกตรวจพบเงินขาดบัญชี" }],
      }),
    );
    expect(detail.case).toMatchObject({
      fundId: f.fund.id,
      areaCode: VILLAGE,
      caseType: "committee_misuse",
      amountSatang: 5_000_000,
      recoveredSatang: 0,
      outstandingSatang: 5_000_000,
      stage: "discovered",
      status: "open",
    });
    expect(detail.persons).toEqual([
      expect.objectContaining({
        name: "นางเหรัญญิก เงินหาย",
        relation: "committee_member",
        committeeMemberId: f.treasurerId,
      }),
    ]);
    expect(detail.steps).toHaveLength(1);
    expect(detail.steps[0]).toMatchObject({
      stage: "discovered",
      stepOn: "2024-06-01",
      documents: [{ docNo: "นค 0017/123", docDate: "2024-06-02", title: "บันทึกตรวจพบเงินขาดบัญชี" }],
    });
    expect(detail.allowedStages).toEqual(["reported_to_district"]);
    expect(
      await count(`audit_event where action = 'damage_case.opened' and entity_id = '${detail.case.id}'`),
    ).toBe(1);
  });

  it("refuses bad input with Thai and English messages and writes nothing", async () => {
    const before = await snapshot();
    const d = f.as(f.district);
    const unknownMember = "01900000-0000-7000-8000-000000000000";
    for (const [code, run] of [
      ["damage.date_in_future", () => openCase(d, caseBody(f.fund.id, { discoveredOn: "2024-06-16" }))],
      [
        "damage.committee_member_unknown",
        () =>
          openCase(
            d,
            caseBody(f.fund.id, {
              persons: [{ name: "x", relation: "committee_member", committeeMemberId: unknownMember }],
            }),
          ),
      ],
      ["damage.fund_unknown", () => openCase(d, caseBody(unknownMember))],
    ] as const) {
      let error: { code: string; messageTh: string; message: string } | undefined;
      try {
        await run();
      } catch (e) {
        error = e as typeof error;
      }
      expect(error?.code).toBe(code);
      expect(error?.messageTh).toMatch(/[ก-๙]/);
      expect(error?.message).toMatch(/[a-z]/);
    }
    expect(await codeOf(() => openCase(f.as(f.outsider), caseBody(f.fund.id)))).toBe("common.not_found");
    expect(await codeOf(() => openCase(f.as(f.committee), caseBody(f.fund.id)))).toBe(
      "access.permission_damage_write",
    );
    expect(await codeOf(() => openCase(f.as(f.auditor), caseBody(f.fund.id)))).toBe(
      "access.permission_damage_write",
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe("procedure", () => {
  it("follows the steps, refusing impossible moves with the allowed ones and dates out of order", async () => {
    const d = f.as(f.district);
    const { case: c } = await openCase(d, caseBody(f.fund.id));
    let refused: { code: string; details: unknown } | undefined;
    try {
      await recordStep(d, c.id, { stage: "fact_finding", stepOn: "2024-06-02" });
    } catch (e) {
      refused = e as typeof refused;
    }
    expect(refused).toMatchObject({
      code: "damage.stage_move_not_allowed",
      details: { from: "discovered", to: "fact_finding", allowed: ["reported_to_district"] },
    });
    expect(
      await codeOf(() => recordStep(d, c.id, { stage: "reported_to_district", stepOn: "2024-05-30" })),
    ).toBe("damage.date_before_previous");
    expect(
      await codeOf(() => recordStep(d, c.id, { stage: "reported_to_district", stepOn: "2024-06-20" })),
    ).toBe("damage.date_in_future");
    await recordStep(d, c.id, {
      stage: "reported_to_district",
      stepOn: "2024-06-03",
      note: "รายงานอำเภอน้ำพอง",
    });
    await recordStep(d, c.id, { stage: "fact_finding", stepOn: "2024-06-05" });
    await recordStep(d, c.id, { stage: "criminal_complaint", stepOn: "2024-06-07" });
    const detail = await recordStep(d, c.id, {
      stage: "civil_action",
      stepOn: "2024-06-12",
      documents: [{ docNo: "ขก 0017.3/55", docDate: "2024-06-12", title: "หนังสือส่งเรื่องให้จังหวัดฟ้องคดีแพ่ง" }],
    });
    expect(detail.steps.map((s) => s.stage)).toEqual([
      "discovered",
      "reported_to_district",
      "fact_finding",
      "criminal_complaint",
      "civil_action",
    ]);
    expect(detail.allowedStages).toEqual(["recovery", "criminal_complaint"]);
    const withDoc = await addDocument(d, c.id, {
      docNo: "คำพิพากษา 12/2567",
      docDate: "2024-06-14",
      title: "คำพิพากษาศาลจังหวัด",
    });
    expect(withDoc.steps.at(-1)!.documents.map((x) => x.docNo)).toEqual(["ขก 0017.3/55", "คำพิพากษา 12/2567"]);
    expect(
      await codeOf(() =>
        addDocument(d, c.id, { docNo: "x", docDate: "2024-06-14", title: "x", stepId: f.fund.id }),
      ),
    ).toBe("damage.step_unknown");
    const closed = await closeCase(d, c.id, {
      closure: "legal_outcome",
      note: "ศาลพิพากษาให้ชดใช้ ส่งเรื่องบังคับคดี",
    });
    expect(closed.case).toMatchObject({ status: "closed", closure: "legal_outcome", closedOn: "2024-06-15" });
    expect(closed.allowedStages).toEqual([]);
    expect(await codeOf(() => recordStep(d, c.id, { stage: "recovery", stepOn: "2024-06-15" }))).toBe(
      "damage.case_closed",
    );
  });

  it("sets a repayment plan only after the acknowledgement, adding up to what is outstanding", async () => {
    const d = f.as(f.district);
    const early = await openCase(d, caseBody(f.fund.id));
    expect(
      await codeOf(() =>
        setRepaymentPlan(d, early.case.id, {
          instalments: [{ dueOn: "2024-07-01", amountSatang: 5_000_000 }],
        }),
      ),
    ).toBe("damage.plan_stage");
    const id = await acknowledgedCase(3_000_000);
    const before = await snapshot();
    expect(
      await codeOf(() =>
        setRepaymentPlan(d, id, { instalments: [{ dueOn: "2024-07-01", amountSatang: 2_000_000 }] }),
      ),
    ).toBe("damage.plan_total_mismatch");
    expect(
      await codeOf(() =>
        setRepaymentPlan(d, id, {
          instalments: [
            { dueOn: "2024-08-01", amountSatang: 1_500_000 },
            { dueOn: "2024-07-01", amountSatang: 1_500_000 },
          ],
        }),
      ),
    ).toBe("damage.plan_dates_not_increasing");
    expect(
      await codeOf(() =>
        setRepaymentPlan(d, id, { instalments: [{ dueOn: "2024-06-01", amountSatang: 3_000_000 }] }),
      ),
    ).toBe("damage.plan_before_acknowledgement");
    expect(await snapshot()).toEqual(before);
    const plan = await setRepaymentPlan(d, id, {
      instalments: [
        { dueOn: "2024-06-14", amountSatang: 1_000_000 },
        { dueOn: "2024-07-15", amountSatang: 1_000_000 },
        { dueOn: "2024-08-15", amountSatang: 1_000_000 },
      ],
    });
    expect(plan.instalments.map((i) => i.state)).toEqual(["overdue", "due", "due"]);
    t.clock.advance(60_000);
    const paid = await recordRecovery(d, id, {
      amountSatang: 1_500_000,
      payer: "นางเหรัญญิก เงินหาย",
      into: { kind: "cash" },
    });
    expect(paid.instalments.map((i) => [i.paidSatang, i.state])).toEqual([
      [1_000_000, "paid"],
      [500_000, "partly_paid"],
      [0, "due"],
    ]);
  });
});

describe("recoveries", () => {
  it("posts each recovery as a balanced entry, reconciles the case with the ledger and refuses more than is outstanding", async () => {
    const d = f.as(f.district);
    const id = await acknowledgedCase(2_000_000);
    const cashBefore = (await getAccountBalances(d, f.fund.id)).items.find(
      (a) => a.code === "1101",
    )!.balanceSatang;
    await recordRecovery(d, id, {
      amountSatang: 1_200_000,
      payer: "นางเหรัญญิก เงินหาย",
      into: { kind: "cash" },
      receivedOn: "2024-06-11",
    });
    const second = await recordRecovery(d, id, {
      amountSatang: 300_000,
      payer: "นางเหรัญญิก เงินหาย",
      into: { kind: "cash" },
      idempotencyKey: "dmg-recovery-0002",
    });
    // A retry with the same key is the same recovery, not a second one.
    const retried = await recordRecovery(d, id, {
      amountSatang: 300_000,
      payer: "นางเหรัญญิก เงินหาย",
      into: { kind: "cash" },
      idempotencyKey: "dmg-recovery-0002",
    });
    expect(retried.recoveries).toEqual(second.recoveries);
    expect(second.case).toMatchObject({ recoveredSatang: 1_500_000, outstandingSatang: 500_000 });
    expect(second.recoveries.map((r) => r.amountSatang)).toEqual([1_200_000, 300_000]);

    const lines = await rows<{ entry_id: string; code: string; debit: number; credit: number }>(
      t.deps.db,
      sql`select l.entry_id, a.code, l.debit_satang::int as debit, l.credit_satang::int as credit
          from journal_line l join journal_entry e on e.id = l.entry_id join ledger_account a on a.id = l.account_id
          where e.source_type = 'damage_case' and e.source_id = ${id} order by e.entry_date, e.id, l.line_no`,
    );
    expect(lines.map((l) => [l.code, l.debit, l.credit])).toEqual([
      ["1101", 1_200_000, 0],
      ["4301", 0, 1_200_000],
      ["1101", 300_000, 0],
      ["4301", 0, 300_000],
    ]);
    expect(new Set(lines.map((l) => l.entry_id))).toEqual(
      new Set(second.recoveries.map((r) => r.journalEntryId)),
    );
    const ledgerRecovered = lines.filter((l) => l.code === "4301").reduce((s, l) => s + l.credit, 0);
    expect(ledgerRecovered).toBe(second.case.recoveredSatang);
    const balances = (await getAccountBalances(d, f.fund.id)).items;
    expect(balances.find((a) => a.code === "1101")!.balanceSatang).toBe(cashBefore + 1_500_000);
    expect(await count(`ledger_account where fund_id = '${f.fund.id}' and code = '4301'`)).toBe(1);
    expect(
      await count(`audit_event where action = 'damage_case.recovery_recorded' and entity_id = '${id}'`),
    ).toBe(2);

    const before = await snapshot();
    let refused: { code: string; messageTh: string; details: unknown } | undefined;
    try {
      await recordRecovery(d, id, { amountSatang: 500_001, payer: "x", into: { kind: "cash" } });
    } catch (e) {
      refused = e as typeof refused;
    }
    expect(refused).toMatchObject({
      code: "damage.recovery_above_outstanding",
      details: { amountSatang: 500_001, outstandingSatang: 500_000 },
    });
    expect(refused!.messageTh).toContain("5,000.00");
    expect(
      await codeOf(() =>
        recordRecovery(d, id, {
          amountSatang: 100,
          payer: "x",
          into: { kind: "bank", bankAccountId: f.treasurerId },
        }),
      ),
    ).toBe("damage.bank_account_invalid");
    expect(
      await codeOf(() =>
        recordRecovery(d, id, {
          amountSatang: 100,
          payer: "x",
          into: { kind: "cash" },
          receivedOn: "2024-05-01",
        }),
      ),
    ).toBe("damage.date_before_previous");
    expect(await snapshot()).toEqual(before);

    expect(await codeOf(() => closeCase(d, id, { closure: "fully_recovered", note: "x" }))).toBe(
      "damage.closing_not_fully_recovered",
    );
    await recordRecovery(d, id, { amountSatang: 500_000, payer: "นางเหรัญญิก เงินหาย", into: { kind: "cash" } });
    const closed = await closeCase(d, id, { closure: "fully_recovered", note: "ชดใช้ครบตามแผน" });
    expect(closed.case).toMatchObject({ status: "closed", closure: "fully_recovered", outstandingSatang: 0 });
    expect(
      await codeOf(() => recordRecovery(d, id, { amountSatang: 1, payer: "x", into: { kind: "cash" } })),
    ).toBe("damage.case_closed");
  });
});

describe("closing and scope", () => {
  it("writes off only with a provincial approval and its reference, after fact-finding", async () => {
    const d = f.as(f.district);
    const p = f.as(f.province);
    const { case: fresh } = await openCase(
      d,
      caseBody(f.fund.id, { caseType: "missing_documents", amountSatang: 0 }),
    );
    expect(
      await codeOf(() =>
        closeCase(p, fresh.id, { closure: "written_off", note: "x", approvalRef: "ขก 1/2567" }),
      ),
    ).toBe("damage.closing_facts_not_established");
    expect(await codeOf(() => closeCase(p, fresh.id, { closure: "legal_outcome", note: "x" }))).toBe(
      "damage.closing_no_legal_action",
    );
    const id = await acknowledgedCase(800_000);
    expect(
      await codeOf(() =>
        closeCase(d, id, { closure: "written_off", note: "ลูกหนี้เสียชีวิต", approvalRef: "ขก 1/2567" }),
      ),
    ).toBe("damage.write_off_approval_required");
    expect(await codeOf(() => closeCase(p, id, { closure: "written_off", note: "ลูกหนี้เสียชีวิต" }))).toBe(
      "damage.closing_approval_reference_required",
    );
    const closed = await closeCase(p, id, {
      closure: "written_off",
      note: "ลูกหนี้เสียชีวิต",
      approvalRef: "ขก 0017.3/999",
    });
    expect(closed.case).toMatchObject({
      closure: "written_off",
      writeOffApprovalRef: "ขก 0017.3/999",
      outstandingSatang: 800_000,
    });
    const [row] = await rows<{ write_off_approved_by: string }>(
      t.deps.db,
      sql`select write_off_approved_by from dmg_case where id = ${id}`,
    );
    expect(row!.write_off_approved_by).toBe(f.province.userId);
  });

  it("hides cases outside the officer's area as not found and pages the list without gaps", async () => {
    const d = f.as(f.district);
    const { case: c } = await openCase(d, caseBody(f.fund.id, { discoveredOn: "2024-05-01" }));
    const out = f.as(f.outsider);
    expect(await codeOf(() => getCase(out, c.id))).toBe("common.not_found");
    expect(
      await codeOf(() => recordStep(out, c.id, { stage: "reported_to_district", stepOn: "2024-06-01" })),
    ).toBe("common.not_found");
    expect(
      await codeOf(() => recordRecovery(out, c.id, { amountSatang: 1, payer: "x", into: { kind: "cash" } })),
    ).toBe("common.not_found");
    expect(await codeOf(() => closeCase(out, c.id, { closure: "fully_recovered", note: "x" }))).toBe(
      "common.not_found",
    );
    expect(await codeOf(() => listCases(out, { limit: 10, area: VILLAGE }))).toBe("common.not_found");
    expect((await listCases(out, { limit: 100 })).items).toEqual([]);
    expect(await codeOf(() => getCase(f.as(f.committee), c.id))).toBe("access.permission_damage_read");
    expect((await getCase(f.as(f.auditor), c.id)).case.id).toBe(c.id);

    const all = await listCases(d, { limit: 100 });
    expect(all.items.at(-1)!.id).toBe(c.id);
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCases(d, { limit: 2, ...(cursor ? { cursor } : {}) });
      ids.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toEqual(all.items.map((x) => x.id));
    const open = await listCases(d, { limit: 100, status: "open" });
    expect(open.items.every((x) => x.status === "open")).toBe(true);
  });
});
