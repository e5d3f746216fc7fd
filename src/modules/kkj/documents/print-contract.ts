// Prints a loan contract (สัญญายืมเงินทุน): the three copies in one PDF, or the one copy asked for.
import type { Deps } from "../../../platform/deps";
import { findContract } from "../kkj.repository";
import { CONTRACT } from "../kkj-errors";
import { UUID } from "../kkj-steps";
import { type ContractCopy, renderContractPdf } from "./contract-pdf";
import { loadDocumentFund, requireOwnRecord } from "./document-access";
import { type PdfDocument, pdfDocument } from "./document-kit";
import { fundPlace } from "./document-sources";
import { selectVersionInstalments } from "./documents.repository";
import { relationOf } from "./print-loan-request";

export async function printContract(
  deps: Deps,
  fundId: string,
  contractId: string,
  options: { thaiDigits?: boolean | undefined; copy?: ContractCopy | undefined } = {},
): Promise<PdfDocument> {
  const access = await loadDocumentFund(deps, fundId);
  const row = requireOwnRecord(
    access,
    UUID.test(contractId) ? await findContract(deps.db, contractId) : undefined,
    CONTRACT,
  );
  // The contract as signed: schedule version 1, whatever rescheduling came later.
  const instalments = await selectVersionInstalments(deps.db, row.loanId, 1);
  const a = row.borrowerAddress;
  const bytes = await renderContractPdf(
    {
      place: await fundPlace(deps.db, access.fund),
      contractNo: row.contractNo,
      volumeNo: row.volumeNo,
      borrowRound: row.borrowRound,
      signedOn: row.signedOn,
      writtenAt: row.writtenAt,
      borrowerName: row.borrowerName,
      address: {
        houseNo: a.houseNo ?? "",
        villageNo: a.villageNo ?? "",
        villageName: a.villageName ?? "",
        subdistrict: a.subdistrict ?? "",
        district: a.district ?? "",
        province: a.province ?? "",
      },
      amountSatang: row.amountSatang,
      projectName: row.projectName,
      instalments: instalments.map((i) => ({
        seq: i.seq,
        dueOn: i.dueOn,
        amountSatang: i.principalSatang + i.interestSatang,
      })),
      consentName: row.consentName,
      consentRelation: relationOf(row.consentRelation),
      lenderName: row.lenderName,
      witness1Name: row.witness1Name,
      witness2Name: row.witness2Name,
    },
    {
      thaiDigits: options.thaiDigits,
      createdAt: row.createdAt,
      ...(options.copy ? { copies: [options.copy] } : {}),
    },
  );
  const suffix = options.copy ? `-ฉบับที่${options.copy}` : "";
  return pdfDocument(
    bytes,
    `สัญญายืมเงินทุน-${row.contractNo}${suffix}`,
    `kkj-contract-${row.contractNo}${options.copy ? `-copy${options.copy}` : ""}`,
  );
}
