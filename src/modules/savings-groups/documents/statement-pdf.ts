// The member statement (รายการเคลื่อนไหวบัญชีสมาชิก) as PDF: member and account numbers, shares by month, loans
// and repayments of the year, the last close's dividend and patronage refund, and the beneficiaries.
import { SMALL_SIZE, ThaiPdf } from "../../../platform/pdf/index";
import type { Satang } from "../../../shared/money";
import { THAI_MONTHS, toBuddhistYear } from "../../../shared/thai-date";
import type { Statement } from "../contracts";

export const STATEMENT_TITLE = "รายการเคลื่อนไหวบัญชีสมาชิกกลุ่มออมทรัพย์เพื่อการผลิต";

export interface StatementRenderOptions {
  /** Fixed per statement (the business date at noon), so that the same data always gives the same bytes. */
  createdAt: Date;
  thaiDigits?: boolean | undefined;
}

const STATUS_TH: Record<string, string> = {
  active: "ปกติ",
  resigned: "ลาออก",
  died: "ถึงแก่กรรม",
  expelled: "ให้ออก",
};

const LOAN_STATUS_TH: Record<string, string> = {
  pending_disbursement: "รอจ่ายเงิน",
  active: "กำลังผ่อนชำระ",
  closed: "ชำระครบแล้ว",
  written_off: "ตัดหนี้สูญ",
  cancelled: "ยกเลิก",
};

/** Tables a little smaller than the body, so that a year, its loans and the nomination fit one page. */
const TABLE = { size: SMALL_SIZE, padding: 2 };

const monthName = (month: string) =>
  `${THAI_MONTHS[Number(month.slice(5, 7)) - 1]} ${toBuddhistYear(Number(month.slice(0, 4)))}`;

/** A section heading that never ends a page alone: it moves to the next page with room for a few rows. */
function section(pdf: ThaiPdf, text: string): void {
  pdf.ensureSpace(70);
  pdf.text(text, { bold: true });
}

export async function renderStatementPdf(s: Statement, options: StatementRenderOptions): Promise<Buffer> {
  const pdf = new ThaiPdf({
    title: STATEMENT_TITLE,
    subject: `${s.member.name} ปี ${s.fiscalYear}`,
    pageNumbers: true,
    thaiDigits: options.thaiDigits ?? false,
    createdAt: options.createdAt,
  });
  const money = (n: number) => pdf.money(n as Satang);
  pdf.corners(
    [{ text: s.group.villageName }],
    [{ text: "เลขที่บัญชี " }, { fill: pdf.digits(s.member.accountNo), minWidth: 60, align: "center" }],
  );
  pdf.space(4);
  pdf.title(`${STATEMENT_TITLE}\n${s.group.name} ปีบัญชี ${pdf.digits(s.fiscalYear)}`, { after: 6 });
  pdf.line([
    { text: "ชื่อสมาชิก " },
    { fill: s.member.name, minWidth: 180 },
    { text: " สมาชิกเลขที่ " },
    { fill: pdf.digits(s.member.memberNo), minWidth: 40, align: "center" },
    { text: " สถานะ " },
    { fill: STATUS_TH[s.member.status] ?? s.member.status, minWidth: 50, align: "center" },
  ]);
  pdf.line(
    [
      { text: "เข้าเป็นสมาชิกเมื่อ " },
      { fill: pdf.longDate(s.member.joinedOn), minWidth: 120, align: "center" },
      { text: " มูลค่าหุ้นละ " },
      { fill: money(s.shareValueSatang), minWidth: 40, align: "center" },
      { text: " บาท" },
    ],
    { after: 6 },
  );

  section(pdf, "1. เงินสัจจะสะสม (หุ้น) รายเดือน");
  pdf.table(
    [
      { header: "เดือน", width: 3 },
      { header: "จำนวนหุ้น", width: 2, align: "right" },
      { header: "ฝาก (บาท)", width: 3, align: "right" },
      { header: "ถอน (บาท)", width: 3, align: "right" },
      { header: "คงเหลือ (บาท)", width: 3, align: "right" },
    ],
    [
      ["ยอดยกมา", "", "", "", money(s.openingSharesSatang)],
      ...s.months.map((m) => [
        monthName(m.month),
        m.shares > 0 ? pdf.count(m.shares) : "-",
        m.depositSatang > 0 ? money(m.depositSatang) : "-",
        m.withdrawalSatang > 0 ? money(m.withdrawalSatang) : "-",
        money(m.balanceSatang),
      ]),
    ],
    {
      ...TABLE,
      footerRows: [
        [
          "รวมทั้งปี",
          pdf.count(s.months.reduce((n, m) => n + m.shares, 0)),
          money(s.months.reduce((n, m) => n + m.depositSatang, 0)),
          money(s.months.reduce((n, m) => n + m.withdrawalSatang, 0)),
          money(s.closingSharesSatang),
        ],
      ],
    },
  );
  pdf.space(3);
  section(pdf, "2. เงินกู้และการชำระคืน");
  const loanRows = s.loans.flatMap((l) => [
    [
      `สัญญา ${pdf.digits(l.loanNo)} ลงวันที่ ${pdf.shortDate(l.contractedOn)} (${LOAN_STATUS_TH[l.status] ?? l.status})`,
      money(l.amountSatang),
      "",
      "",
      money(l.outstandingPrincipalSatang),
    ],
    ...l.repayments.map((r) => [
      `    ชำระ ${pdf.shortDate(r.paidOn)} ใบรับเลขที่ ${pdf.digits(r.receiptNo)}`,
      "",
      money(r.principalSatang),
      money(r.interestSatang),
      "",
    ]),
  ]);
  pdf.table(
    [
      { header: "รายการ", width: 6 },
      { header: "เงินกู้ (บาท)", width: 2, align: "right" },
      { header: "เงินต้น (บาท)", width: 2, align: "right" },
      { header: "ดอกเบี้ย (บาท)", width: 2, align: "right" },
      { header: "ต้นคงเหลือ (บาท)", width: 2, align: "right" },
    ],
    loanRows,
    { ...TABLE, emptyText: "ไม่มีเงินกู้ในปีนี้" },
  );
  pdf.space(3);
  section(pdf, "3. เงินปันผลและเงินเฉลี่ยคืน (การปิดบัญชีสิ้นปีครั้งล่าสุด)");
  if (s.lastClose) {
    const c = s.lastClose;
    pdf.table(
      [
        { header: "ปีบัญชี", width: 2 },
        { header: "เงินปันผลตามหุ้น (บาท)", width: 3, align: "right" },
        { header: "เงินเฉลี่ยคืนตามดอกเบี้ย (บาท)", width: 3, align: "right" },
        { header: "รวม (บาท)", width: 3, align: "right" },
      ],
      [
        [
          pdf.digits(c.fiscalYear),
          money(c.dividendSatang),
          money(c.patronageRefundSatang),
          money(c.dividendSatang + c.patronageRefundSatang),
        ],
      ],
      TABLE,
    );
  } else {
    pdf.text("ยังไม่มีการปิดบัญชีสิ้นปี", { indent: 28 });
  }
  pdf.space(3);
  section(pdf, "4. ผู้รับผลประโยชน์");
  pdf.table(
    [
      { header: "ลำดับ", width: 1, align: "center" },
      { header: "ชื่อ-สกุล", width: 5 },
      { header: "ความเกี่ยวพัน", width: 3 },
      { header: "ส่วนแบ่ง (ร้อยละ)", width: 2, align: "right" },
    ],
    s.member.beneficiaries.map((b) => [
      pdf.count(b.seq),
      b.name,
      b.relationship,
      pdf.digits((b.shareBp / 100).toFixed(2)),
    ]),
    { ...TABLE, emptyText: "ยังไม่ได้ระบุผู้รับผลประโยชน์" },
  );
  pdf.space(6);
  pdf.signatures([
    { role: "เหรัญญิก / ผู้จัดทำ", dateLine: true },
    { role: "สมาชิก", name: s.member.name, dateLine: true },
  ]);
  return pdf.toBuffer();
}
