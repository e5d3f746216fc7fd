// PDF documents: the Thai document builder over pdfkit and the Thai line breaker it lays text out with.
export { breakLines, breakUnits, graphemes } from "./line-break";
export {
  type Align,
  BODY_SIZE,
  type Column,
  type FontStyle,
  type PdfOptions,
  type Run,
  type SignatureBlock,
  SMALL_SIZE,
  type TableOptions,
  type TextOptions,
  ThaiPdf,
  TITLE_SIZE,
  warmUpPdf,
} from "./thai-pdf";
