// Pure rules of monitoring: overdue by business date, who may own and record follow-ups, cursors, the place line.
import { describe, expect, it } from "vitest";
import type { Actor } from "../../shared/actor";
import { AppError } from "../../shared/errors";
import {
  daysOverdue,
  decodeDateCursor,
  encodeDateCursor,
  isOverdue,
  mayOwnFollowUp,
  mayRecordFollowUp,
} from "./monitoring-rules";
import { placeLine } from "./print-visit-report";

const actor = (role: Actor["role"], userId: string | null = "u-1"): Actor => ({
  kind: "user",
  userId,
  username: "x",
  role,
  scopeCode: "4007",
  householdId: null,
});

describe("overdue", () => {
  it("is overdue only when open and due before today", () => {
    expect(isOverdue({ status: "open", dueOn: "2024-06-14" }, "2024-06-15")).toBe(true);
    expect(isOverdue({ status: "open", dueOn: "2024-06-15" }, "2024-06-15")).toBe(false);
    expect(isOverdue({ status: "open", dueOn: "2024-06-16" }, "2024-06-15")).toBe(false);
    expect(isOverdue({ status: "done", dueOn: "2024-01-01" }, "2024-06-15")).toBe(false);
  });

  it("counts whole days past due across a month and a leap day", () => {
    expect(daysOverdue({ status: "open", dueOn: "2024-02-28" }, "2024-03-01")).toBe(2);
    expect(daysOverdue({ status: "open", dueOn: "2023-12-31" }, "2024-01-30")).toBe(30);
    expect(daysOverdue({ status: "open", dueOn: "2024-06-15" }, "2024-06-15")).toBe(0);
    expect(daysOverdue({ status: "done", dueOn: "2024-01-01" }, "2024-06-15")).toBe(0);
  });
});

describe("who may own and record follow-ups", () => {
  it("an owner must be an active officer whose scope covers the visit's area", () => {
    const worker = { role: "subdistrict_worker", scopeCode: "400709", isActive: true };
    expect(mayOwnFollowUp(worker, "40070908")).toBe(true);
    expect(mayOwnFollowUp(worker, "40071061")).toBe(false);
    expect(mayOwnFollowUp({ ...worker, isActive: false }, "40070908")).toBe(false);
    expect(
      mayOwnFollowUp({ role: "committee_member", scopeCode: "40070908", isActive: true }, "40070908"),
    ).toBe(false);
    expect(mayOwnFollowUp({ role: "central_admin", scopeCode: "", isActive: true }, "50010161")).toBe(true);
  });

  it("the owner records their own; district, province and central officers any in their area", () => {
    expect(mayRecordFollowUp(actor("subdistrict_worker", "u-1"), "u-1")).toBe(true);
    expect(mayRecordFollowUp(actor("subdistrict_worker", "u-2"), "u-1")).toBe(false);
    expect(mayRecordFollowUp(actor("district_officer", "u-2"), "u-1")).toBe(true);
    expect(mayRecordFollowUp(actor("province_officer", "u-2"), "u-1")).toBe(true);
    expect(mayRecordFollowUp(actor("auditor", "u-2"), "u-1")).toBe(false);
  });
});

describe("cursors", () => {
  it("round-trips a (date, id) cursor and refuses a forged one", () => {
    const id = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    expect(decodeDateCursor(encodeDateCursor("2024-06-15", id))).toEqual({ date: "2024-06-15", id });
    const forged = Buffer.from(JSON.stringify(["2024-06-15'; drop", id])).toString("base64url");
    expect(() => decodeDateCursor(forged)).toThrow(AppError);
    expect(() => decodeDateCursor("not-base64-json")).toThrow(/Invalid cursor/);
  });
});

describe("place line", () => {
  it("reads from the village up to the province, without doubled prefixes", () => {
    expect(
      placeLine([
        { code: "40", nameTh: "ขอนแก่น" },
        { code: "4007", nameTh: "น้ำพอง" },
        { code: "400709", nameTh: "ทรายมูล" },
        { code: "40070908", nameTh: "บ้านดอกกระเจียว" },
      ]),
    ).toBe("หมู่ที่ 8 บ้านดอกกระเจียว ตำบลทรายมูล อำเภอน้ำพอง จังหวัดขอนแก่น");
    expect(placeLine([{ code: "4007", nameTh: "อำเภอน้ำพอง" }])).toBe("อำเภอน้ำพอง");
  });
});
