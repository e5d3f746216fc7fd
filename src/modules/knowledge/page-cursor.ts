// The cursor of the area-ordered lists (learning centres, model villages): the last row's area code and id.
import { knowledgeErrors } from "./knowledge-errors";

export function encodeAreaCursor(last: { areaCode: string; id: string }): string {
  return Buffer.from(JSON.stringify([last.areaCode, last.id])).toString("base64url");
}

export function decodeAreaCursor(cursor: string | undefined): { areaCode: string; id: string } | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(parts) &&
      parts.length === 2 &&
      typeof parts[0] === "string" &&
      /^\d{0,8}$/.test(parts[0]) &&
      typeof parts[1] === "string" &&
      /^[0-9a-f-]{36}$/i.test(parts[1])
    ) {
      return { areaCode: parts[0], id: parts[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw knowledgeErrors.cursorInvalid();
}
