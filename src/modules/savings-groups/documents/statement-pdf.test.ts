import { describe, expect, it } from "vitest";
import { compareWithReference, MAX_DIFF_RATIO, pdfPageCount, pdfText } from "../../../../test/support/pdf";
import type { Statement } from "../contracts";
import { renderStatementPdf } from "./statement-pdf";

const months = [
  "2023-10",
  "2023-11",
  "2023-12",
  "2024-01",
  "2024-02",
  "2024-03",
  "2024-04",
  "2024-05",
  "2024-06",
  "2024-07",
  "2024-08",
  "2024-09",
];

const sample: Statement = {
  group: { fundId: "f", name: "กลุ่มออมทรัพย์เพื่อการผลิตบ้านดอกกระเจียว", villageName: "บ้านดอกกระเจียว" },
  member: {
    id: "m",
    fundId: "f",
    memberNo: "12",
    accountNo: "00012",
    name: "นางคำปุน ศรีหาบุตร",
    householdId: null,
    householdMemberId: null,
    joinedOn: "2022-09-11",
    entryFeeSatang: 2_000,
    status: "active",
    statusOn: null,
    statusReason: null,
    sharesSatang: 1_050_000,
    loanOutstandingSatang: 416_668,
    beneficiaries: [
      { seq: 1, name: "นายทองใบ ศรีหาบุตร", relationship: "คู่สมรส", citizenIdMasked: null, shareBp: 3_334 },
      {
        seq: 2,
        name: "นางสาวอรอุมา ศรีหาบุตร",
        relationship: "บุตร",
        citizenIdMasked: "1-1017-xxxxx-xx-0",
        shareBp: 3_333,
      },
      { seq: 3, name: "เด็กชายก้องภพ ศรีหาบุตร", relationship: "บุตร", citizenIdMasked: null, shareBp: 3_333 },
    ],
  },
  fiscalYear: 2567,
  shareValueSatang: 5_000,
  openingSharesSatang: 450_000,
  months: months.map((month, k) => ({
    month,
    shares: 10,
    depositSatang: 50_000,
    withdrawalSatang: 0,
    balanceSatang: 450_000 + 50_000 * (k + 1),
  })),
  closingSharesSatang: 1_050_000,
  loans: [
    {
      loanNo: "สก.2/2567",
      contractedOn: "2024-03-05",
      amountSatang: 1_000_000,
      status: "active",
      outstandingPrincipalSatang: 416_668,
      repayments: [
        { receiptNo: "8/2567", paidOn: "2024-04-05", principalSatang: 83_333, interestSatang: 10_000 },
        { receiptNo: "11/2567", paidOn: "2024-05-05", principalSatang: 83_333, interestSatang: 9_167 },
      ],
    },
  ],
  lastClose: { fiscalYear: 2566, dividendSatang: 123_456, patronageRefundSatang: 7_891 },
};

/** pdftotext splits a syllable after stacked marks: compare without whitespace and marks. */
const MARKS = /[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;
const bare = (text: string) => text.replace(MARKS, "");

describe("member statement PDF", () => {
  it("prints the member, account, shares by month, loans with repayments, last close and beneficiaries", async () => {
    const bytes = await renderStatementPdf(sample, { createdAt: new Date("2024-10-20T05:00:00Z") });
    const text = bare(await pdfText(bytes));
    for (const needle of [
      "รายการเคลื่อนไหวบัญชีสมาชิกกลุ่มออมทรัพย์เพื่อการผลิต",
      "ปีบัญชี 2567",
      "นางคำปุน ศรีหาบุตร",
      "00012",
      "ตุลาคม 2566",
      "กันยายน 2567",
      "10,500.00",
      "สก.2/2567",
      "ใบรับเลขที่ 8/2567",
      "กำลังผ่อนชำระ",
      "4,166.68",
      "1,234.56",
      "78.91",
      "นายทองใบ ศรีหาบุตร",
      "33.34",
    ]) {
      expect(text).toContain(bare(needle));
    }
    expect(await pdfPageCount(bytes)).toBe(2);
    const result = await compareWithReference(bytes, "savings-statement");
    expect(result.pages).toBe(2);
    for (const ratio of result.diffRatios) expect(ratio).toBeLessThan(MAX_DIFF_RATIO);
  });

  it("says so when there is no loan, no close and uses Thai digits on request", async () => {
    const bytes = await renderStatementPdf(
      { ...sample, loans: [], lastClose: null },
      { createdAt: new Date("2024-10-20T05:00:00Z"), thaiDigits: true },
    );
    const text = bare(await pdfText(bytes));
    expect(text).toContain(bare("ไม่มีเงินกู้ในปีนี้"));
    expect(text).toContain(bare("ยังไม่มีการปิดบัญชีสิ้นปี"));
    expect(text).toContain("๑๐,๕๐๐.๐๐");
  });
});
