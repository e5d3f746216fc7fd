// The browser journeys, each ending in a screenshot that a person looks at.
import path from "node:path";

async function expectVisible(page, selector, timeout = 15_000) {
  await page.locator(selector).first().waitFor({ state: "visible", timeout });
}

async function login(page, base, username, password = "kaejon-demo") {
  await page.goto(`${base}/login`);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 15_000 });
}

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
];
