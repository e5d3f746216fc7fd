// Bylaws as they arrive from a request: only known fields, each checked by parseGroupBylaws (field-named errors).
import { IssueList, throwIfIssues } from "../debt-centre/index";
import { DEFAULT_GROUP_BYLAWS, type GroupBylaws, parseGroupBylaws } from "./group-bylaws";

const FIELDS = Object.keys(DEFAULT_GROUP_BYLAWS) as (keyof GroupBylaws)[];

/** The bylaws from a request body, defaults filled in; an unknown field is refused by name. */
export function readBylaws(input: Record<string, unknown>): GroupBylaws {
  const v = new IssueList();
  for (const key of Object.keys(input)) {
    if (!(FIELDS as string[]).includes(key)) {
      v.add(`bylaws.${key}`, "unknown_field", "ไม่ใช่ข้อกำหนดของระเบียบกลุ่ม", "is not a bylaw setting");
    }
  }
  throwIfIssues(
    "savings.invalid_bylaws",
    { th: "ระเบียบกลุ่มออมทรัพย์", en: "The savings group bylaws" },
    v.issues,
  );
  return parseGroupBylaws(input as Partial<GroupBylaws>);
}
