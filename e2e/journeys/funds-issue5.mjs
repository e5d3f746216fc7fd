// Issue 5 journeys through the demo data: a savings group's monthly deposit sheet and a member's statement PDF;
// the debt centre's plans and the certificate of honour; a damage case with a document file and a recovery.
import path from "node:path";
import { expectVisible, login } from "../helpers.mjs";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

const newPage = (browser) => browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "th-TH" });

/** No Gregorian year of this decade and no untranslated key on the page. */
async function expectThaiPage(page, name) {
  const text = (await page.locator("body").textContent()) ?? "";
  const gregorian = /\b20[2-3]\d\b/.exec(text);
  if (gregorian) throw new Error(`${name}: a Gregorian year on the page: ${gregorian[0]}`);
  const key = /\b(savings|debtCentre|damage|documents|nav)\.[a-zA-Z]+/.exec(text);
  if (key) throw new Error(`${name}: an untranslated key on the page: ${key[0]}`);
}

/** The PDF a print button opens, fetched with the page's session. */
async function expectPdf(page, base, locator, name) {
  const href = await locator.getAttribute("href");
  if (!href) throw new Error(`${name}: the print button has no link`);
  const res = await page.request.get(new URL(href, base).href);
  const body = await res.body();
  if (res.status() !== 200 || body.subarray(0, 5).toString() !== "%PDF-")
    throw new Error(`${name}: ${res.status()} ${res.headers()["content-type"]} ${body.subarray(0, 40)}`);
  return body.length;
}

/** Baht text such as "20,000.00 บาท" as satang. */
const satangOf = (text) =>
  Math.round(Number((/[\d,]+\.\d{2}/.exec(text ?? "")?.[0] ?? "NaN").replace(/,/g, "")) * 100);

export const journeys = [
  [
    "funds-issue5: the secretary admits a member, records a deposit sheet and prints a member's statement",
    async (browser, { base, outDir }) => {
      const page = await newPage(browser);
      await login(page, base, "secretary.dokkrachiao");
      await page.goto(`${base}/savings-groups`);
      await page.getByTestId("savings-group-link").first().click();
      await expectVisible(page, '[data-testid="sg-members"]');
      const before = await page.getByTestId("sg-member-link").count();

      // Every member already paid this month in the demo, so a new member gives the sheet an open row.
      await page.getByTestId("sg-member-name").fill("นางสาวมะลิ ออมสุข");
      await page.getByTestId("sg-beneficiary-name-0").fill("เด็กหญิงดาว ออมสุข");
      await page.getByTestId("sg-beneficiary-relationship-0").fill("บุตร");
      await page.getByTestId("sg-member-save").click();
      await expectVisible(page, '[data-testid="sg-members"] >> text=นางสาวมะลิ ออมสุข');
      const memberNo = before + 1;

      await page.getByTestId("savings-tab-deposits").click();
      await expectVisible(page, '[data-testid="sg-sheet"]');
      await page.getByTestId(`sg-shares-${memberNo}`).fill("3");
      await page.getByTestId("sg-sheet-save").click();
      await expectVisible(page, "text=บันทึกเงินสัจจะ 1 ราย");
      const row = page.locator('[data-testid="sg-sheet"] tr').filter({ hasText: "นางสาวมะลิ ออมสุข" });
      await row.locator("text=ฝากแล้ว").first().waitFor({ timeout: 15_000 });
      // The row now shows the 3 shares as paid, with their amount in baht.
      const cells = (await row.locator("td").allTextContents()).map((c) => c.trim());
      const paid = cells[3];
      if (!cells[2]?.startsWith("3 · ฝากแล้ว") || !(satangOf(paid) > 0))
        throw new Error(`the sheet row after saving: ${cells.join(" | ")}`);
      await expectThaiPage(page, "deposit sheet");
      await page.screenshot({ path: path.join(outDir, "funds-issue5-deposit-sheet.png"), fullPage: true });

      await page.getByTestId("savings-tab-members").click();
      await page.getByTestId("sg-member-link").filter({ hasText: "นางสาวมะลิ ออมสุข" }).click();
      await expectVisible(page, '[data-testid="sg-statement-months"]');
      // The month of the sheet: 3 shares deposited, the same baht as the sheet showed.
      const statementRows = page.locator('[data-testid="sg-statement-months"] tbody tr');
      const months = await Promise.all(
        (await statementRows.all()).map(async (r) =>
          (await r.locator("td").allTextContents()).map((c) => c.trim()),
        ),
      );
      if (!months.some((m) => m[1] === "3" && m[2] === paid))
        throw new Error(`the statement does not show the ${paid} baht deposit: ${JSON.stringify(months)}`);
      const size = await expectPdf(page, base, page.getByTestId("sg-statement-pdf"), "member statement");
      if (size < 1000) throw new Error(`the statement PDF is only ${size} bytes`);
      await expectThaiPage(page, "member statement");
      await page.screenshot({ path: path.join(outDir, "funds-issue5-member-statement.png"), fullPage: true });

      // A long-standing member's statement has a year of months.
      await page.goBack();
      await expectVisible(page, '[data-testid="sg-members"]');
      await page.getByTestId("sg-member-link").first().click();
      await expectVisible(page, '[data-testid="sg-statement-months"]');
      const rows = await page.locator('[data-testid="sg-statement-months"] tbody tr').count();
      if (rows < 2) throw new Error(`member 1's statement has ${rows} months`);
      await expectPdf(page, base, page.getByTestId("sg-statement-pdf"), "member 1 statement");
      await page.close();
    },
  ],
  [
    "funds-issue5: an officer opens the demo debt centre, views its plans and prints a certificate of honour",
    async (browser, { base, outDir }) => {
      const page = await newPage(browser);
      await login(page, base, "admin");
      await page.goto(`${base}/debt-centres`);
      await page.getByTestId("centre-card-40070908").getByTestId("centre-link").click();
      await page.getByTestId("tab-plans").click();
      await expectVisible(page, '[data-testid="plan-status"]');
      const statuses = await page.getByTestId("plan-status").allTextContents();
      if (statuses.length === 0) throw new Error("the demo centre shows no plans");
      await expectThaiPage(page, "debt centre plans");
      await page.screenshot({
        path: path.join(outDir, "funds-issue5-debt-centre-plans.png"),
        fullPage: true,
      });

      // บ้านเชียงยืน made a household debt-free: its certificate of honour prints.
      await page.goto(`${base}/debt-centres`);
      await page.getByTestId("centre-card-55011604").getByTestId("centre-link").click();
      await page.getByTestId("tab-debtFree").click();
      await expectVisible(page, '[data-testid="debt-free"]');
      const size = await expectPdf(page, base, page.getByTestId("certificate-print").first(), "certificate");
      if (size < 1000) throw new Error(`the certificate PDF is only ${size} bytes`);
      await expectThaiPage(page, "debt-free tab");
      await page.screenshot({ path: path.join(outDir, "funds-issue5-debt-free.png"), fullPage: true });
      await page.close();
    },
  ],
  [
    "funds-issue5: an officer attaches a document file to the demo damage case and records a recovery",
    async (browser, { base, outDir }) => {
      const page = await newPage(browser);
      await login(page, base, "district.namphong");
      await page.goto(`${base}/damage-cases`);
      await page.getByTestId("damage-link").first().click();
      await expectVisible(page, '[data-testid="damage-timeline"]');
      await expectVisible(page, '[data-testid="damage-recovery-submit"]');

      const upload = page.locator('[data-testid^="damage-file-upload-"]').first();
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), upload.click()]);
      await chooser.setFiles({ name: "หนังสือรับสภาพหนี้.pdf", mimeType: "application/pdf", buffer: PDF });
      const link = page.locator('[data-testid^="damage-file-link-"]').first();
      await link.waitFor({ timeout: 15_000 });
      if (!((await link.textContent()) ?? "").includes("หนังสือรับสภาพหนี้.pdf"))
        throw new Error(`the document shows: ${await link.textContent()}`);
      await expectPdf(page, base, link, "document file");

      const outstanding = satangOf(await page.getByTestId("damage-outstanding").textContent());
      const recovered = satangOf(await page.getByTestId("damage-recovered").textContent());
      const recoveries = await page.getByTestId("damage-recovery").count();
      await page.getByTestId("damage-recovery-amount").fill("1,500");
      await page.getByTestId("damage-recovery-payer").fill("นายสมหมาย ใจกว้าง");
      await page.getByTestId("damage-recovery-submit").click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="damage-recovery"]').length === n,
        recoveries + 1,
        { timeout: 15_000 },
      );
      const after = satangOf(await page.getByTestId("damage-outstanding").textContent());
      const recoveredAfter = satangOf(await page.getByTestId("damage-recovered").textContent());
      if (after !== outstanding - 150_000 || recoveredAfter !== recovered + 150_000)
        throw new Error(`balance ${outstanding} → ${after}, recovered ${recovered} → ${recoveredAfter}`);
      await expectThaiPage(page, "damage case");
      await page.screenshot({ path: path.join(outDir, "funds-issue5-damage-case.png"), fullPage: true });
      await page.close();
    },
  ],
];
