import { describe, expect, it } from "vitest";
import {
  compact,
  compareWithReference,
  hasText,
  MAX_DIFF_RATIO,
  pdfPageCount,
  pdfText,
} from "../../../../test/support/pdf";
import { bahtText } from "../../../shared/baht-text";
import { formatBaht, type Satang, toThaiDigits } from "../../../shared/money";
import { renderContractPdf } from "./contract-pdf";
import { renderDebtConfirmationPdf } from "./debt-confirmation-pdf";
import type { RenderOptions } from "./document-kit";
import { renderHandoverPdf } from "./handover-pdf";
import { renderProposalPdf } from "./proposal-pdf";
import { renderReceiptPdf } from "./receipt-pdf";
import { renderLoanRequestPdf } from "./request-pdf";
import {
  CREATED_AT,
  confirmationSample,
  contractSample,
  handoverSample,
  LONG_NAME,
  MARKS_NAME,
  MAX_SATANG,
  proposalSample,
  receiptSample,
  requestSample,
  stressed,
  voucherSample,
} from "./sample-models";
import { renderVoucherPdf } from "./voucher-pdf";

// The seven กข.คจ. forms rendered from fixed view models: what they say (names, amounts in figures and words,
// B.E. dates), how they look (reference images), and that extreme names and amounts survive intact.

const options: RenderOptions = { createdAt: CREATED_AT };
const money = (satang: number) => formatBaht(satang as Satang);
/** Whitespace and Thai marks ignored: pdftotext may order a mark before its letter ("ผูใ้ห้"). */
const MARKS = /[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;
const loose = (text: string, needle: string) => text.replace(MARKS, "").includes(needle.replace(MARKS, ""));

async function expectReference(bytes: Buffer, name: string, pages: number) {
  const result = await compareWithReference(bytes, name);
  expect(result.pages).toBe(pages);
  for (const ratio of result.diffRatios) expect(ratio).toBeLessThan(MAX_DIFF_RATIO);
}

const big = MAX_SATANG;
const stress = stressed();

describe("แบบเสนอโครงการ (proposal)", () => {
  it("prints the applicant, budget lines, total in figures and words, opinion and decision", async () => {
    const bytes = await renderProposalPdf(proposalSample, options);
    const text = await pdfText(bytes);
    expect(text).toContain("แบบเสนอโครงการของครัวเรือนเป้าหมาย");
    expect(text).toContain("เลขที่ 3/2567");
    expect(text).toContain("วันที่ 10 เดือน มกราคม พ.ศ. 2567");
    expect(hasText(text, "นางคำปุน ศรีหาบุตร")).toBe(true);
    expect(text).toContain("อายุ 47 ปี");
    expect(text).toContain("2.1 เส้นไหมและสีย้อม 9,000.00");
    expect(text).toContain("2.2 ซ่อมกี่ทอผ้า 3,000.00");
    expect(loose(text, "รวมทั้งสิ้น 12,000.00")).toBe(true);
    expect(hasText(text, "12,000.00 บาท ( หนึ่งหมื่นสองพันบาทถ้วน )")).toBe(true);
    expect(loose(text, "( / ) เป็นไปได้ (    ) เป็นไปไม่ได้")).toBe(true);
    expect(text).toContain("วันที่ 13/01/2567");
    expect(loose(text, "( / ) อนุมัติ เป็นเงิน 12,000.00")).toBe(true);
    expect(text).toContain("ครั้งที่ 2/2567");
    expect(hasText(text, "(นายบุญมี ทองคำ)")).toBe(true);
    await expectReference(bytes, "kkj-proposal", 1);
  });

  it("keeps marks, an 80-character name and 999,999,999.99 intact", async () => {
    const bytes = await renderProposalPdf(stress.proposal, options);
    const text = await pdfText(bytes);
    expect(hasText(text, MARKS_NAME)).toBe(true);
    expect(hasText(text, LONG_NAME)).toBe(true);
    expect(loose(text, `รวมเป็นเงินทั้งสิ้น ${money(big)} บาท`)).toBe(true);
    expect(hasText(text, bahtText(big))).toBe(true);
    expect(loose(text, "( / ) เป็นไปไม่ได้")).toBe(true);
    expect(await pdfPageCount(bytes)).toBeGreaterThan(1);
  });
});

describe("forms of a round still under way", () => {
  it("leave the opinion, decision and consent to be filled in by hand", async () => {
    const proposal = await pdfText(
      await renderProposalPdf(
        { ...proposalSample, workerOpinion: null, decision: null, applicantAge: null, registerSeq: null },
        options,
      ),
    );
    expect(loose(proposal, "(    ) เป็นไปได้ (    ) เป็นไปไม่ได้")).toBe(true);
    expect(loose(proposal, "(    ) อนุมัติ เป็นเงิน บาท (")).toBe(true);
    expect(proposal).not.toContain("( / )");
    expect(proposal).toContain("วันที่ / /");
    const request = await pdfText(
      await renderLoanRequestPdf(
        { ...requestSample, workerOpinion: null, decision: null, consentName: null, consentRelation: null },
        options,
      ),
    );
    expect(request).not.toContain("( / )");
    expect(request).not.toContain("นายสมหมาย");
    expect(hasText(request, "12,000.00 บาท ( หนึ่งหมื่นสองพันบาทถ้วน )")).toBe(true);
  });
});

describe("แบบขอยืมเงินทุน (loan request)", () => {
  it("prints the register number, amount in figures and words, plan, undertaking, consent, opinion and decision", async () => {
    const bytes = await renderLoanRequestPdf(requestSample, options);
    const text = await pdfText(bytes);
    expect(text).toContain("แบบขอยืมเงินทุนของครัวเรือนเป้าหมาย");
    expect(text).toContain("ลำดับที่ทะเบียน 2");
    expect(text).toContain("วันที่ 18 เดือน มกราคม พ.ศ. 2567");
    expect(hasText(text, "12,000.00 บาท ( หนึ่งหมื่นสองพันบาทถ้วน )")).toBe(true);
    expect(text).toContain("1 22 กุมภาพันธ์ 2567 2,000.00");
    expect(text).toContain("6 22 กรกฎาคม 2567 2,000.00");
    expect(text).toContain("พ.ศ. 2553 ทุกประการ");
    expect(hasText(text, "นายสมหมาย ศรีหาบุตร")).toBe(true);
    expect(text).toContain("คู่สมรส (สามีหรือภรรยา)");
    expect(loose(text, "( / ) เห็นด้วย")).toBe(true);
    expect(loose(text, "( / ) อนุมัติให้ยืม จำนวน 12,000.00")).toBe(true);
    await expectReference(bytes, "kkj-loan-request", 2);
  });

  it("keeps marks, an 80-character name and 999,999,999.99 intact", async () => {
    const text = await pdfText(await renderLoanRequestPdf(stress.request, options));
    expect(hasText(text, MARKS_NAME)).toBe(true);
    expect(hasText(text, LONG_NAME)).toBe(true);
    expect(text).toContain(money(big));
    expect(hasText(text, bahtText(big))).toBe(true);
    expect(text).toContain("6 22 กรกฎาคม 2567 166,666,666.69");
  });
});

describe("สัญญายืมเงินทุน (contract)", () => {
  it("prints three marked copies of one A4 page each with clauses 1–6, the instalments and five signatures", async () => {
    const bytes = await renderContractPdf(contractSample, options);
    expect(await pdfPageCount(bytes)).toBe(3);
    const text = await pdfText(bytes);
    for (const mark of ["ฉบับที่ 1 (ผู้ให้ยืม)", "ฉบับที่ 2 (ผู้ยืม)", "ฉบับที่ 3 (สำนักงานพัฒนาชุมชนอำเภอ)"]) {
      expect(loose(text, mark)).toBe(true);
    }
    expect(text).toContain("เล่มที่ 1 สัญญาเลขที่ 3/2567");
    expect(text).toContain("วันที่ 22 เดือน มกราคม พ.ศ. 2567");
    expect(hasText(text, "12,000.00 บาท ( หนึ่งหมื่นสองพันบาทถ้วน )")).toBe(true);
    expect(text).toContain("3.1 งวดที่ 1 ภายในวันที่ 22 กุมภาพันธ์ 2567 จำนวนเงิน 2,000.00 บาท");
    expect(text).toContain("3.6 งวดที่ 6 ภายในวันที่ 22 กรกฎาคม 2567 จำนวนเงิน 2,000.00 บาท");
    for (const clause of [1, 2, 3, 4, 5, 6]) expect(text.split(`ข้อ ${clause} `)).toHaveLength(4);
    for (const name of ["นางคำปุน ศรีหาบุตร", "นายสมหมาย ศรีหาบุตร", "นายบุญมี ทองคำ", "นายสมศักดิ์ พรมมา"]) {
      expect(compact(text).split(compact(`(${name})`)).length).toBeGreaterThanOrEqual(4);
    }
    expect(hasText(text, "(นางสาวอรอุมา บุญเรือง)")).toBe(true);
    expect(text).toContain("สำนักงานพัฒนาชุมชนอำเภอน้ำพองเก็บรักษาไว้หนึ่งฉบับ");
    await expectReference(
      await renderContractPdf(contractSample, { ...options, copies: [1] }),
      "kkj-contract",
      1,
    );
  });

  it("prints one copy on request, blank rows for a shorter plan, and Thai digits when asked", async () => {
    const two = { ...contractSample, instalments: contractSample.instalments.slice(0, 2) };
    const bytes = await renderContractPdf(two, { ...options, copies: [3], thaiDigits: true });
    expect(await pdfPageCount(bytes)).toBe(1);
    const text = await pdfText(bytes);
    expect(loose(text, "ฉบับที่ ๓ (สำนักงานพัฒนาชุมชนอำเภอ)")).toBe(true);
    expect(loose(text, "ฉบับที่ ๑")).toBe(false);
    expect(text).toContain("๓.๒ งวดที่ ๒ ภายในวันที่ ๒๒ มีนาคม ๒๕๖๗ จำนวนเงิน ๒,๐๐๐.๐๐ บาท");
    expect(text).toContain("๓.๓ งวดที่ ภายในวันที่ จำนวนเงิน บาท");
    expect(text).toContain("วันที่ ๒๒ เดือน มกราคม พ.ศ. ๒๕๖๗");
    expect(text).not.toMatch(/[0-9]/);
  });

  it("keeps marks, an 80-character name and 999,999,999.99 intact, continuing a copy that overflows", async () => {
    const bytes = await renderContractPdf(stress.contract, { ...options, copies: [1] });
    const text = await pdfText(bytes);
    expect(hasText(text, MARKS_NAME)).toBe(true);
    expect(hasText(text, LONG_NAME)).toBe(true);
    expect(text).toContain(money(big));
    expect(hasText(text, bahtText(big))).toBe(true);
    expect(text).toContain("จำนวนเงิน 166,666,666.69 บาท");
    const pages = await pdfPageCount(bytes);
    if (pages > 1) expect(loose(text, "ฉบับที่ 1 (ผู้ให้ยืม) (ต่อ)")).toBe(true);
  });
});

describe("ใบสำคัญจ่ายเงินยืม (voucher)", () => {
  it("prints number, date, payee, amount in figures and words, purpose, bank withdrawal and signatures", async () => {
    const bytes = await renderVoucherPdf(voucherSample, options);
    const text = await pdfText(bytes);
    expect(text).toContain("ใบสำคัญจ่ายเงินยืม");
    expect(text).toContain("เลขที่ 3/2567");
    expect(text).toContain("วันที่ 22 เดือน มกราคม พ.ศ. 2567");
    expect(hasText(text, "จ่ายให้ นางคำปุน ศรีหาบุตร")).toBe(true);
    expect(hasText(text, "ทอผ้าไหมมัดหมี่จำหน่าย")).toBe(true);
    expect(hasText(text, "12,000.00 บาท ( หนึ่งหมื่นสองพันบาทถ้วน )")).toBe(true);
    expect(loose(text, "( / ) ถอนจากบัญชีเงินฝากของกองทุน")).toBe(true);
    expect(text).toContain("020-40070908");
    expect(text).toContain("0190A1B2");
    for (const name of ["(นางบัวผัน แก้วมณี)", "(นายบุญมี ทองคำ)", "(นางคำปุน ศรีหาบุตร)"]) {
      expect(hasText(text, name)).toBe(true);
    }
    await expectReference(bytes, "kkj-voucher", 1);
  });

  it("says when a voucher is cancelled or still waits for its withdrawal", async () => {
    const cancelled = await pdfText(
      await renderVoucherPdf({ ...voucherSample, status: "cancelled" }, options),
    );
    expect(loose(cancelled, "ใบสำคัญนี้ถูกยกเลิกแล้ว")).toBe(true);
    const pending = await pdfText(
      await renderVoucherPdf({ ...voucherSample, status: "pending", paidOn: null }, options),
    );
    expect(loose(pending, "ยังไม่ได้จ่ายเงิน")).toBe(true);
    expect(pending).toContain("วันที่ เดือน พ.ศ.");
  });

  it("keeps marks, an 80-character name and 999,999,999.99 intact", async () => {
    const text = await pdfText(await renderVoucherPdf(stress.voucher, options));
    expect(hasText(text, MARKS_NAME)).toBe(true);
    expect(hasText(text, LONG_NAME)).toBe(true);
    expect(text).toContain(`รวมเป็นเงิน ${money(big)}`);
    expect(hasText(text, bahtText(big))).toBe(true);
  });
});

describe("แบบรับคืนเงินยืม (receipt)", () => {
  it("prints the receipt number, payer, amount in figures and words, instalments and what is left", async () => {
    const bytes = await renderReceiptPdf(receiptSample, options);
    const text = await pdfText(bytes);
    expect(text).toContain("แบบรับคืนเงินยืมจากครัวเรือนเป้าหมาย");
    expect(text).toContain("เลขที่ใบรับ 7/2567");
    expect(text).toContain("วันที่ 22 เดือน มีนาคม พ.ศ. 2567");
    expect(hasText(text, "ได้รับเงินจาก นางคำปุน ศรีหาบุตร")).toBe(true);
    expect(text).toContain("งวดที่ 1 (ครบกำหนด 22/02/2567) 2,000.00");
    expect(text).toContain("งวดที่ 2 (ครบกำหนด 22/03/2567) 2,000.00");
    expect(hasText(text, "4,000.00 บาท ( สี่พันบาทถ้วน )")).toBe(true);
    expect(hasText(text, "คงเหลือเงินยืมที่ต้องชำระอีก 8,000.00 บาท ( แปดพันบาทถ้วน")).toBe(true);
    expect(loose(text, "( / ) เงินสด")).toBe(true);
    await expectReference(bytes, "kkj-receipt", 1);
  });

  it("prints interest columns and a plain title for another fund's loan, and marks a cancelled receipt", async () => {
    const text = await pdfText(
      await renderReceiptPdf(
        {
          ...receiptSample,
          kkj: false,
          cancelled: true,
          amountSatang: 410_000,
          interestSatang: 10_000,
          lines: [{ seq: 1, dueOn: "2024-02-22", principalSatang: 400_000, interestSatang: 10_000 }],
          method: "bank",
          bankAccount: "ธนาคารออมสิน 020-40070908",
        },
        options,
      ),
    );
    expect(text).toContain("ใบรับเงินชำระคืนเงินกู้");
    expect(text).not.toContain("กข.คจ.)");
    expect(loose(text, "ใบรับนี้ถูกยกเลิกแล้ว")).toBe(true);
    expect(text).toContain("งวดที่ 1 (ครบกำหนด 22/02/2567) 4,000.00 100.00 4,100.00");
    expect(loose(text, "( / ) ฝากเข้าบัญชีเงินฝากของกองทุน")).toBe(true);
    expect(text).toContain("บัญชี ธนาคารออมสิน 020-40070908");
  });

  it("keeps marks, an 80-character name and 999,999,999.99 intact", async () => {
    const text = await pdfText(await renderReceiptPdf(stress.receipt, options));
    expect(hasText(text, MARKS_NAME)).toBe(true);
    expect(hasText(text, LONG_NAME)).toBe(true);
    expect(text).toContain(`รวมเป็นเงิน ${money(big)}`);
    expect(hasText(text, bahtText(big))).toBe(true);
  });
});

describe("หนังสือยืนยันยอดหนี้ (debt confirmation letter)", () => {
  it("prints in Thai digits by default: balance in figures and words, as-of date, the borrower's answer", async () => {
    const bytes = await renderDebtConfirmationPdf(confirmationSample, options);
    const text = await pdfText(bytes);
    expect(text).toContain("หนังสือยืนยันยอดหนี้");
    expect(text).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗");
    expect(text).toContain("สัญญายืมเงินทุนเลขที่ ๓/๒๕๖๗ ลงวันที่ ๒๒ มกราคม ๒๕๖๗");
    expect(text).toContain(`ณ วันที่ ๒๖ เมษายน ๒๕๖๗`);
    expect(hasText(text, `จำนวน ${toThaiDigits("8,000.00")} บาท (แปดพันบาทถ้วน)`)).toBe(true);
    expect(hasText(text, "นางคำปุน ศรีหาบุตร")).toBe(true);
    expect(loose(text, "( / ) ขอยืนยันว่ายอดหนี้ดังกล่าวถูกต้อง")).toBe(true);
    expect(hasText(text, "(นายบุญมี ทองคำ)")).toBe(true);
    expect(text).not.toMatch(/[0-9]/);
    await expectReference(bytes, "kkj-debt-confirmation", 1);
  });

  it("prints a disputed balance with the amount claimed and the reason, in Western digits when asked", async () => {
    const text = await pdfText(
      await renderDebtConfirmationPdf(
        { ...confirmationSample, agrees: false, claimedSatang: 600_000, note: "ชำระงวดที่ 3 แล้ว" },
        { ...options, thaiDigits: false },
      ),
    );
    expect(loose(text, "( / ) ไม่เห็นด้วยกับยอดหนี้ดังกล่าว")).toBe(true);
    expect(hasText(text, "6,000.00 บาท ( หกพันบาทถ้วน ) เนื่องจาก ชำระงวดที่ 3 แล้ว")).toBe(true);
    expect(text).not.toMatch(/[๐-๙]/);
  });

  it("keeps marks, an 80-character name and 999,999,999.99 intact", async () => {
    const text = await pdfText(await renderDebtConfirmationPdf(stress.confirmation, options));
    expect(hasText(text, MARKS_NAME)).toBe(true);
    expect(hasText(text, LONG_NAME)).toBe(true);
    expect(text).toContain(toThaiDigits(money(big)));
    expect(text).toContain(toThaiDigits(money(big - 1)));
    expect(hasText(text, bahtText(big))).toBe(true);
  });
});

describe("บันทึกสถานะหมู่บ้านและการส่งมอบ-รับมอบ (handover)", () => {
  it("prints who handed over to whom, the status figures, the four books and three signatures on one page", async () => {
    const bytes = await renderHandoverPdf(handoverSample, options);
    expect(await pdfPageCount(bytes)).toBe(1);
    const text = await pdfText(bytes);
    expect(loose(text, "บันทึกการส่งมอบ-รับมอบงานและสถานะหมู่บ้าน")).toBe(true);
    expect(text).toContain("วันที่ 26 เดือน พฤษภาคม พ.ศ. 2567");
    expect(hasText(text, "นายวีระ แสนดี")).toBe(true);
    expect(hasText(text, "นางสาวมาลี บุญมา")).toBe(true);
    for (const row of [
      "ครัวเรือนเป้าหมายทั้งหมด 12 ครัวเรือน",
      "ครัวเรือนที่ได้รับการยืมเงิน 4 ครัวเรือน",
      "เงินทุนอยู่กับครัวเรือน (ลูกหนี้เงินยืม) 32,000.00 บาท",
      "เงินทุนอยู่ในบัญชีเงินฝากธนาคาร 243,000.00 บาท",
      "รวมเงินทุนทั้งสิ้น 280,000.00 บาท",
      "เงินทุนที่ขาดหายไป 0.00 บาท",
      "ครัวเรือนที่ผิดนัดชำระ 0 ครัวเรือน",
    ]) {
      expect(loose(text, row), row).toBe(true);
    }
    expect(loose(text, "(เล่มสีเหลือง) มี ถูกต้อง")).toBe(true);
    for (const role of ["ผู้ส่งมอบ", "ผู้รับมอบ", "พยาน", "ผู้กำกับดูแล"]) expect(loose(text, role)).toBe(true);
    await expectReference(bytes, "kkj-handover", 1);
  });

  it("keeps marks, an 80-character name and 999,999,999.99 intact, and explains a book found wanting", async () => {
    const text = await pdfText(await renderHandoverPdf(stress.handover, options));
    expect(hasText(text, MARKS_NAME)).toBe(true);
    expect(hasText(text, LONG_NAME)).toBe(true);
    expect(loose(text, `รวมเงินทุนทั้งสิ้น ${money(big)} บาท`)).toBe(true);
    expect(loose(text, "(เล่มสีเหลือง) มี ไม่ถูกต้อง")).toBe(true);
    expect(loose(text, "ยอดลูกหนี้รายสัญญารวมกันเท่ากับบัญชีลูกหนี้เงินยืมในสมุดรายวัน")).toBe(true);
    expect(loose(text, "(เล่มสีเขียว) ไม่มี -")).toBe(true);
  });
});

describe("every form", () => {
  it("renders the same bytes for the same data", async () => {
    for (const render of [
      () => renderProposalPdf(proposalSample, options),
      () => renderContractPdf(contractSample, options),
      () => renderHandoverPdf(handoverSample, options),
    ]) {
      const [a, b] = [await render(), await render()];
      expect(a.equals(b)).toBe(true);
    }
  });
});
