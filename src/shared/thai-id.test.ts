import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citizenIdCheckDigit, formatCitizenId, isValidCitizenId, maskCitizenId } from "./thai-id";

describe("citizen ID", () => {
  it("checks the mod-11 digit (domain §10.5 example)", () => {
    expect(citizenIdCheckDigit("111203456356")).toBe(2);
    expect(isValidCitizenId("1112034563562")).toBe(true);
    expect(isValidCitizenId("1-1120-34563-56-2")).toBe(true);
    expect(isValidCitizenId("1112034563563")).toBe(false);
  });

  it.each(["", "123", "11120345635621", "0112034563562", "9112034563562", "11120345635a2"])(
    "refuses %j",
    (id) => {
      expect(isValidCitizenId(id)).toBe(false);
    },
  );

  it("accepts exactly one check digit for every 12-digit prefix", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.stringMatching(/^\d{11}$/), (first, rest) => {
        const prefix = `${first}${rest}`;
        const valid = [...Array(10).keys()].filter((d) => isValidCitizenId(prefix + d));
        expect(valid).toEqual([citizenIdCheckDigit(prefix)]);
      }),
    );
  });

  it("masks and formats", () => {
    expect(maskCitizenId("1101700000003")).toBe("1-1017-xxxxx-xx-3");
    expect(formatCitizenId("1101700000003")).toBe("1-1017-00000-00-3");
  });
});
