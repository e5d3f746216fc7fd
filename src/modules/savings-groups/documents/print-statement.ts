// Prints a member's statement (PDF) with the same access as the JSON statement.
import type { Deps } from "../../../platform/deps";
import { getMemberStatement } from "../member-statement";
import { renderStatementPdf } from "./statement-pdf";

export interface StatementDocument {
  bytes: Buffer;
  fileName: string;
  asciiFileName: string;
}

export async function printMemberStatement(
  deps: Deps,
  fundId: string,
  memberId: string,
  options: { fiscalYear?: number | undefined; thaiDigits?: boolean | undefined } = {},
): Promise<StatementDocument> {
  const statement = await getMemberStatement(deps, fundId, memberId, options.fiscalYear);
  const bytes = await renderStatementPdf(statement, {
    // The business date at noon in Bangkok: the same statement on the same day gives the same bytes.
    createdAt: new Date(`${deps.clock.today()}T05:00:00Z`),
    thaiDigits: options.thaiDigits,
  });
  const no = statement.member.accountNo;
  return {
    bytes,
    fileName: `รายการบัญชีสมาชิก-${no}-${statement.fiscalYear}.pdf`,
    asciiFileName: `savings-statement-${no}-${statement.fiscalYear}.pdf`,
  };
}
