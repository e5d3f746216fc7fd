// Issue 7 journeys: a livelihood plan moved a step with dated evidence and a file; an anonymous complaint filed,
// tracked by its reference and seen by staff without identity; a monitoring visit with a follow-up and its PDF.
import path from "node:path";
import { expectVisible, login } from "../helpers.mjs";

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

const newPage = (browser) => browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "th-TH" });

async function pickArea(page, testId, text, code) {
  await page.getByTestId(testId).fill(text);
  await page.getByTestId(`${testId}-option-${code}`).click();
}

async function upload(page, buttonTestId, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByTestId(buttonTestId).click(),
  ]);
  await chooser.setFiles(file);
}

/** No Gregorian year of this decade and no untranslated key on the page. */
async function expectThaiPage(page, name) {
  const text = (await page.locator("body").textContent()) ?? "";
  const gregorian = /\b20[2-3]\d\b/.exec(text);
  if (gregorian) throw new Error(`${name}: a Gregorian year on the page: ${gregorian[0]}`);
  const key = /\b(livelihoods|complaints|monitoring)\.[a-zA-Z]+/.exec(text);
  if (key) throw new Error(`${name}: an untranslated key on the page: ${key[0]}`);
}

export const journeys = [
  [
    "issue7: an officer creates a livelihood organisation and a plan, and moves a step with evidence",
    async (browser, { base, outDir }) => {
      const page = await newPage(browser);
      await login(page, base, "district.namphong");
      await page.goto(`${base}/livelihoods`);
      await page.getByTestId("tab-organisations").click();
      await page.getByTestId("organisation-new").click();
      await page.getByTestId("organisation-save").click();
      // Nothing chosen: the form says so under the fields, in Thai.
      await expectVisible(page, '[data-testid="organisation-form"] >> text=กรุณากรอก');
      await pickArea(page, "organisation-area-picker", "น้ำพอง", "4007");
      await page.getByTestId("organisation-kind").selectOption("women_committee");
      await page.getByTestId("organisation-name").fill("คณะกรรมการพัฒนาสตรีอำเภอน้ำพอง");
      await page.getByTestId("organisation-mission").fill("คัดเลือกครัวเรือนสัมมาชีพตัวอย่าง");
      await page.getByTestId("member-name").fill("นางสมใจ ทองมา");
      await page.getByTestId("organisation-save").click();
      const org = page.getByTestId("organisation").filter({ hasText: "คณะกรรมการพัฒนาสตรีอำเภอน้ำพอง" });
      await org.waitFor({ timeout: 15_000 });
      await org.getByTestId("member-add").click();
      await org.getByTestId("member-name").fill("นางอรุณี แสงทอง");
      await org.getByTestId("member-role").selectOption("secretary");
      await org.getByTestId("member-save").click();
      await expectVisible(page, '[data-testid="organisation-members"] >> text=นางอรุณี แสงทอง (เลขานุการ)');
      await page.screenshot({
        path: path.join(outDir, "issue7-livelihood-organisations.png"),
        fullPage: true,
      });

      await page.getByRole("tab", { name: "แผนปฏิบัติการ" }).click();
      await pickArea(page, "plan-area", "บ้านดอกกระเจียว", "40070908");
      await page.getByTestId("plan-title").fill("แผนสัมมาชีพชุมชนบ้านดอกกระเจียว");
      await page.getByTestId("plan-create").click();
      await page.waitForURL(/\/livelihoods\/plans\/[0-9a-f-]{36}$/, { timeout: 15_000 });
      await expectVisible(page, '[data-testid="plan-steps"]');
      // Moving on without evidence is refused with the rule's Thai message.
      await page.getByTestId("plan-advance").click();
      await expectVisible(page, "text=ต้องบันทึกหลักฐานการดำเนินงาน");
      await page.getByTestId("evidence-text").fill("ประชุมชี้แจงผู้นำชุมชนและคัดเลือกครัวเรือนเป้าหมาย");
      await page.getByTestId("evidence-save").click();
      const evidence = page.getByTestId("evidence").filter({ hasText: "ประชุมชี้แจงผู้นำชุมชน" });
      await evidence.waitFor({ timeout: 15_000 });
      await upload(page, "evidence-upload", { name: "ภาพการประชุม.png", mimeType: "image/png", buffer: PNG });
      await expectVisible(page, '[data-testid="evidence-file"] >> text=ภาพการประชุม.png');
      const href = await page.getByTestId("evidence-file").first().getAttribute("href");
      const file = await page.request.get(`${base}${href}`);
      if (file.status() !== 200 || file.headers()["x-content-type-options"] !== "nosniff")
        throw new Error(`evidence file: ${file.status()} ${JSON.stringify(file.headers())}`);
      await page.getByTestId("plan-advance").click();
      await expectVisible(page, '[data-testid="plan-advance"] >> text=ดำเนินการ');
      const steps = (await page.getByTestId("plan-steps").textContent()) ?? "";
      if (!steps.includes("หลักฐาน 1")) throw new Error(`the stepper shows no evidence count: ${steps}`);

      await page.getByTestId("target-household").fill("");
      await page.getByTestId("target-household-option").first().click();
      await page.getByTestId("target-occupation").fill("ทำปุ๋ยหมักชีวภาพ");
      await page.getByTestId("target-model").check();
      await page.getByTestId("target-save").click();
      const target = page.getByTestId("target").filter({ hasText: "ทำปุ๋ยหมักชีวภาพ" });
      await target.waitFor({ timeout: 15_000 });
      await target.getByTestId("fund-access-toggle").click();
      await page.getByTestId("fund-link-name").fill("กองทุนหมู่บ้านดอกกระเจียว (กทบ.)");
      await page.getByTestId("fund-link-kind").selectOption("borrower");
      await page.getByTestId("fund-link-save").click();
      await expectVisible(page, '[data-testid="fund-link"] >> text=กองทุนหมู่บ้านดอกกระเจียว (กทบ.)');
      await expectThaiPage(page, "plan page");
      await page.screenshot({ path: path.join(outDir, "issue7-livelihood-plan.png"), fullPage: true });
    },
  ],
  [
    "issue7: a household files an anonymous complaint, tracks it by reference; staff see it without identity",
    async (browser, { base, outDir }) => {
      const home = await newPage(browser);
      await login(home, base, "household.demo");
      await home.goto(`${base}/complaints/new`);
      await home.getByTestId("complaint-anonymous").check();
      await home.getByTestId("complaint-category").selectOption("missing_fund");
      await home.getByTestId("complaint-subject").fill("เงินสดของกองทุนไม่ตรงกับที่ประกาศ");
      await home.getByTestId("complaint-details").fill("ยอดเงินสดในสมุดไม่ตรงกับที่แจ้งในที่ประชุมหมู่บ้าน");
      await home.getByTestId("complaint-submit").click();
      await expectVisible(home, '[data-testid="complaint-reference"]');
      const reference = ((await home.getByTestId("complaint-reference").textContent()) ?? "").trim();
      if (!/^KJ-[0-9A-Z]{11}$/.test(reference)) throw new Error(`unexpected reference ${reference}`);
      await home.screenshot({ path: path.join(outDir, "issue7-complaint-receipt.png"), fullPage: true });

      // The public page, without any session.
      const visitor = await browser.newContext({ locale: "th-TH", viewport: { width: 1280, height: 900 } });
      const track = await visitor.newPage();
      await track.goto(`${base}/track`);
      await track.getByTestId("track-reference").fill(reference.toLowerCase().replace("-", " "));
      await track.getByTestId("track-submit").click();
      await expectVisible(track, '[data-testid="track-result"]');
      const result = (await track.getByTestId("track-result").textContent()) ?? "";
      if (!result.includes(reference) || !result.includes("รับเรื่องแล้ว"))
        throw new Error(`tracking shows: ${result}`);
      await expectVisible(track, '[data-testid="track-submit"]:not([data-loading])');
      await expectThaiPage(track, "track page");
      await track.screenshot({ path: path.join(outDir, "issue7-complaint-track.png"), fullPage: true });

      const staff = await newPage(browser);
      await login(staff, base, "district.namphong");
      await staff.goto(`${base}/complaints`);
      const card = staff.getByTestId("complaint-card").filter({ hasText: reference });
      await card.waitFor({ timeout: 15_000 });
      await card.getByTestId("complaint-link").click();
      await expectVisible(staff, '[data-testid="complaint-complainant"] >> text=ไม่ประสงค์ออกนาม');
      await expectVisible(staff, '[data-testid="complaint-documents-anonymous"]');
      await upload(staff, "complaint-document-upload", {
        name: "จดหมายร้องเรียนของครัวเรือนตัวอย่าง.pdf",
        mimeType: "application/pdf",
        buffer: PDF,
      });
      await expectVisible(staff, '[data-testid="complaint-document"] >> text=complaint-document.pdf');
      const text = (await staff.locator("body").textContent()) ?? "";
      for (const secret of ["ครัวเรือนตัวอย่าง", "household.demo"]) {
        if (text.includes(secret)) throw new Error(`the staff view shows the complainant: ${secret}`);
      }
      // The public answer never carries the documents.
      const again = await visitor.request.post(`${base}/api/complaints/track`, {
        data: { referenceNo: reference },
      });
      const body = await again.text();
      if (again.status() !== 200 || body.includes("complaint-document") || body.includes("documents"))
        throw new Error(`tracking leaks documents: ${again.status()} ${body}`);
      await expectThaiPage(staff, "complaint page");
      await staff.screenshot({ path: path.join(outDir, "issue7-complaint-staff.png"), fullPage: true });
      await visitor.close();
    },
  ],
  [
    "issue7: an officer records a monitoring visit with a follow-up and prints the visit report PDF",
    async (browser, { base, outDir }) => {
      const page = await newPage(browser);
      await login(page, base, "worker.saimun");
      await page.goto(`${base}/monitoring/new`);
      await pickArea(page, "visit-village-picker", "บ้านดอกกระเจียว", "40070908");
      await page.getByTestId("visit-subject-type").selectOption("village");
      await page.getByTestId("visit-purpose").fill("ติดตามการดำเนินงานกองทุนและครัวเรือนสัมมาชีพ");
      await page.getByTestId("visit-findings").fill("คณะกรรมการบันทึกบัญชีเป็นปัจจุบัน ครัวเรือนรวมกลุ่มทำปุ๋ยหมัก");
      await page.getByTestId("visit-recommendations").fill("จัดประชุมสรุปผลทุกไตรมาส");
      await page.getByTestId("follow-up-new").click();
      await page.getByTestId("follow-up-description").fill("ตรวจสมุดบัญชีคุมลูกหนี้");
      await page.getByTestId("follow-up-owner").selectOption({ index: 1 });
      // The due date: the last day of this month in the B.E. calendar (never before today's visit).
      await page.getByLabel("กำหนดเสร็จ").click();
      await page.locator("table button:not([data-outside]):not([disabled])").last().click();
      await page.getByTestId("visit-save").click();
      await page.waitForURL(/\/monitoring\/visits\/[0-9a-f-]{36}$/, { timeout: 15_000 });
      await expectVisible(page, '[data-testid="follow-up"] >> text=ตรวจสมุดบัญชีคุมลูกหนี้');
      await upload(page, "photo-upload", { name: "ลงพื้นที่.png", mimeType: "image/png", buffer: PNG });
      await expectVisible(page, '[data-testid="visit-photo"]');
      const href = await page.getByTestId("visit-print").getAttribute("href");
      const pdf = await page.request.get(`${base}${href}`);
      if (pdf.status() !== 200 || pdf.headers()["content-type"] !== "application/pdf")
        throw new Error(`visit PDF: ${pdf.status()} ${pdf.headers()["content-type"]}`);
      if ((await pdf.body()).subarray(0, 5).toString() !== "%PDF-")
        throw new Error("the visit report is not a PDF");
      await expectThaiPage(page, "visit page");
      await page.screenshot({ path: path.join(outDir, "issue7-monitoring-visit.png"), fullPage: true });
    },
  ],
];
