// Records refused postings in the audit log in their own transaction, so the record survives the rollback.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { type AppError, isAppError } from "../../shared/errors";
import { type AuditInput, recordAudit } from "../audit/index";
import { findFundArea, isTransaction } from "./ledger.repository";

export interface RefusalContext {
  /** What was attempted, e.g. "ledger.post_entry", "ledger.bank_deposit". */
  operation: string;
  fundId: string | null;
  input: unknown;
}

/** Refusals raised inside someone else's transaction wait here for the outermost caller to record them. */
const pending = new WeakMap<AppError, RefusalContext>();
const recorded = new WeakSet<AppError>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs a posting use case and, when it refuses with an AppError, appends a `ledger.entry_refused` event after
 * the use case's transaction has rolled back. Inside an outer transaction (a loan use case posting through
 * postEntry) the refusal is kept on the error, and the caller — wrapping its own use case in this function
 * with the root database — records it once its transaction is gone. The innermost context wins: it says
 * exactly which posting was refused.
 */
export async function auditRefusals<T>(
  deps: Deps,
  context: RefusalContext,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (!isAppError(error) || recorded.has(error)) throw error;
    const refusal = pending.get(error) ?? context;
    if (isTransaction(deps.db)) {
      pending.set(error, refusal);
      throw error;
    }
    recorded.add(error);
    try {
      await inTransaction(deps.db, async (tx) => {
        const areaCode =
          refusal.fundId && UUID.test(refusal.fundId) ? await findFundArea(tx, refusal.fundId) : undefined;
        await recordAudit({ ...deps, db: tx }, refusalEvent(refusal, error, areaCode ?? null));
      });
    } catch (auditError) {
      // The refusal itself is what the caller must see; a failed audit write is logged, not substituted.
      deps.logger.error({ err: auditError }, "could not record a refused posting");
    }
    throw error;
  }
}

function refusalEvent(refusal: RefusalContext, error: AppError, areaCode: string | null): AuditInput {
  return {
    action: "ledger.entry_refused",
    entityType: "fund",
    entityId: refusal.fundId,
    areaCode,
    details: {
      operation: refusal.operation,
      code: error.code,
      kind: error.kind,
      message: error.message,
      errorDetails: error.details ?? null,
      input: refusal.input,
    },
  };
}
