// Poverty-case journeys: a mentor records a visit with findings and a phone photo and sees it listed with its thumbnail;
// an officer reads a case page (profile, stage history, plan items, deliveries with evidence) and opening the same case again shows the existing one.
import path from "node:path";
import { expectVisible, login } from "../helpers.mjs";

/** A 2×2 PNG (red, green, blue, white): a real image the server accepts from its bytes. */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a73000000124944415478da63f8cfc0c000c20cff8100001fee05fbf1abba770000000049454e44ae426082",
  "hex",
);

/** No Gregorian year of this decade and no untranslated key on the page. */
async function expectThaiPage(page, name) {
  const text = (await page.locator("body").textContent()) ?? "";
  const gregorian = /\b20[2-3]\d\b/.exec(text);
  if (gregorian) throw new Error(`${name}: a Gregorian year on the page: ${gregorian[0]}`);
  const key = /\bpovertyCases\.[a-zA-Z.]+/.exec(text);
  if (key) throw new Error(`${name}: an untranslated key on the page: ${key[0]}`);
}

export const journeys = [
  [
    "poverty: a mentor records a visit with findings and a photo on the phone and sees it listed",
    async (browser, { base, outDir }) => {
      const page = await browser.newPage({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        locale: "th-TH",
      });
      await login(page, base, "mentor.dokkrachiao");
      await page.goto(`${base}/poverty/my-households`);
      await expectVisible(page, '[data-testid="my-household"]');
      // The list is ordered by the visit due, so after the visit the household moves: keep it by its title.
      const title = (
        (await page.getByTestId("my-household").first().locator("h5").textContent()) ?? ""
      ).trim();
      const household = page.getByTestId("my-household").filter({ hasText: title }).first();
      const before = await household.getByTestId("visit-item").count();
      await household.getByTestId("open-visit-form").click();
      const form = household.getByTestId("visit-form");
      await form.locator("textarea").first().fill("ผู้สูงอายุในบ้านความดันสูง นัดพาไปตรวจที่ รพ.สต. แล้ว");
      await form.getByTestId("visit-photo-input").setInputFiles({
        name: "เยี่ยมบ้าน.png",
        mimeType: "image/png",
        buffer: PNG,
      });
      const capture = await form.getByTestId("visit-photo-input").getAttribute("capture");
      if (capture !== "environment") throw new Error(`the photo input does not open the camera: ${capture}`);
      await form.getByTestId("save-visit").click();
      await expectVisible(page, '[data-testid="visit-saved"]');
      const listed = household.getByTestId("visit-item").filter({ hasText: "ความดันสูง" }).first();
      await listed.waitFor({ state: "visible", timeout: 15_000 });
      const thumbnail = listed.locator('[data-testid="visit-photo"] img');
      await thumbnail.waitFor({ state: "visible", timeout: 15_000 });
      const loaded = await thumbnail.evaluate((img) => img.complete && img.naturalWidth > 0);
      if (!loaded) throw new Error("the visit photo thumbnail did not load");
      const after = await household.getByTestId("visit-item").count();
      if (after < Math.min(before + 1, 3)) throw new Error(`visits listed: ${before} before, ${after} after`);
      await expectThaiPage(page, "my households");
      await page.screenshot({ path: path.join(outDir, "poverty-mentor-visit.png"), fullPage: true });
    },
  ],
  [
    "poverty: an officer reads a case page with stage history, plan items and evidence; opening it again shows the case",
    async (browser, { base, outDir }) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "th-TH" });
      await login(page, base, "worker.saimun");
      await page.goto(`${base}/poverty/cases`);
      await expectVisible(page, '[data-testid="cases-table"] tbody tr a');
      // A case with deliveries: the demo delivers on every other case; try the rows until one has evidence.
      const links = page.locator('[data-testid="cases-table"] tbody tr a');
      const count = await links.count();
      let headName = "";
      for (let k = 0; k < count; k++) {
        await page.goto(`${base}/poverty/cases`);
        await expectVisible(page, '[data-testid="cases-table"] tbody tr a');
        headName = ((await links.nth(k).textContent()) ?? "").trim();
        await links.nth(k).click();
        await expectVisible(page, '[data-testid="stage-history"] li');
        if ((await page.locator('[data-testid="delivery-files"] a').count()) > 0) break;
      }
      const history = await page.getByTestId("stage-history").locator("li").count();
      if (history < 1) throw new Error("no stage history on the case page");
      const planRows = await page.locator('[data-testid="plan-table"] tbody tr').count();
      if (planRows < 1) throw new Error("no plan items on the case page");
      const evidence = await page.locator('[data-testid="delivery-files"] a').count();
      if (evidence < 1) throw new Error("no delivery evidence file on any demo case");
      await expectVisible(page, '[data-testid="case-profile"]');
      await expectThaiPage(page, "case page");
      await page.screenshot({ path: path.join(outDir, "poverty-case-page.png"), fullPage: true });

      // Opening the same household's case for the same year again shows the existing case, never a second one.
      await page.goto(`${base}/poverty/cases/open`);
      await page.getByTestId("open-case-search").fill(headName.split(" ").slice(-2).join(" "));
      await page.getByTestId("open-case-search").press("Enter");
      await expectVisible(page, '[data-testid="open-case-result"]');
      await page.getByTestId("open-case-result").first().getByRole("button").click();
      await page.getByTestId("open-case-submit").click();
      await expectVisible(page, '[data-testid="open-case-exists"]');
      await expectThaiPage(page, "open case");
      await page.screenshot({ path: path.join(outDir, "poverty-open-case-exists.png"), fullPage: true });
    },
  ],
];
