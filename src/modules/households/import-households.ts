// Imports households from a CSV or XLSX file: a dry run reports every bad row; a commit is all or nothing.

import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { requirePermission } from "../../shared/authorization";
import type { ImportReport, ImportRowError } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { createHouseholdBatch } from "./create-households";
import { parseHouseholdFile } from "./import-parse";

export interface ImportHouseholdsInput {
  bytes: Buffer;
  fileName: string;
  dryRun: boolean;
  encoding?: string | undefined;
}

export async function importHouseholds(deps: Deps, input: ImportHouseholdsInput): Promise<ImportReport> {
  requirePermission(deps.actor, "households.import");
  requirePermission(deps.actor, "households.write");
  const parsed = await parseHouseholdFile(input.bytes, input.fileName, {
    today: deps.clock.today(),
    ...(input.encoding ? { encoding: input.encoding } : {}),
  });
  return inTransaction(deps.db, async (tx) => {
    const txDeps = { ...deps, db: tx };
    const bodies = parsed.households.map((h) => h.body);
    const checkOnly = input.dryRun || parsed.errors.length > 0;
    const batch = await createHouseholdBatch(txDeps, bodies, { dryRun: checkOnly });
    const errors: ImportRowError[] = [
      ...parsed.errors,
      ...batch.problems.map((p) => ({
        line: parsed.households[p.index]!.line,
        field: null,
        code: p.error.code,
        message: p.error.messageTh,
        messageEn: p.error.message,
      })),
    ].sort((a, b) => a.line - b.line);
    const report: ImportReport = {
      dryRun: input.dryRun,
      committed: false,
      encoding: parsed.encoding,
      format: parsed.format,
      rowCount: parsed.rowCount,
      householdCount: parsed.households.length,
      memberCount: bodies.reduce((n, b) => n + b.members.length, 0),
      errors,
    };
    if (input.dryRun) return report;
    if (errors.length > 0) {
      throw invalidInput(
        "import.rejected",
        {
          th: `ไม่ได้นำเข้าข้อมูล: พบข้อผิดพลาด ${errors.length} รายการ กรุณาแก้ไขไฟล์แล้วลองใหม่`,
          en: `Nothing was imported: ${errors.length} errors found. Fix the file and try again.`,
        },
        report,
      );
    }
    await recordAudit(txDeps, {
      action: "household.imported",
      entityType: "import",
      entityId: null,
      areaCode: deps.actor.scopeCode || null,
      details: {
        fileName: input.fileName,
        format: parsed.format,
        encoding: parsed.encoding,
        householdCount: report.householdCount,
        memberCount: report.memberCount,
        householdIds: batch.ids,
      },
    });
    return { ...report, committed: true };
  });
}
