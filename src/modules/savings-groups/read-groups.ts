// Reads of savings groups: the list in the actor's area, a group with its bylaws and rights, members, deposit sheets, loans and meetings.
import type { Deps } from "../../platform/deps";
import { hasPermission, inScope, outOfScope } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { currentPositions, requireFundPermission } from "../funds/index";
import { fundPosition } from "../ledger/index";
import type {
  DepositRow,
  DepositSheet,
  Group,
  GroupDetail,
  Member,
  MemberDetail,
  SgLoan,
  SgMeeting,
} from "./contracts";
import { type GroupBylaws, parseGroupBylaws } from "./group-bylaws";
import {
  findGroupSummary,
  findMeeting,
  loanOutstanding,
  selectAllMembers,
  selectBeneficiaries,
  selectBylawsVersions,
  selectClosedYears,
  selectDepositsOfMonth,
  selectGroupPage,
  selectGuarantors,
  selectMeetingPage,
  selectMemberPage,
  selectSgLoans,
  selectShareTxnPage,
  shareBalances,
} from "./savings.repository";
import { bylawsOn, loadGroup, loadMember, loadMemberForRead } from "./savings-access";
import { SG_MEETING } from "./savings-errors";
import { monthStart, toMeeting, toMember, toMemberDetail } from "./savings-views";

const encode = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");

function decode(cursor: string, shape: "string"[]): string[] {
  try {
    const parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (Array.isArray(parts) && parts.length === shape.length && parts.every((p) => typeof p === "string")) {
      return parts as string[];
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}

export async function listGroups(
  deps: Deps,
  query: { area?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<Group>> {
  requireFundPermission(deps.actor, "funds.read");
  const area = query.area ?? deps.actor.scopeCode;
  // An area wider than the actor's scope lists the scope; one outside it lists nothing, as if it held no group.
  const prefix = inScope(deps.actor, area)
    ? area
    : deps.actor.scopeCode.startsWith(area)
      ? deps.actor.scopeCode
      : null;
  if (prefix === null) return { items: [], nextCursor: null };
  const after = query.cursor ? decode(query.cursor, ["string", "string"]) : undefined;
  const rows = await selectGroupPage(deps.db, {
    areaPrefix: prefix,
    after: after ? { areaCode: after[0]!, fundId: after[1]! } : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: rows.length > query.limit && last ? encode([last.areaCode, last.fundId]) : null,
  };
}

export async function getGroup(deps: Deps, fundId: string): Promise<GroupDetail> {
  const fund = await loadGroup(deps, fundId);
  const summary = (await findGroupSummary(deps.db, fund.id))!;
  const today = deps.clock.today();
  const versions = await selectBylawsVersions(deps.db, fund.id);
  const current = versions.filter((v) => v.effectiveOn <= today).at(-1) ?? versions[0]!;
  const position = await fundPosition(deps.db, fund.id);
  const positions =
    deps.actor.kind === "user" && deps.actor.role === "committee_member" && deps.actor.userId
      ? await currentPositions(deps.db, fund.id, deps.actor.userId, today)
      : [];
  const system = deps.actor.kind === "system";
  const has = (...p: string[]) => system || positions.some((x) => p.includes(x));
  return {
    ...summary,
    bylaws: parseGroupBylaws(current.bylaws as Partial<GroupBylaws>),
    bylawsVersions: versions.map((v) => ({
      effectiveOn: v.effectiveOn,
      resolutionRef: v.resolutionRef,
      bylaws: parseGroupBylaws(v.bylaws as Partial<GroupBylaws>),
    })),
    cashSatang: position.cashSatang,
    bankSatang: position.bankSatang,
    closedYears: await selectClosedYears(deps.db, fund.id),
    can: {
      recordMembers: has("chair", "secretary"),
      recordDeposits: has("finance", "secretary"),
      lend: has("chair", "finance"),
      overrideLoanRules: has("chair"),
      recordMeetings: has("chair", "secretary"),
      closeYear: has("chair") || hasPermission(deps.actor, "ledger.close_year"),
    },
  };
}

export async function listMembers(
  deps: Deps,
  fundId: string,
  query: { status?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<Member>> {
  const fund = await loadGroup(deps, fundId);
  const afterNo = query.cursor ? decode(query.cursor, ["string"])[0] : undefined;
  const rows = await selectMemberPage(deps.db, {
    fundId: fund.id,
    status: query.status,
    afterNo,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const ids = page.map((m) => m.id);
  const shares = await shareBalances(deps.db, fund.id, ids);
  const owed = await loanOutstanding(deps.db, fund.id, ids);
  return {
    items: page.map((m) => toMember(m, shares.get(m.id) ?? 0, owed.get(m.id) ?? 0)),
    nextCursor: rows.length > query.limit ? encode([page.at(-1)!.memberNo]) : null,
  };
}

export async function getMember(deps: Deps, fundId: string, memberId: string): Promise<MemberDetail> {
  const { member } = await loadMemberForRead(deps, fundId, memberId);
  const shares = await shareBalances(deps.db, member.fundId, [member.id]);
  const owed = await loanOutstanding(deps.db, member.fundId, [member.id]);
  return toMemberDetail(
    member,
    shares.get(member.id) ?? 0,
    owed.get(member.id) ?? 0,
    await selectBeneficiaries(deps.db, member.id),
  );
}

/** One row per member active in the month (or who deposited in it), with what was deposited. */
export async function getDepositSheet(deps: Deps, fundId: string, month: string): Promise<DepositSheet> {
  const fund = await loadGroup(deps, fundId);
  const monthOn = monthStart(month);
  const bylaws: GroupBylaws = await bylawsOn(deps.db, fund.id, monthOn);
  const deposits = new Map(
    (await selectDepositsOfMonth(deps.db, fund.id, monthOn)).map((d) => [d.memberId, d]),
  );
  const members = (await selectAllMembers(deps.db, fund.id)).filter(
    (m) =>
      deposits.has(m.id) ||
      (m.joinedOn.slice(0, 7) <= month && (m.status === "active" || (m.statusOn ?? "") >= monthOn)),
  );
  const shares = await shareBalances(deps.db, fund.id);
  return {
    month,
    shareValueSatang: bylaws.shareValueSatang,
    minSharesPerMonth: bylaws.minSharesPerMonth,
    maxSharesPerMonth: bylaws.maxSharesPerMonth,
    rows: members.map((m) => {
      const d = deposits.get(m.id);
      return {
        memberId: m.id,
        memberNo: m.memberNo,
        name: m.name,
        shares: d?.shares ?? null,
        amountSatang: d?.amountSatang ?? null,
        paidOn: d?.paidOn ?? null,
        sharesSatang: shares.get(m.id) ?? 0,
      };
    }),
    totalSatang: [...deposits.values()].reduce((s, d) => s + d.amountSatang, 0),
  };
}

export async function listDeposits(
  deps: Deps,
  fundId: string,
  query: {
    from?: string | undefined;
    to?: string | undefined;
    memberId?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<Page<DepositRow>> {
  const fund = await loadGroup(deps, fundId);
  if (query.memberId) await loadMember(deps, fund, query.memberId);
  const after = query.cursor ? decode(query.cursor, ["string", "string"]) : undefined;
  const rows = await selectShareTxnPage(deps.db, {
    fundId: fund.id,
    from: query.from ? monthStart(query.from) : undefined,
    to: query.to ? monthStart(query.to) : undefined,
    memberId: query.memberId,
    after: after ? { monthOn: after[0]!, id: after[1]! } : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      memberId: r.memberId,
      memberNo: r.memberNo,
      name: r.name,
      kind: r.kind,
      month: r.monthOn.slice(0, 7),
      paidOn: r.paidOn,
      shares: r.shares,
      amountSatang: r.amountSatang,
    })),
    nextCursor: rows.length > query.limit && last ? encode([last.monthOn, last.id]) : null,
  };
}

export async function listGroupLoans(
  deps: Deps,
  fundId: string,
  memberId?: string,
): Promise<{ items: SgLoan[] }> {
  const { fund, member } = memberId
    ? await loadMemberForRead(deps, fundId, memberId)
    : { fund: await loadGroup(deps, fundId), member: null };
  const rows = await selectSgLoans(deps.db, fund?.id ?? member!.fundId, member?.id);
  const guarantors = await selectGuarantors(
    deps.db,
    rows.map((r) => r.sg.id),
  );
  return {
    items: rows.map((r) => ({
      id: r.sg.id,
      loanId: r.sg.loanId,
      loanNo: r.loanNo,
      memberId: r.sg.memberId,
      memberNo: r.memberNo,
      name: r.name,
      amountSatang: r.sg.amountSatang,
      limitSatang: r.sg.limitSatang,
      contractedOn: r.contractedOn,
      status: r.status,
      outstandingPrincipalSatang: r.outstandingPrincipalSatang,
      nextDueOn: r.nextDueOn,
      guarantors: guarantors
        .filter((g) => g.sgLoanId === r.sg.id)
        .map((g) => ({ memberId: g.memberId, memberNo: g.memberNo, name: g.name })),
      resolutionRef: r.sg.resolutionRef,
      overriddenRules: r.sg.overriddenRules as SgLoan["overriddenRules"],
      overrideReason: r.sg.overrideReason,
    })),
  };
}

export async function listMeetings(
  deps: Deps,
  fundId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<SgMeeting>> {
  const fund = await loadGroup(deps, fundId);
  const after = query.cursor ? decode(query.cursor, ["string", "string"]) : undefined;
  const rows = await selectMeetingPage(deps.db, {
    fundId: fund.id,
    after: after ? { heldOn: after[0]!, id: after[1]! } : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toMeeting),
    nextCursor: rows.length > query.limit && last ? encode([last.heldOn, last.id]) : null,
  };
}

export async function getMeeting(deps: Deps, fundId: string, meetingId: string): Promise<SgMeeting> {
  const fund = await loadGroup(deps, fundId);
  const row = /^[0-9a-f-]{36}$/i.test(meetingId) ? await findMeeting(deps.db, meetingId) : undefined;
  if (!row || row.fundId !== fund.id) throw outOfScope(SG_MEETING);
  return toMeeting(row);
}
