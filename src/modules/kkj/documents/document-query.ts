// The query of every PDF endpoint: `thaiDigits=0|1` overrides the template's digits; contracts take `copy=1|2|3`.
import { z } from "zod";

export const thaiDigitsQuery = z
  .enum(["0", "1"])
  .optional()
  .describe(
    "1: Thai digits, 0: Western digits; default per template (Western, Thai for the debt confirmation letter)",
  );

export const pdfQuerySchema = z.object({ thaiDigits: thaiDigitsQuery });
export const contractPdfQuerySchema = pdfQuerySchema.extend({
  copy: z
    .enum(["1", "2", "3"])
    .optional()
    .describe("one copy only: 1 lender, 2 borrower, 3 district office; default all three"),
});

/** `"1"` → true, `"0"` → false, absent → the template's default. */
export function digitsOption(value: "0" | "1" | undefined): boolean | undefined {
  return value === undefined ? undefined : value === "1";
}
