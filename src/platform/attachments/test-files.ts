// Test files (used only by tests): tiny real images, a PDF, Office files built as ZIPs, and the dangerous kinds that must be refused.
import { deflateRawSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A real ZIP (deflated entries, central directory, end record) that unzip tools open. */
export function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export const TEST_FILES = {
  /** A 1×1 PNG. */
  png: Buffer.from(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
      "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
    "hex",
  ),
  jpeg: Buffer.concat([
    Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex"),
    Buffer.alloc(64, 1),
    Buffer.from("ffd9", "hex"),
  ]),
  webp: Buffer.concat([
    Buffer.from("RIFF"),
    Buffer.from([26, 0, 0, 0]),
    Buffer.from("WEBPVP8L"),
    Buffer.alloc(18, 0),
  ]),
  pdf: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
  docx: zipOf({
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": "<Relationships/>",
    "word/document.xml": "<w:document><w:body><w:p><w:r><w:t>ปุ๋ยหมัก</w:t></w:r></w:p></w:body></w:document>",
  }),
  xlsxLike: zipOf({
    "[Content_Types].xml": CONTENT_TYPES,
    "xl/workbook.xml": "<workbook/>",
    "xl/printerSettings/printerSettings1.bin": "printer",
  }),
  xlsm: zipOf({
    "[Content_Types].xml": CONTENT_TYPES,
    "xl/workbook.xml": "<workbook/>",
    "xl/vbaProject.bin": 'Attribute VB_Name = "Module1"',
  }),
  plainZip: zipOf({ "readme.txt": "just a zip" }),
  html: Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"),
  svg: Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
  ),
  exe: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(126, 0), Buffer.from("PE\0\0")]),
  elf: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(57, 0)]),
  shell: Buffer.from("#!/bin/sh\nrm -rf /\n"),
  /** HTML that only pretends to be a PDF somewhere past the start. */
  htmlWithPdfInside: Buffer.from("<html><script>alert(1)</script></html>\n%PDF-1.4\n"),
};
