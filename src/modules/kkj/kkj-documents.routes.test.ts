import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";
import { hasText, pdfPageCount, pdfText } from "../../../test/support/pdf";
import { bahtText } from "../../shared/baht-text";
import { formatBaht, type Satang, toThaiDigits } from "../../shared/money";
import { officialDateParts } from "../../shared/thai-date";
import { buildKkjFund, createAccount, createCommitteeUsers, TEST_PASSWORD } from "./kkj-test-fixture";

// The กข.คจ. documents as PDF over HTTP, on the demo fund บ้านดอกกระเจียว (40070908) with its four borrowing
// rounds, a debt confirmation, a handover and the receipts of the repaid instalments (business date 2024-06-15).

let h: TestApp;
const c = {} as Record<
  "worker" | "secretary" | "auditor" | "outsider" | "borrower" | "otherHousehold",
  Client
>;
let fundId: string;
let otherFundId: string;
const VILLAGE = "40070908";

interface Res {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  rawPayload: Buffer;
  json(): { error: { code: string; message: string; messageEn: string } };
}

interface Contract {
  id: string;
  householdId: string;
  loanId: string;
  contractNo: string;
  volumeNo: string | null;
  signedOn: string;
  amountSatang: number;
  borrowerName: string;
  lenderName: string;
  witness1Name: string;
  witness2Name: string;
  consentName: string | null;
  projectName: string;
  instalments: { seq: number; dueOn: string; totalSatang: number }[];
}
const rec = {} as {
  proposal: {
    id: string;
    householdId: string;
    docNo: string;
    applicantName: string;
    projectName: string;
    totalSatang: number;
    submittedOn: string;
    items: { no: string; description: string; amountSatang: number }[];
    workerOpinion: { name: string };
  };
  request: { id: string; docNo: string; amountSatang: number; registerSeq: number; requestedOn: string };
  contract: Contract;
  otherContract: Contract;
  voucher: { id: string; voucherNo: string; amountSatang: number; paidOn: string; borrowerName: string };
  confirmation: {
    id: string;
    borrowerName: string;
    outstandingSatang: number;
    asOf: string;
    fiscalYear: number;
  };
  handover: { id: string; fromName: string; toName: string; handedOn: string };
  repayment: { id: string; loanId: string; receiptNo: string; amountSatang: number; paidOn: string };
};

const money = (satang: number) => formatBaht(satang as Satang);
const dateLine = (iso: string) => {
  const p = officialDateParts(iso);
  return `วันที่ ${p.day} เดือน ${p.monthName} พ.ศ. ${p.beYear}`;
};
const longDate = (iso: string) => {
  const p = officialDateParts(iso);
  return `${p.day} ${p.monthName} ${p.beYear}`;
};
/**
 * Whether the PDF text holds `needle`, ignoring whitespace and Thai vowel and tone marks: pdftotext orders a
 * mark drawn left of its advance before the letter it belongs to ("ผูใ้ห้ยมื"), so exact phrases can fail.
 */
const MARKS = /[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;
const loose = (text: string, needle: string) => text.replace(MARKS, "").includes(needle.replace(MARKS, ""));
const kkj = (path: string, fund = fundId) => `/api/funds/${fund}/kkj/${path}`;

async function pdfOf(res: Res): Promise<string> {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers["content-type"]).toBe("application/pdf");
  expect(res.headers["cache-control"]).toBe("no-store");
  expect(String(res.headers["content-disposition"])).toMatch(
    /^inline; filename="[\x20-\x7e]+\.pdf"; filename\*=UTF-8''[A-Za-z0-9%._-]+\.pdf$/,
  );
  expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  return pdfText(res.rawPayload);
}

function expectError(res: Res, status: number, code: string) {
  const body = res.json();
  expect([res.statusCode, body.error?.code], res.body).toEqual([status, code]);
  expect(body.error.message).toMatch(/[ก-๙]/);
  expect(body.error.messageEn).toMatch(/[a-z]/i);
}

async function first<T>(client: Client, url: string): Promise<T[]> {
  const res = await client.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as unknown as { items: T[] }).items;
}

beforeAll(async () => {
  h = await createTestApp({ demoFunds: true });
  c.worker = await h.login("worker.saimun");
  c.secretary = await h.login("secretary.dokkrachiao");
  c.auditor = await h.login("auditor");
  await createAccount(h.t.deps, {
    username: "district.other",
    displayName: "เจ้าหน้าที่อำเภออื่น",
    role: "district_officer",
    scopeCode: "4001",
  });
  c.outsider = await h.login("district.other", TEST_PASSWORD);
  const funds = (await c.worker.get(`/api/funds?area=${VILLAGE}&limit=50`)).json() as unknown as {
    items: { id: string; fundType: string }[];
  };
  fundId = funds.items.find((f) => f.fundType === "kkj")!.id;

  const proposals = await first<typeof rec.proposal & { status: string }>(
    c.worker,
    kkj("proposals?limit=50"),
  );
  const contracts = await first<Contract>(c.worker, kkj("contracts?limit=50"));
  // The round whose loan is still being repaid (6 instalments, receipts issued), and another household's.
  rec.contract = contracts.find((x) => x.instalments.length === 6 && x.consentName)!;
  rec.otherContract = contracts.find((x) => x.householdId !== rec.contract.householdId)!;
  rec.proposal = proposals.find((p) => p.householdId === rec.contract.householdId)!;
  const requests = await first<typeof rec.request & { proposalId: string }>(
    c.worker,
    kkj("requests?limit=50"),
  );
  rec.request = requests.find((r) => r.proposalId === rec.proposal.id)!;
  const vouchers = await first<typeof rec.voucher & { contractId: string }>(
    c.worker,
    kkj("vouchers?limit=50"),
  );
  rec.voucher = vouchers.find((v) => v.contractId === rec.contract.id)!;
  rec.confirmation = (await first<typeof rec.confirmation>(c.worker, kkj("debt-confirmations?limit=50")))[0]!;
  rec.handover = (await first<typeof rec.handover>(c.worker, kkj("handovers?limit=50")))[0]!;
  const repayments = await first<typeof rec.repayment>(
    c.worker,
    `/api/loans/${rec.contract.loanId}/repayments?limit=50`,
  );
  rec.repayment = repayments[repayments.length - 1]!;
  expect(rec.repayment, "the demo loan has receipts").toBeDefined();

  for (const [name, household] of [
    ["borrower", rec.contract.householdId],
    ["otherHousehold", rec.otherContract.householdId],
  ] as const) {
    await createAccount(h.t.deps, {
      username: `household.${name}`,
      displayName: name,
      role: "household_member",
      scopeCode: VILLAGE,
      householdId: household,
    });
    c[name] = await h.login(`household.${name}`, TEST_PASSWORD);
  }
  const otherVillage = "40070907";
  const users = await createCommitteeUsers(h.t.deps, otherVillage, "docs");
  otherFundId = (await buildKkjFund(h.t.deps, { villageCode: otherVillage, users })).fund.id;
}, 240_000);

afterAll(async () => h?.close());

describe("กข.คจ. documents as PDF", () => {
  it("prints the project proposal with the applicant, budget lines, total in words, opinion and decision", async () => {
    const p = rec.proposal;
    const text = await pdfOf(await c.worker.get(kkj(`proposals/${p.id}/pdf`)));
    expect(text).toContain("แบบเสนอโครงการของครัวเรือนเป้าหมาย");
    expect(hasText(text, p.applicantName)).toBe(true);
    expect(hasText(text, p.projectName)).toBe(true);
    expect(text).toContain(p.docNo);
    for (const item of p.items) {
      expect(text).toContain(`${item.no} `);
      expect(hasText(text, item.description)).toBe(true);
      expect(text).toContain(money(item.amountSatang));
    }
    expect(text).toContain(money(p.totalSatang));
    expect(hasText(text, bahtText(p.totalSatang))).toBe(true);
    expect(text).toContain(dateLine(p.submittedOn));
    expect(hasText(text, p.workerOpinion.name)).toBe(true);
    expect(text).toContain("( / ) เป็นไปได้");
    expect(text).toContain("( / ) อนุมัติ");
    expect(hasText(text, "(นายบุญมี ทองคำ)")).toBe(true);
  });

  it("prints the loan request with the register number, amount in words and the consent", async () => {
    const r = rec.request;
    const text = await pdfOf(await c.secretary.get(kkj(`requests/${r.id}/pdf`)));
    expect(text).toContain("แบบขอยืมเงินทุนของครัวเรือนเป้าหมาย");
    expect(text).toContain(`ลำดับที่ทะเบียน ${r.registerSeq}`);
    expect(text).toContain(money(r.amountSatang));
    expect(hasText(text, bahtText(r.amountSatang))).toBe(true);
    expect(hasText(text, rec.contract.consentName!)).toBe(true);
    expect(text).toContain("พ.ศ. 2553 ทุกประการ");
    expect(text).toContain("( / ) เห็นด้วย");
    expect(text).toContain(dateLine(r.requestedOn));
  });

  it("prints the contract in three one-page copies, each marked, or one copy", async () => {
    const k = rec.contract;
    const res = await c.worker.get(kkj(`contracts/${k.id}/pdf`));
    const text = await pdfOf(res);
    expect(await pdfPageCount(res.rawPayload)).toBe(3);
    for (const mark of ["ฉบับที่ 1 (ผู้ให้ยืม)", "ฉบับที่ 2 (ผู้ยืม)", "ฉบับที่ 3 (สำนักงานพัฒนาชุมชนอำเภอ)"]) {
      expect(loose(text, mark)).toBe(true);
    }
    expect(text.split("แบบสัญญายืมเงินทุนของครัวเรือนเป้าหมาย")).toHaveLength(4);
    expect(text).toContain(`สัญญาเลขที่ ${k.contractNo}`);
    expect(text).toContain(dateLine(k.signedOn));
    for (const name of [k.borrowerName, k.lenderName, k.witness1Name, k.witness2Name, k.consentName!]) {
      expect(hasText(text, `(${name})`)).toBe(true);
    }
    expect(text).toContain(money(k.amountSatang));
    expect(hasText(text, bahtText(k.amountSatang))).toBe(true);
    for (const i of k.instalments) {
      expect(text).toContain(
        `3.${i.seq} งวดที่ ${i.seq} ภายในวันที่ ${longDate(i.dueOn)} จำนวนเงิน ${money(i.totalSatang)} บาท`,
      );
    }
    for (const clause of [1, 2, 3, 4, 5, 6]) expect(text).toContain(`ข้อ ${clause} `);
    expect(text).toContain("สำนักงานพัฒนาชุมชนอำเภอน้ำพองเก็บรักษาไว้หนึ่งฉบับ");

    const one = await c.worker.get(kkj(`contracts/${k.id}/pdf?copy=2`));
    const oneText = await pdfOf(one);
    expect(await pdfPageCount(one.rawPayload)).toBe(1);
    expect(loose(oneText, "ฉบับที่ 2 (ผู้ยืม)")).toBe(true);
    expect(oneText).not.toContain("ฉบับที่ 1");
    expect(String(one.headers["content-disposition"])).toContain("copy2");

    const thai = await pdfOf(await c.worker.get(kkj(`contracts/${k.id}/pdf?thaiDigits=1`)));
    expect(thai).toContain(toThaiDigits(money(k.amountSatang)));
    expect(thai).toContain(toThaiDigits(dateLine(k.signedOn)));
    expect(thai).not.toContain(money(k.amountSatang));
  });

  it("prints the payment voucher with payee, amount in words, bank withdrawal and signatories", async () => {
    const v = rec.voucher;
    const text = await pdfOf(await c.auditor.get(kkj(`vouchers/${v.id}/pdf`)));
    expect(text).toContain("ใบสำคัญจ่ายเงินยืม");
    expect(text).toContain(`เลขที่ ${v.voucherNo}`);
    expect(hasText(text, v.borrowerName)).toBe(true);
    expect(text).toContain(money(v.amountSatang));
    expect(hasText(text, bahtText(v.amountSatang))).toBe(true);
    expect(text).toContain(dateLine(v.paidOn));
    expect(hasText(text, "(นางบัวผัน แก้วมณี)")).toBe(true);
    expect(hasText(text, "(นายบุญมี ทองคำ)")).toBe(true);
    for (const role of ["ผู้จ่ายเงิน", "ผู้อนุมัติ", "ผู้รับเงิน"]) expect(loose(text, role)).toBe(true);
  });

  it("prints the debt confirmation letter in Thai digits by default, Western digits on request", async () => {
    const d = rec.confirmation;
    const url = kkj(`debt-confirmations/${d.id}/pdf`);
    const text = await pdfOf(await c.worker.get(url));
    expect(text).toContain("หนังสือยืนยันยอดหนี้");
    expect(hasText(text, d.borrowerName)).toBe(true);
    expect(text).toContain(toThaiDigits(money(d.outstandingSatang)));
    expect(hasText(text, bahtText(d.outstandingSatang))).toBe(true);
    expect(text).toContain(toThaiDigits(longDate(d.asOf)));
    expect(text).toContain(`พ.ศ. ${toThaiDigits(String(d.fiscalYear))}`);
    expect(loose(text, "( / ) ขอยืนยันว่ายอดหนี้ดังกล่าวถูกต้อง")).toBe(true);
    expect(text).not.toMatch(/[0-9]/);
    const western = await pdfOf(await c.worker.get(`${url}?thaiDigits=0`));
    expect(western).toContain(money(d.outstandingSatang));
    expect(western).not.toMatch(/[๐-๙]/);
  });

  it("prints the handover record with the frozen village status and the four books", async () => {
    const ho = rec.handover;
    const res = await c.worker.get(kkj(`handovers/${ho.id}/pdf`));
    const text = await pdfOf(res);
    expect(loose(text, "บันทึกการส่งมอบ-รับมอบงานและสถานะหมู่บ้าน")).toBe(true);
    expect(await pdfPageCount(res.rawPayload)).toBe(1);
    expect(hasText(text, ho.fromName)).toBe(true);
    expect(hasText(text, ho.toName)).toBe(true);
    expect(text).toContain(dateLine(ho.handedOn));
    expect(text).toContain("เงินทุนเดิมที่ได้รับ 280,000.00 บาท");
    for (const book of ["เล่มสีม่วง", "เล่มสีน้ำตาล", "เล่มสีเขียว", "เล่มสีเหลือง"]) {
      expect(loose(text, `${book}) มี ถูกต้อง`)).toBe(true);
    }
    for (const role of ["ผู้ส่งมอบ", "ผู้รับมอบ", "พยาน"]) expect(loose(text, role)).toBe(true);
  });

  it("prints a repayment receipt numbered as issued, with the instalments and what is left to pay", async () => {
    const r = rec.repayment;
    const text = await pdfOf(await c.secretary.get(`/api/loans/${r.loanId}/repayments/${r.id}/pdf`));
    expect(text).toContain("แบบรับคืนเงินยืมจากครัวเรือนเป้าหมาย");
    expect(text).toContain(`เลขที่ใบรับ ${r.receiptNo}`);
    expect(text).toContain(dateLine(r.paidOn));
    expect(hasText(text, rec.contract.borrowerName)).toBe(true);
    expect(text).toContain(money(r.amountSatang));
    expect(hasText(text, bahtText(r.amountSatang))).toBe(true);
    const paidBefore = rec.contract.instalments.filter((i) => i.dueOn <= r.paidOn);
    const left = rec.contract.amountSatang - paidBefore.reduce((a, i) => a + i.totalSatang, 0);
    expect(text).toContain(`คงเหลือเงินยืมที่ต้องชำระอีก ${money(left)} บาท`);
    expect(text).toMatch(new RegExp(`งวดที่ ${paidBefore.length} \\(ครบกำหนด`));
  });

  it("lets a household print its own round and nothing of another household's", async () => {
    const own = await pdfOf(await c.borrower.get(kkj(`contracts/${rec.contract.id}/pdf?copy=2`)));
    expect(hasText(own, rec.contract.borrowerName)).toBe(true);
    await pdfOf(
      await c.borrower.get(`/api/loans/${rec.repayment.loanId}/repayments/${rec.repayment.id}/pdf`),
    );
    for (const path of [
      kkj(`contracts/${rec.contract.id}/pdf`),
      kkj(`proposals/${rec.proposal.id}/pdf`),
      kkj(`requests/${rec.request.id}/pdf`),
      kkj(`vouchers/${rec.voucher.id}/pdf`),
      `/api/loans/${rec.repayment.loanId}/repayments/${rec.repayment.id}/pdf`,
    ]) {
      expectError(await c.otherHousehold.get(path), 404, "common.not_found");
    }
    // The brown book is read with ledger.read, which a household does not hold.
    expectError(
      await c.borrower.get(kkj(`handovers/${rec.handover.id}/pdf`)),
      403,
      "access.permission_ledger_read",
    );
  });

  it("answers 404 for a record outside the reader's area, of another fund, or unknown", async () => {
    const paths = [
      kkj(`proposals/${rec.proposal.id}/pdf`),
      kkj(`requests/${rec.request.id}/pdf`),
      kkj(`contracts/${rec.contract.id}/pdf`),
      kkj(`vouchers/${rec.voucher.id}/pdf`),
      kkj(`debt-confirmations/${rec.confirmation.id}/pdf`),
      kkj(`handovers/${rec.handover.id}/pdf`),
      `/api/loans/${rec.repayment.loanId}/repayments/${rec.repayment.id}/pdf`,
    ];
    for (const path of paths) expectError(await c.outsider.get(path), 404, "common.not_found");
    for (const path of paths.slice(0, 6)) {
      expectError(await c.worker.get(path.replace(fundId, otherFundId)), 404, "common.not_found");
    }
    const unknown = "01900000-0000-7000-8000-000000000000";
    expectError(await c.worker.get(kkj(`contracts/${unknown}/pdf`)), 404, "common.not_found");
    expectError(
      await c.worker.get(`/api/loans/${rec.otherContract.loanId}/repayments/${rec.repayment.id}/pdf`),
      404,
      "common.not_found",
    );
  });

  it("refuses bad parameters with 400 in Thai and English", async () => {
    for (const path of [
      kkj("contracts/not-a-uuid/pdf"),
      kkj(`contracts/${rec.contract.id}/pdf?copy=4`),
      kkj(`contracts/${rec.contract.id}/pdf?copy=`),
      kkj(`proposals/${rec.proposal.id}/pdf?thaiDigits=x`),
      kkj(`debt-confirmations/${rec.confirmation.id}/pdf?thaiDigits=true`),
      `/api/funds/not-a-uuid/kkj/handovers/${rec.handover.id}/pdf`,
      `/api/loans/${rec.repayment.loanId}/repayments/123/pdf`,
      `/api/loans/${rec.repayment.loanId}/repayments/${rec.repayment.id}/pdf?thaiDigits=2`,
    ]) {
      expectError(await c.worker.get(path), 400, "common.invalid_input");
    }
  });

  it("lists every PDF endpoint in the OpenAPI document", async () => {
    const doc = (await h.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.endsWith("/pdf"))
        .sort(),
    ).toEqual(
      expect.arrayContaining([
        "/api/funds/{fundId}/kkj/contracts/{contractId}/pdf",
        "/api/funds/{fundId}/kkj/debt-confirmations/{confirmationId}/pdf",
        "/api/funds/{fundId}/kkj/handovers/{handoverId}/pdf",
        "/api/funds/{fundId}/kkj/proposals/{proposalId}/pdf",
        "/api/funds/{fundId}/kkj/requests/{requestId}/pdf",
        "/api/funds/{fundId}/kkj/vouchers/{voucherId}/pdf",
        "/api/loans/{loanId}/repayments/{repaymentId}/pdf",
      ]),
    );
  });

  it("gives the same bytes for the same record", async () => {
    const url = kkj(`vouchers/${rec.voucher.id}/pdf`);
    const [a, b] = [await c.worker.get(url), await c.secretary.get(url)];
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
  });
});
