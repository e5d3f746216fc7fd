// The browser journeys, each ending in a screenshot that a person looks at.
import path from "node:path";

import { expectVisible, login } from "./helpers.mjs";

export const journeys = [
  [
    "officer: log in → province → district → sub-district → village → household → switch to English",
    async (browser, { base, outDir }) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "th-TH" });
      await login(page, base, "admin");
      await page.getByTestId("area-row-40").click();
      await page.getByTestId("area-row-4007").click();
      await page.getByTestId("area-row-400709").click();
      await page.getByTestId("area-row-40070908").click();
      await expectVisible(page, "text=บ้านดอกกระเจียว");
      await page.locator('[data-testid^="household-row-"]').first().click();
      await expectVisible(page, '[data-testid="household-title"]');
      const thaiTitle = await page.getByTestId("household-title").textContent();
      if (!/[ก-๙]/.test(thaiTitle ?? "")) throw new Error(`household title is not Thai: ${thaiTitle}`);
      await page.screenshot({ path: path.join(outDir, "household-th.png"), fullPage: true });
      await page.getByTestId("lang-switch").click();
      await page.waitForFunction(() => document.documentElement.lang === "en", null, { timeout: 5_000 });
      await page.screenshot({ path: path.join(outDir, "household-en.png"), fullPage: true });
    },
  ],
  [
    "phone: a household member sees only their own household",
    async (browser, { base, outDir }) => {
      const page = await browser.newPage({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        locale: "th-TH",
      });
      await login(page, base, "household.demo");
      await page.goto(`${base}/households`);
      await page
        .locator('[data-testid^="household-row-"]')
        .first()
        .waitFor({ state: "visible", timeout: 15_000 });
      const rows = await page.locator('[data-testid^="household-row-"]').count();
      if (rows !== 1) throw new Error(`expected 1 household, saw ${rows}`);
      await page.screenshot({ path: path.join(outDir, "phone-household-member.png"), fullPage: true });
    },
  ],
  [
    "wrong password shows a Thai error",
    async (browser, { base, outDir }) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "th-TH" });
      await page.goto(`${base}/login`);
      await page.getByTestId("login-username").fill("admin");
      await page.getByTestId("login-password").fill("not-the-password");
      await page.getByTestId("login-submit").click();
      await expectVisible(page, "text=ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
      await page.screenshot({ path: path.join(outDir, "login-error.png") });
    },
  ],
  [
    "phone: the finance member takes a repayment on the quick page and sees the receipt number",
    async (browser, { base, outDir }) => {
      const page = await browser.newPage({
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        locale: "th-TH",
      });
      // The demo กข.คจ. fund of บ้านดอกกระเจียว (village 40070908): finance.dokkrachiao holds its finance seat.
      await login(page, base, "finance.dokkrachiao");
      await page.getByTestId("nav-burger").click();
      await page.getByTestId("nav-funds").click();
      await page
        .locator('[data-testid="fund-card-40070908"]', { hasText: "กข.คจ." })
        .getByTestId("fund-link")
        .click();
      await page.getByTestId("fund-repay").click();
      await expectVisible(page, '[data-testid="repay-search"]');
      const firstRow = page.locator('[data-testid^="loan-row-"]').first();
      try {
        await firstRow.waitFor({ state: "visible", timeout: 15_000 });
      } catch {
        throw new Error("the demo กข.คจ. fund has no active loan to repay (demo seed without loans?)");
      }
      const borrower = (await firstRow.getByTestId("loan-borrower").textContent())?.trim() ?? "";
      // Search by the first word of the name (the title), as a committee member would type it.
      await page.getByTestId("repay-search").fill(borrower.split(/\s+/)[0] ?? borrower);
      await page.locator('[data-testid^="loan-row-"]', { hasText: borrower }).first().tap();
      await expectVisible(page, '[data-testid="repay-amount"]');
      const amount = await page.getByTestId("repay-amount").inputValue();
      if (!/^\d+\.\d{2}$/.test(amount)) throw new Error(`amount due is not pre-filled: "${amount}"`);
      await page.getByTestId("repay-confirm").tap();
      await expectVisible(page, '[data-testid="receipt-no"]');
      const receiptNo = (await page.getByTestId("receipt-no").textContent())?.trim() ?? "";
      if (!/^\d+\/25\d\d$/.test(receiptNo)) throw new Error(`unexpected receipt number: "${receiptNo}"`);
      await page.screenshot({ path: path.join(outDir, "phone-repayment-receipt.png"), fullPage: true });
    },
  ],
];

// กข.คจ. books (features/kkj): appended with push so that journeys added above by others do not collide.
journeys.push([
  "secretary: the กข.คจ. fund's purple book (registers an eligible household) and green book (capital 280,000.00 บาท)",
  async (browser, { base, outDir }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "th-TH" });
    // The demo กข.คจ. fund of บ้านดอกกระเจียว (village 40070908): secretary.dokkrachiao holds its secretary seat.
    await login(page, base, "secretary.dokkrachiao");
    await page.getByTestId("nav-funds").click();
    await page
      .locator('[data-testid="fund-card-40070908"]', { hasText: "กข.คจ." })
      .getByTestId("fund-link")
      .click();
    await page.getByTestId("fund-tab-kkj").click();
    await expectVisible(page, '[data-testid="kkj-board"]');
    await page.getByTestId("kkj-nav-purple").click();
    await expectVisible(page, '[data-testid="book-band-purple"]');
    await expectVisible(page, "text=สมุดบัญชีทะเบียนครัวเรือนเป้าหมาย");
    await expectVisible(page, "text=ชุดปัจจุบัน");
    // Register the poorest eligible household left, as the secretary does from the candidates (the demo
    // history may already have registered every eligible one).
    await page.getByTestId("purple-add-targets").click();
    await page
      .getByTestId("candidate-row")
      .or(page.getByText("ไม่มีครัวเรือนที่ยังไม่ขึ้นทะเบียน"))
      .first()
      .waitFor({ state: "visible", timeout: 15_000 });
    const free = page.locator('[data-testid="candidate-row"] input[type="checkbox"]:not([disabled])');
    if ((await free.count()) > 0) {
      await free.first().check();
      await page.getByTestId("candidates-register").click();
      await expectVisible(page, '[data-testid="candidates-registered"]');
    }
    await expectVisible(page, '[data-testid="purple-row"]');
    const seq = (await page.locator('[data-testid="purple-row"] td').first().textContent())?.trim();
    if (!/^\d+$/.test(seq ?? "")) throw new Error(`register row has no ลำดับที่: "${seq}"`);
    await page.screenshot({ path: path.join(outDir, "kkj-purple-book.png"), fullPage: true });
    await page.getByTestId("kkj-nav-green").click();
    await expectVisible(page, '[data-testid="book-band-green"]');
    await expectVisible(page, '[data-testid="green-row"]');
    const balance = (await page.getByTestId("green-balance").textContent())?.trim() ?? "";
    const capital = page.locator('[data-testid="green-row"]', { hasText: "280,000.00" });
    if ((await capital.count()) === 0) throw new Error("the green book has no 280,000.00 capital row");
    if (!/\d[\d,]*\.\d{2} บาท$/.test(balance))
      throw new Error(`green book balance is not in baht: "${balance}"`);
    await page.screenshot({ path: path.join(outDir, "kkj-green-book.png"), fullPage: true });
  },
]);

// Dashboards, maps, official reports and printed documents (issue 4).
journeys.push([
  "admin: national map → Khon Kaen's districts; district officer: 26(1) district report and its PDF; the contract PDF prints",
  async (browser, { base, outDir }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "th-TH" });
    await login(page, base, "admin");
    await page.goto(`${base}/dashboard`);
    await expectVisible(page, '[data-testid="choropleth"] path[data-code="40"]');
    await expectVisible(page, '[data-testid="map-legend"]');
    const attribution = (await page.getByTestId("map-attribution").textContent()) ?? "";
    if (!attribution.includes("Royal Thai Survey Department"))
      throw new Error(`no attribution: ${attribution}`);
    const provinces = await page.locator('[data-testid="choropleth"] path').count();
    if (provinces !== 77) throw new Error(`expected 77 provinces on the map, saw ${provinces}`);
    await page.locator('[data-testid="choropleth"] path[data-code="40"]').hover();
    await expectVisible(page, '[data-testid="map-tooltip"]');
    await page.screenshot({ path: path.join(outDir, "dashboard-nation.png"), fullPage: true });
    await page.locator('[data-testid="choropleth"] path[data-code="40"]').click();
    await page.waitForURL((url) => url.pathname === "/dashboard/40", { timeout: 15_000 });
    await expectVisible(page, '[data-testid="choropleth"] path[data-code="4007"]');
    await expectVisible(page, '[data-testid="children-table"]');
    await expectVisible(page, '[data-testid="trend-chart"]');
    await page.screenshot({ path: path.join(outDir, "dashboard-khonkaen.png"), fullPage: true });

    const officer = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "th-TH" });
    await login(officer, base, "district.namphong");
    await officer.goto(`${base}/reports?report=26-1-district&area=4007`);
    await expectVisible(officer, '[data-testid="report-table"]');
    await expectVisible(officer, "text=บ้านดอกกระเจียว");
    await officer.screenshot({ path: path.join(outDir, "report-26-1-district.png"), fullPage: true });
    const pdf = await officer.request.get(`${base}/api/reports/26-1/district/4007?format=pdf`);
    if (pdf.status() !== 200 || pdf.headers()["content-type"] !== "application/pdf") {
      throw new Error(`26(1) PDF: ${pdf.status()} ${pdf.headers()["content-type"]}`);
    }
    const bytes = await pdf.body();
    if (bytes.subarray(0, 5).toString() !== "%PDF-") throw new Error("26(1) PDF is not a PDF");
    const outside = await officer.request.get(`${base}/api/reports/26-1/district/1001?format=pdf`);
    if (outside.status() !== 404) throw new Error(`a district outside scope answered ${outside.status()}`);

    // The chair's contract page: its print button opens the three-copy contract.
    const chair = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "th-TH" });
    await login(chair, base, "committee.dokkrachiao");
    await chair.getByTestId("nav-funds").click();
    await chair
      .locator('[data-testid="fund-card-40070908"]', { hasText: "กข.คจ." })
      .getByTestId("fund-link")
      .click();
    const fundId = /\/funds\/([0-9a-f-]{36})/.exec(chair.url())?.[1];
    if (!fundId) throw new Error(`no fund id in ${chair.url()}`);
    const contracts = await chair.request.get(`${base}/api/funds/${fundId}/kkj/contracts`);
    const list = await contracts.json();
    const first = (list.items ?? list)[0];
    if (!first?.id) throw new Error(`no contract in the demo fund: ${JSON.stringify(list).slice(0, 200)}`);
    await chair.goto(`${base}/funds/${fundId}/kkj/contracts/${first.id}`);
    await expectVisible(chair, '[data-testid="contract-pdf"]');
    const href = await chair.getByTestId("contract-pdf").getAttribute("href");
    const contractPdf = await chair.request.get(`${base}${href}`);
    if (contractPdf.status() !== 200) throw new Error(`contract PDF answered ${contractPdf.status()}`);
    const contractBytes = await contractPdf.body();
    if (contractBytes.subarray(0, 5).toString() !== "%PDF-") throw new Error("the contract PDF is not a PDF");
    await chair.screenshot({ path: path.join(outDir, "kkj-contract-print.png"), fullPage: true });
  },
]);
