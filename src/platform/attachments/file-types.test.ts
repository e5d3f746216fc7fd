import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkUpload } from "./attachments";
import { sanitiseFileName } from "./file-name";
import { detectFileType, zipEntryNames } from "./file-types";
import { attachmentLimitsFromEnv, DEFAULT_ATTACHMENT_LIMITS } from "./limits";
import { TEST_FILES, zipOf } from "./test-files";

describe("file type from the bytes", () => {
  it("recognises the allowed kinds by their magic numbers", () => {
    expect(detectFileType(TEST_FILES.png)).toEqual({ ok: true, type: "png" });
    expect(detectFileType(TEST_FILES.jpeg)).toEqual({ ok: true, type: "jpeg" });
    expect(detectFileType(TEST_FILES.webp)).toEqual({ ok: true, type: "webp" });
    expect(detectFileType(TEST_FILES.pdf)).toEqual({ ok: true, type: "pdf" });
    expect(detectFileType(TEST_FILES.docx)).toEqual({ ok: true, type: "docx" });
    expect(detectFileType(TEST_FILES.xlsxLike)).toEqual({ ok: true, type: "xlsx" });
  });

  it("recognises a workbook written by exceljs", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("ข้อมูล").addRow(["ไก่ไข่", 120]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    expect(zipEntryNames(bytes)).toContain("xl/workbook.xml");
    expect(detectFileType(bytes)).toEqual({ ok: true, type: "xlsx" });
  });

  it("refuses HTML, SVG, executables, scripts, plain ZIPs and macro workbooks", () => {
    for (const bytes of [
      TEST_FILES.html,
      TEST_FILES.svg,
      TEST_FILES.exe,
      TEST_FILES.elf,
      TEST_FILES.shell,
      TEST_FILES.plainZip,
      TEST_FILES.htmlWithPdfInside,
    ]) {
      expect(detectFileType(bytes)).toEqual({ ok: false, reason: "unknown" });
    }
    expect(detectFileType(TEST_FILES.xlsm)).toEqual({ ok: false, reason: "macro" });
  });

  it("does not crash on a truncated ZIP", () => {
    const cut = zipOf({ "[Content_Types].xml": "x", "word/document.xml": "y" }).subarray(0, 40);
    expect(zipEntryNames(cut)).toBeNull();
    expect(detectFileType(cut)).toEqual({ ok: false, reason: "unknown" });
  });
});

describe("safe file names", () => {
  it("keeps only the last path segment and the extension of the real type", () => {
    expect(sanitiseFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(sanitiseFileName("C:\\fakepath\\รูปเลี้ยงไก่.JPG", "jpg")).toBe("รูปเลี้ยงไก่.jpg");
    expect(sanitiseFileName("report.pdf.exe", "pdf")).toBe("report.pdf.pdf");
    expect(sanitiseFileName("photo.png", "jpg")).toBe("photo.jpg");
  });

  it("removes control and bidi characters, reserved characters and leading dots", () => {
    expect(sanitiseFileName("a\u0000b\r\n.pdf", "pdf")).toBe("ab.pdf");
    expect(sanitiseFileName("invoice\u202Efdp.exe", "pdf")).toBe("invoicefdp.pdf");
    expect(sanitiseFileName('..hidden "x"<y>.pdf', "pdf")).toBe("hidden _x__y_.pdf");
    expect(sanitiseFileName("...", "png")).toBe("file.png");
    expect(sanitiseFileName("CON.txt", "pdf")).toBe("file-CON.pdf");
  });

  it("bounds the length", () => {
    expect(sanitiseFileName(`${"ก".repeat(500)}.pdf`, "pdf")).toBe(`${"ก".repeat(100)}.pdf`);
  });
});

describe("upload checks", () => {
  it("gives the type, the cleaned name and the SHA-256 of accepted bytes", () => {
    expect(checkUpload(TEST_FILES.pdf, "../คู่มือ.exe")).toEqual({
      type: "pdf",
      mediaType: "application/pdf",
      fileName: "คู่มือ.pdf",
      sha256: createHash("sha256").update(TEST_FILES.pdf).digest("hex"),
    });
  });

  it("refuses empty, oversized, disguised and disabled types with Thai and English messages", () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
        return null;
      } catch (e) {
        const err = e as { code: string; messageTh: string; message: string };
        expect(err.messageTh).toMatch(/[ก-๙]/);
        expect(err.message).toMatch(/[a-z]/i);
        return err.code;
      }
    };
    expect(codeOf(() => checkUpload(Buffer.alloc(0), "a.pdf"))).toBe("attachment.empty");
    const big = Buffer.concat([TEST_FILES.pdf, Buffer.alloc(DEFAULT_ATTACHMENT_LIMITS.maxBytes)]);
    expect(codeOf(() => checkUpload(big, "a.pdf"))).toBe("attachment.too_large");
    expect(codeOf(() => checkUpload(TEST_FILES.html, "photo.jpg"))).toBe("attachment.type_not_allowed");
    expect(codeOf(() => checkUpload(TEST_FILES.exe, "manual.pdf"))).toBe("attachment.type_not_allowed");
    expect(codeOf(() => checkUpload(TEST_FILES.xlsm, "book.xlsx"))).toBe("attachment.macro_refused");
    const pdfOnly = { maxBytes: 1024 * 1024, allowedTypes: ["pdf"] as const };
    expect(codeOf(() => checkUpload(TEST_FILES.png, "a.png", pdfOnly))).toBe("attachment.type_not_allowed");
    expect(codeOf(() => checkUpload(TEST_FILES.pdf, "a.pdf", pdfOnly))).toBeNull();
  });

  it("reads the limits from the environment and refuses bad values", () => {
    expect(attachmentLimitsFromEnv({})).toEqual(DEFAULT_ATTACHMENT_LIMITS);
    expect(
      attachmentLimitsFromEnv({ KAEJON_ATTACHMENT_MAX_MB: "2", KAEJON_ATTACHMENT_TYPES: "pdf, PNG" }),
    ).toEqual({
      maxBytes: 2 * 1024 * 1024,
      allowedTypes: ["pdf", "png"],
    });
    expect(() => attachmentLimitsFromEnv({ KAEJON_ATTACHMENT_MAX_MB: "50" })).toThrow(/MAX_MB/);
    expect(() => attachmentLimitsFromEnv({ KAEJON_ATTACHMENT_TYPES: "pdf,svg" })).toThrow(/svg/);
  });
});
