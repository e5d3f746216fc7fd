import { describe, expect, it } from "vitest";
import { contentDisposition, exportBaseName, exportQuerySchema, listFilters } from "./export-reply";

describe("export reply helpers", () => {
  it("sends Thai file names as RFC 5987 with a plain ASCII fallback", () => {
    expect(contentDisposition("สมุดสีเขียว-2024-06-15.xlsx")).toBe(
      `attachment; filename="2024-06-15.xlsx"; filename*=UTF-8''${encodeURIComponent("สมุดสีเขียว-2024-06-15.xlsx")}`,
    );
    expect(contentDisposition("households-40.csv")).toBe(
      `attachment; filename="households-40.csv"; filename*=UTF-8''households-40.csv`,
    );
    expect(contentDisposition("ครัวเรือน.csv")).toBe(
      `attachment; filename="export.csv"; filename*=UTF-8''${encodeURIComponent("ครัวเรือน")}.csv`,
    );
    // A quote or a semicolon never breaks out of the header value; ' ( ) * are escaped in filename*.
    expect(contentDisposition(`a"b;c (1)'.csv`)).toBe(
      `attachment; filename="abc-(1)'.csv"; filename*=UTF-8''a%22b%3Bc%20%281%29%27.csv`,
    );
  });

  it("names files by language with the non-empty parts", () => {
    expect(
      exportBaseName(undefined, { th: "ครัวเรือน", en: "households" }, "40", undefined, "2024-06-15"),
    ).toBe("ครัวเรือน-40-2024-06-15");
    expect(exportBaseName("en", { th: "ครัวเรือน", en: "households" }, "", null)).toBe("households");
  });

  it("accepts csv and xlsx only, and leaves the list's filters", () => {
    expect(exportQuerySchema.safeParse({ format: "pdf" }).success).toBe(false);
    expect(exportQuerySchema.safeParse({}).success).toBe(false);
    expect(exportQuerySchema.safeParse({ format: "csv", lang: "fr" }).success).toBe(false);
    expect(listFilters({ format: "xlsx" as const, lang: "en" as const, area: "40", q: "x" })).toEqual({
      area: "40",
      q: "x",
    });
  });
});
