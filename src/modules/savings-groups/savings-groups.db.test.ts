import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { allocate, satang } from "../../shared/money";
import { listAuditEvents } from "../audit/index";
import { accountBalances, listEntries } from "../ledger/index";
import { getLoan, recordRepayment } from "../loans/index";
import { addMember } from "./add-member";
import { changeMemberStatus } from "./change-member-status";
import { checkMemberLoanRequest } from "./check-member-loan";
import { closeGroupYear } from "./close-group-year";
import type { MemberDetail } from "./contracts";
import { createGroup } from "./create-group";
import { makeMemberLoan } from "./make-member-loan";
import { getMemberStatement } from "./member-statement";
import { getDepositSheet, getGroup, listGroups, listMembers } from "./read-groups";
import { getYearClose } from "./read-year-close";
import { recordDeposits } from "./record-deposits";
import { recordSgMeeting } from "./record-meeting";
import { insertBylaws } from "./savings.repository";
import { admitMembers, buildSavingsGroup, type SavingsFixture } from "./savings-test-fixture";

let t: TestDatabase;
let f: SavingsFixture;
let m: MemberDetail[];
const SHARES = [10, 4, 2, 6];
const FY = 2566;
const MONTHS = [
  "2022-10",
  "2022-11",
  "2022-12",
  "2023-01",
  "2023-02",
  "2023-03",
  "2023-04",
  "2023-05",
  "2023-06",
  "2023-07",
  "2023-08",
  "2023-09",
];
let loanId = "";

async function balanceOf(role: string, asOf?: string): Promise<number> {
  return (await accountBalances(t.deps.db, f.fundId, asOf)).find((b) => b.role === role)!.balanceSatang;
}

async function rejects(
  p: Promise<unknown>,
): Promise<{ kind: string; code: string; message: string; messageTh: string; details: unknown }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildSavingsGroup(t.deps);
  m = await admitMembers(f, "2022-09-01", ["นายหนึ่ง ออมดี", "นางสองออม ดีใจ", "นายสาม มั่นคง"]);
  m.push(
    await addMember(f.at("2022-09-01", "secretary"), f.fundId, {
      householdMemberId: f.people[0]!.householdMemberId,
      joinedOn: "2022-09-01",
      beneficiaries: [
        { name: "นางสมหญิง ออมทรัพย์", relationship: "คู่สมรส", shareBp: 3_334 },
        { name: "นายสมศักดิ์ ออมทรัพย์", relationship: "บุตร", shareBp: 3_333 },
        { name: "นางสาวสมใจ ออมทรัพย์", relationship: "บุตร", shareBp: 3_333, citizenId: "1101700000010" },
      ],
    }),
  );
  for (const month of MONTHS) {
    await recordDeposits(f.at(`${month}-05`, "finance"), f.fundId, {
      month,
      paidOn: `${month}-05`,
      rows: m.map((x, k) => ({ memberId: x.id, shares: SHARES[k]! })),
    });
  }
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe("a savings group is a fund with its own accounts and bylaws", () => {
  it("creates the fund, the group accounts and the default bylaws", async () => {
    const g = await getGroup(f.at("2023-01-10"), f.fundId);
    expect(g.bylaws.shareValueSatang).toBe(5_000);
    expect(g.bylaws.maxSharesPerMonth).toBe(20);
    const codes = (await accountBalances(t.deps.db, f.fundId)).map((a) => a.code);
    for (const code of [
      "1101",
      "2101",
      "2102",
      "2103",
      "3301",
      "3401",
      "3402",
      "3403",
      "3901",
      "4101",
      "4201",
    ]) {
      expect(codes).toContain(code);
    }
    const page = await listGroups(f.at("2023-01-10", "officer"), { limit: 10 });
    expect(page.items.map((x) => x.fundId)).toContain(f.fundId);
    expect((await listGroups(f.at("2023-01-10", "otherOfficer"), { limit: 10 })).items).toEqual([]);
  });

  it("refuses bylaws whose allocation is not 100 % by field, and writes no fund", async () => {
    const before = (await listGroups(f.at("2023-01-10"), { limit: 100 })).items.length;
    const e = await rejects(
      createGroup(f.at("2023-01-10", "officer"), {
        areaCode: f.villageCode,
        name: "กลุ่มผิดระเบียบ",
        startedOn: "2023-01-01",
        bylaws: {
          profitAllocationBp: {
            dividend: 4_000,
            patronageRefund: 2_000,
            reserve: 1_500,
            welfare: 1_000,
            committee: 1_000,
            publicBenefit: 499,
          },
        },
      }),
    );
    expect(e.code).toBe("savings.invalid_bylaws");
    expect(e.messageTh).toContain("profitAllocationBp");
    expect(e.messageTh).toContain("99.99%");
    expect(e.message).toContain("99.99%");
    const unknown = await rejects(
      createGroup(f.at("2023-01-10", "officer"), {
        areaCode: f.villageCode,
        name: "กลุ่มผิดระเบียบ",
        startedOn: "2023-01-01",
        bylaws: { sharePrice: 10 },
      }),
    );
    expect(unknown.messageTh).toContain("bylaws.sharePrice");
    expect((await listGroups(f.at("2023-01-10"), { limit: 100 })).items.length).toBe(before);
  });

  it("only officers found a group; another area does not see it", async () => {
    const e = await rejects(
      createGroup(f.at("2023-01-10", "chair"), {
        areaCode: f.villageCode,
        name: "x",
        startedOn: "2023-01-01",
        bylaws: {},
      }),
    );
    expect(e.kind).toBe("forbidden");
    expect((await rejects(getGroup(f.at("2023-01-10", "otherOfficer"), f.fundId))).kind).toBe("not_found");
  });
});

describe("members", () => {
  it("numbers members and accounts in order and posts the entry fee", async () => {
    expect(m.map((x) => x.memberNo)).toEqual(["1", "2", "3", "4"]);
    expect(m.map((x) => x.accountNo)).toEqual(["00001", "00002", "00003", "00004"]);
    expect(m[3]!.name).toBe("นายสมชาย ออมทรัพย์");
    expect(m[3]!.householdId).toBe(f.people[0]!.householdId);
    expect(m[3]!.beneficiaries.map((b) => b.shareBp)).toEqual([3_334, 3_333, 3_333]);
    expect(m[3]!.beneficiaries[2]!.citizenIdMasked).toBe("1-1017-xxxxx-xx-0");
    expect(await balanceOf("fee_income", "2022-09-30")).toBe(4 * 2_000);
  });

  it("issues consecutive numbers to concurrent admissions, without gaps", async () => {
    const g = await buildSavingsGroup(t.deps, { villageCode: "40070952", prefix: "cc" });
    const made = await Promise.all(
      Array.from({ length: 8 }, (_, k) =>
        addMember(g.at("2023-01-10", "secretary"), g.fundId, {
          name: `สมาชิกพร้อมกัน ${k}`,
          joinedOn: "2023-01-10",
          beneficiaries: [{ name: "ทายาท", relationship: "บุตร", shareBp: 10_000 }],
        }),
      ),
    );
    expect(made.map((x) => Number(x.memberNo)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(made.map((x) => x.accountNo)).size).toBe(8);
  });

  it("refuses bad beneficiaries, a missing name, a person of another village or twice, writing nothing", async () => {
    const count = async () => (await listMembers(f.at("2023-01-10"), f.fundId, { limit: 100 })).items.length;
    const fees = await balanceOf("fee_income");
    const before = await count();
    const bad = await rejects(
      addMember(f.at("2023-01-10", "secretary"), f.fundId, {
        name: "นายห้า ออมดี",
        joinedOn: "2023-01-10",
        beneficiaries: [
          { name: "ก", relationship: "บุตร", shareBp: 5_000 },
          { name: "ข", relationship: "บุตร", shareBp: 4_000 },
        ],
      }),
    );
    expect(bad.code).toBe("savings.invalid_beneficiaries");
    expect(bad.messageTh).toContain("90% ต้องรวมเป็น 100% พอดี");
    expect(bad.message).toContain("90%");
    const noName = await rejects(
      addMember(f.at("2023-01-10", "secretary"), f.fundId, {
        joinedOn: "2023-01-10",
        beneficiaries: [{ name: "ก", relationship: "บุตร", shareBp: 10_000 }],
      }),
    );
    expect(noName.messageTh).toContain("name");
    const twice = await rejects(
      addMember(f.at("2023-01-10", "secretary"), f.fundId, {
        householdMemberId: f.people[0]!.householdMemberId,
        joinedOn: "2023-01-10",
        beneficiaries: [{ name: "ก", relationship: "บุตร", shareBp: 10_000 }],
      }),
    );
    expect(twice.kind).toBe("conflict");
    const other = await buildSavingsGroup(t.deps, { villageCode: "40070953", prefix: "ov" });
    const outside = await rejects(
      addMember(f.at("2023-01-10", "secretary"), f.fundId, {
        householdMemberId: other.people[0]!.householdMemberId,
        joinedOn: "2023-01-10",
        beneficiaries: [{ name: "ก", relationship: "บุตร", shareBp: 10_000 }],
      }),
    );
    expect(outside.code).toBe("savings.person_outside_village");
    const finance = await rejects(
      addMember(f.at("2023-01-10", "finance"), f.fundId, {
        name: "x",
        joinedOn: "2023-01-10",
        beneficiaries: [{ name: "ก", relationship: "บุตร", shareBp: 10_000 }],
      }),
    );
    expect(finance.kind).toBe("forbidden");
    expect(await count()).toBe(before);
    expect(await balanceOf("fee_income")).toBe(fees);
  });
});

describe("monthly share deposits", () => {
  it("records one entry per sheet: Dr cash, Cr members' share savings", async () => {
    const total = SHARES.reduce((a, b) => a + b, 0) * 5_000;
    expect(await balanceOf("member_shares", "2023-09-30")).toBe(12 * total);
    const sheet = await getDepositSheet(f.at("2023-03-10"), f.fundId, "2023-03");
    expect(sheet.rows.map((r) => r.shares)).toEqual(SHARES);
    expect(sheet.totalSatang).toBe(total);
    const entries = await listEntries(f.at("2023-03-10"), f.fundId, {
      from: "2023-03-01",
      to: "2023-03-31",
      limit: 50,
    });
    const deposit = entries.items.find((e) => e.kind === "sg_share_deposit")!;
    expect(deposit.lines.map((l) => [l.accountCode, l.debitSatang, l.creditSatang])).toEqual([
      ["1101", total, 0],
      ["3301", 0, total],
    ]);
  });

  it("refuses shares outside the bylaws naming each row, and a second deposit for a month, writing nothing", async () => {
    const before = await balanceOf("member_shares");
    const e = await rejects(
      recordDeposits(f.at("2023-10-05", "finance"), f.fundId, {
        month: "2023-10",
        paidOn: "2023-10-05",
        rows: [
          { memberId: m[0]!.id, shares: 0 },
          { memberId: m[1]!.id, shares: 21 },
          { memberId: m[2]!.id, shares: 2.5 },
          { memberId: m[3]!.id, shares: 3 },
        ],
      }),
    );
    expect(e.code).toBe("savings.invalid_deposit");
    expect((e.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      "rows[0].shares",
      "rows[1].shares",
      "rows[2].shares",
    ]);
    expect(e.messageTh).toContain("ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 20");
    const again = await rejects(
      recordDeposits(f.at("2023-06-20", "finance"), f.fundId, {
        month: "2023-06",
        paidOn: "2023-06-20",
        rows: [{ memberId: m[0]!.id, shares: 1 }],
      }),
    );
    expect(again.code).toBe("savings.deposit_exists");
    const future = await rejects(
      recordDeposits(f.at("2023-06-20", "finance"), f.fundId, {
        month: "2023-07",
        paidOn: "2023-06-20",
        rows: [{ memberId: m[0]!.id, shares: 1 }],
      }),
    );
    expect(future.code).toBe("savings.month_in_future");
    const byChair = await rejects(
      recordDeposits(f.at("2023-10-05", "chair"), f.fundId, {
        month: "2023-10",
        paidOn: "2023-10-05",
        rows: [{ memberId: m[0]!.id, shares: 1 }],
      }),
    );
    expect(byChair.kind).toBe("forbidden");
    expect(await balanceOf("member_shares")).toBe(before);
  });
});

describe("member loans", () => {
  it("refuses a loan listing every broken rule, with the limit", async () => {
    const check = await checkMemberLoanRequest(f.at("2023-03-06", "chair"), f.fundId, {
      memberId: m[0]!.id,
      amountSatang: 700_000,
      guarantorIds: [m[0]!.id],
    });
    // Six months of 10 shares: 3,000 baht saved, twice that may be borrowed.
    expect(check.limitSatang).toBe(600_000);
    expect(check.violations.map((v) => v.path)).toEqual(["amountSatang", "guarantorIds[0]", "guarantorIds"]);
    const e = await rejects(
      makeMemberLoan(f.at("2023-03-06", "chair"), f.fundId, {
        memberId: m[0]!.id,
        amountSatang: 700_000,
        guarantorIds: [m[0]!.id],
        instalmentCount: 5,
        contractedOn: "2023-03-06",
        resolutionRef: "มติ 6/2566",
      }),
    );
    expect(e.code).toBe("savings.loan_not_allowed");
    expect(e.messageTh).toContain("เกินวงเงินกู้ที่กู้ได้ 6,000.00 บาท");
    expect(e.messageTh).toContain("และอีก 2 ข้อ");
    expect((e.details as { issues: unknown[] }).issues).toHaveLength(3);
  });

  it("lends within the limit through the loan engine, paid from cash, repaid through the loan repayment path", async () => {
    const loan = await makeMemberLoan(f.at("2023-03-06", "chair"), f.fundId, {
      memberId: m[0]!.id,
      amountSatang: 500_000,
      guarantorIds: [m[1]!.id, m[2]!.id],
      instalmentCount: 5,
      contractedOn: "2023-03-06",
      resolutionRef: "มติ 6/2566",
    });
    loanId = loan.loanId;
    expect(loan.loanNo).toBe("สก.1/2566");
    expect(loan.guarantors.map((g) => g.memberNo)).toEqual(["2", "3"]);
    expect(loan.outstandingPrincipalSatang).toBe(500_000);
    const detail = await getLoan(f.at("2023-03-06"), loanId);
    for (const i of detail.versions[0]!.instalments) {
      await recordRepayment(f.at(i.dueOn, "secretary"), loanId, {
        amountSatang: i.principalSatang + i.interestSatang,
        paidOn: i.dueOn,
        method: "cash",
      });
    }
    const after = await getLoan(f.at("2023-09-01"), loanId);
    expect(after.loan.status).toBe("closed");
    // 1 % a month on the declining balance (30/360).
    expect(detail.versions[0]!.instalments[0]!.interestSatang).toBe(5_000);
  });

  it("lets only the chair override the bylaws, and audits the override", async () => {
    const body = {
      memberId: m[2]!.id,
      amountSatang: 300_000,
      guarantorIds: [m[1]!.id, m[3]!.id],
      instalmentCount: 3,
      contractedOn: "2023-10-06",
      resolutionRef: "มติ 1/2567",
      override: { reason: "ค่ารักษาพยาบาลฉุกเฉิน" },
    };
    const byFinance = await rejects(makeMemberLoan(f.at("2023-10-06", "finance"), f.fundId, body));
    expect(byFinance.code).toBe("savings.override_needs_chair");
    const loan = await makeMemberLoan(f.at("2023-10-06", "chair"), f.fundId, body);
    expect(loan.overriddenRules.map((r) => r.path)).toEqual(["amountSatang"]);
    expect(loan.overrideReason).toBe("ค่ารักษาพยาบาลฉุกเฉิน");
    const audit = await listAuditEvents(f.at("2023-10-06"), {
      entityType: "sg_loan",
      entityId: loan.id,
      limit: 10,
    });
    expect(audit.items.map((a) => a.action).sort()).toEqual([
      "savings.loan_made",
      "savings.loan_rules_overridden",
    ]);
    // Member 2 now guarantees 1 open loan, member 4 one; a third guarantee of one member is refused.
    const check = await checkMemberLoanRequest(f.at("2023-10-06", "chair"), f.fundId, {
      memberId: m[3]!.id,
      amountSatang: 100,
      guarantorIds: [m[1]!.id, m[0]!.id],
    });
    expect(check.isAllowed).toBe(true);
  });
});

describe("meetings", () => {
  it("numbers meetings per fiscal year and refuses attendees who are not members", async () => {
    const first = await recordSgMeeting(f.at("2023-10-15", "secretary"), f.fundId, {
      kind: "annual",
      heldOn: "2023-10-15",
      attendeeMemberIds: m.map((x) => x.id),
      minutes: "ประชุมใหญ่",
      resolutions: ["อนุมัติงบการเงิน"],
    });
    expect(first.meetingNo).toBe("1/2567");
    expect(first.attendeeCount).toBe(4);
    const e = await rejects(
      recordSgMeeting(f.at("2023-10-15", "secretary"), f.fundId, {
        kind: "monthly",
        heldOn: "2023-10-15",
        attendeeMemberIds: [m[0]!.id, f.people[1]!.householdMemberId],
        minutes: "",
        resolutions: [],
      }),
    );
    expect(e.messageTh).toContain("attendeeMemberIds[1]");
  });
});

describe("the year-end close", () => {
  it("is refused before the year is over, and for the chair while the books are open", async () => {
    expect(
      (await rejects(closeGroupYear(f.at("2023-09-30", "officer"), f.fundId, { fiscalYear: FY }))).code,
    ).toBe("savings.year_not_over");
    expect(
      (await rejects(closeGroupYear(f.at("2023-10-20", "chair"), f.fundId, { fiscalYear: FY }))).code,
    ).toBe("savings.ledger_year_open");
  });

  it("allocates the net profit exactly and the officer's close stores it and posts the appropriation", async () => {
    const preview = await getYearClose(f.at("2023-10-20"), f.fundId, FY);
    const detail = await getLoan(f.at("2023-10-20"), loanId);
    const interest = detail.versions[0]!.instalments.reduce((s, i) => s + i.interestSatang, 0);
    expect(preview.incomeSatang).toBe(interest);
    expect(preview.netProfitSatang).toBe(interest);
    const buckets = allocate(satang(interest), [4_000, 2_000, 1_500, 1_000, 1_000, 500]);
    expect(Object.values(preview.buckets)).toEqual(buckets);
    const weights = SHARES.map((s) => (s * 5_000 * (12 * 13)) / 2);
    expect(preview.members.map((x) => x.shareMonthsSatang)).toEqual(weights);
    expect(preview.members.map((x) => x.dividendSatang)).toEqual(allocate(buckets[0]!, weights));
    expect(preview.members.map((x) => x.patronageRefundSatang)).toEqual([buckets[1], 0, 0, 0]);

    const closed = await closeGroupYear(f.at("2023-10-20", "officer"), f.fundId, { fiscalYear: FY });
    expect(closed.isClosed).toBe(true);
    expect(closed.members).toEqual(preview.members);
    const dividends = closed.members.reduce((s, x) => s + x.dividendSatang, 0);
    expect(dividends).toBe(closed.buckets.dividend);
    expect(await balanceOf("dividend_payable")).toBe(buckets[0]);
    expect(await balanceOf("patronage_refund_payable")).toBe(buckets[1]);
    expect(await balanceOf("reserve")).toBe(buckets[2]);
    expect(await balanceOf("profit_appropriation")).toBe(-interest);
    const stored = await getYearClose(f.at("2023-11-01", "chair"), f.fundId, FY);
    expect(stored.journalEntryId).toBe(closed.journalEntryId);
  });

  it("is refused a second time", async () => {
    const e = await rejects(closeGroupYear(f.at("2023-10-21", "officer"), f.fundId, { fiscalYear: FY }));
    expect(e.kind).toBe("conflict");
    expect(e.code).toBe("savings.year_already_closed");
  });

  it("is refused when the bylaws' percentages do not sum to 100 %", async () => {
    const g = await buildSavingsGroup(t.deps, {
      villageCode: "40070954",
      prefix: "bb",
      startedOn: "2022-09-01",
    });
    await insertBylaws(t.deps.db, {
      id: t.deps.ids.uuid(),
      fundId: g.fundId,
      effectiveOn: "2023-06-01",
      bylaws: {
        profitAllocationBp: {
          dividend: 5_000,
          patronageRefund: 2_000,
          reserve: 1_500,
          welfare: 1_000,
          committee: 1_000,
          publicBenefit: 500,
        },
      },
      resolutionRef: null,
      createdBy: null,
      createdAt: new Date(),
    });
    const e = await rejects(closeGroupYear(g.at("2023-10-20", "officer"), g.fundId, { fiscalYear: FY }));
    expect(e.code).toBe("savings.invalid_bylaws");
    expect(e.messageTh).toContain("รวมกันได้ 110% ต้องรวมเป็น 100% พอดี");
  });
});

describe("statements and leaving", () => {
  it("shows a member's shares by month, loans and repayments, the last close and beneficiaries", async () => {
    const s = await getMemberStatement(f.at("2023-11-01"), f.fundId, m[0]!.id, FY);
    expect(s.months).toHaveLength(12);
    expect(s.months[0]).toMatchObject({
      month: "2022-10",
      shares: 10,
      depositSatang: 50_000,
      balanceSatang: 50_000,
    });
    expect(s.closingSharesSatang).toBe(600_000);
    expect(s.loans[0]!.repayments).toHaveLength(5);
    const close = await getYearClose(f.at("2023-11-01"), f.fundId, FY);
    expect(s.lastClose).toEqual({
      fiscalYear: FY,
      dividendSatang: close.members[0]!.dividendSatang,
      patronageRefundSatang: close.members[0]!.patronageRefundSatang,
    });
  });

  it("refuses to pay out a member who owes, pays out one who does not, splits a death between heirs", async () => {
    const owes = await rejects(
      changeMemberStatus(f.at("2023-11-01", "chair"), f.fundId, m[2]!.id, {
        status: "resigned",
        on: "2023-11-01",
        reason: "ย้ายถิ่น",
        payOutShares: true,
      }),
    );
    expect(owes.code).toBe("savings.loan_outstanding");
    const cash = await balanceOf("cash");
    const died = await changeMemberStatus(f.at("2023-11-01", "chair"), f.fundId, m[3]!.id, {
      status: "died",
      on: "2023-11-01",
      reason: "ถึงแก่กรรม",
      payOutShares: true,
    });
    expect(died.status).toBe("died");
    expect(died.sharesSatang).toBe(0);
    expect(await balanceOf("cash")).toBe(cash - 12 * 6 * 5_000);
    const audit = await listAuditEvents(f.at("2023-11-01"), {
      entityType: "sg_member",
      entityId: m[3]!.id,
      limit: 10,
    });
    const left = audit.items.find((a) => a.action === "savings.member_left")!;
    const heirs = (left.details as { payout: { heirs: { amountSatang: number }[] } }).payout.heirs;
    expect(heirs.map((h) => h.amountSatang)).toEqual(allocate(satang(360_000), [3_334, 3_333, 3_333]));
    const again = await rejects(
      changeMemberStatus(f.at("2023-11-02", "chair"), f.fundId, m[3]!.id, {
        status: "resigned",
        on: "2023-11-02",
        reason: "x",
        payOutShares: true,
      }),
    );
    expect(again.code).toBe("savings.status_unchanged");
  });
});
