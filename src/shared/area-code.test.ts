import { describe, expect, it } from "vitest";
import { ancestry, isWithin, levelOfCode, parentCode, villageCode } from "./area-code";

describe("area codes", () => {
  it("knows the level from the length", () => {
    expect(levelOfCode("40")).toBe("province");
    expect(levelOfCode("4007")).toBe("district");
    expect(levelOfCode("400709")).toBe("subdistrict");
    expect(levelOfCode("40070908")).toBe("village");
    expect(levelOfCode("400")).toBeNull();
    expect(levelOfCode("4a")).toBeNull();
  });

  it("builds village codes from the sub-district and หมู่ที่", () => {
    expect(villageCode("400709", 8)).toBe("40070908");
    expect(() => villageCode("400709", 0)).toThrow();
    expect(() => villageCode("400709", 100)).toThrow();
    expect(() => villageCode("4007", 1)).toThrow();
  });

  it("tests containment by prefix", () => {
    expect(isWithin("40070908", "")).toBe(true);
    expect(isWithin("40070908", "4007")).toBe(true);
    expect(isWithin("40070908", "4008")).toBe(false);
    expect(parentCode("40070908")).toBe("400709");
    expect(parentCode("40")).toBeNull();
    expect(ancestry("40070908")).toEqual(["40", "4007", "400709", "40070908"]);
  });
});
