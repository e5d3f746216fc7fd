// Reads of damage cases for officers in scope: cursor pages (newest discovery first) and one case with its timeline, plan and recoveries.
import type { Deps } from "../../platform/deps";
import { assertInScope, requirePermission } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { loadCase } from "./case-access";
import { toCaseDetail, toCaseView } from "./case-views";
import type { CaseDetail, CaseView, ListCasesQuery } from "./contracts";
import {
  findCaseWithFund,
  selectCasePage,
  selectDocuments,
  selectInstalments,
  selectPersons,
  selectRecoveries,
  selectSteps,
} from "./damage-cases.repository";

const AREA = { th: "พื้นที่", en: "Area" };

function decode(cursor: string): { discoveredOn: string; id: string } {
  try {
    const parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(parts) &&
      parts.length === 2 &&
      typeof parts[0] === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(parts[0]) &&
      typeof parts[1] === "string" &&
      /^[0-9a-f-]{36}$/i.test(parts[1])
    ) {
      return { discoveredOn: parts[0], id: parts[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}

export async function listCases(deps: Deps, query: ListCasesQuery): Promise<Page<CaseView>> {
  requirePermission(deps.actor, "damage.read");
  const area = query.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, area, AREA);
  const rows = await selectCasePage(deps.db, {
    areaPrefix: area,
    status: query.status,
    fundId: query.fundId,
    after: query.cursor ? decode(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toCaseView),
    nextCursor:
      rows.length > query.limit && last
        ? Buffer.from(JSON.stringify([last.discoveredOn, last.id])).toString("base64url")
        : null,
  };
}

export async function getCase(deps: Deps, id: string): Promise<CaseDetail> {
  const found = await loadCase(deps, id, "damage.read");
  const row = await findCaseWithFund(deps.db, found.id);
  if (!row) throw new Error(`damage case ${id} vanished`);
  return toCaseDetail(
    row,
    {
      persons: await selectPersons(deps.db, row.id),
      steps: await selectSteps(deps.db, row.id),
      documents: await selectDocuments(deps.db, row.id),
      instalments: await selectInstalments(deps.db, row.id),
      recoveries: await selectRecoveries(deps.db, row.id),
    },
    deps.clock.today(),
  );
}
