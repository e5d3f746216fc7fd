// Poverty-progress journey: a province officer opens Khon Kaen's progress (read from the rollups the demo seed built), sees the figures' date and refresh time in B.E., then the districts table.
import path from "node:path";
import { expectVisible, login } from "../helpers.mjs";

export const journeys = [
  [
    "poverty-progress: a province officer reads Khon Kaen's progress as of the last refresh and its districts table",
    async (browser, { base, outDir }) => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "th-TH" });
      await login(page, base, "province.khonkaen");
      await page.goto(`${base}/poverty/progress`);
      await expectVisible(page, '[data-testid="progress-table"]');
      const asOf = (await page.getByTestId("progress-as-of").textContent()) ?? "";
      if (!asOf.includes("ข้อมูล ณ") || !asOf.includes("ประมวลผลเมื่อ")) {
        throw new Error(`no figures' date and refresh time: ${asOf}`);
      }
      if (!/25[6-7]\d/.test(asOf)) throw new Error(`the date is not in B.E.: ${asOf}`);
      const total = page.getByTestId("progress-table").locator("tbody tr").last();
      const cells = await total.locator("td").allTextContents();
      if (!cells[0]?.includes("ขอนแก่น") || !(Number((cells[1] ?? "0").replace(/,/g, "")) > 0)) {
        throw new Error(`the Khon Kaen total shows no target households: ${cells.join(" | ")}`);
      }
      const text = (await page.locator("body").textContent()) ?? "";
      const key = /\bpoverty(Cases|Progress)\.[a-zA-Z.]+/.exec(text);
      if (key) throw new Error(`an untranslated key on the page: ${key[0]}`);
      const gregorian = /\b20[2-3]\d\b/.exec(text);
      if (gregorian) throw new Error(`a Gregorian year on the page: ${gregorian[0]}`);
      await page.screenshot({ path: path.join(outDir, "poverty-progress-area.png"), fullPage: true });

      await page.getByTestId("districts-view").click();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="progress-table"] tbody tr').length >= 20,
        undefined,
        { timeout: 15_000 },
      );
      const districtRows = await page.getByTestId("progress-table").locator("tbody tr").count();
      if (districtRows < 20) throw new Error(`the districts table has ${districtRows} rows`);
      await expectVisible(page, '[data-testid="progress-as-of"]');
      await page.screenshot({ path: path.join(outDir, "poverty-progress-districts.png"), fullPage: true });
      await page.close();
    },
  ],
];
