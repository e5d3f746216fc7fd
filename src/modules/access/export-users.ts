// Streams the user list for CSV/XLSX export: the list's own use case (scope, search) in keyset batches.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
  yesNo,
} from "../../platform/tabular-export";
import type { User } from "../../shared/contracts/index";
import { ROLE_NAMES } from "../../shared/roles";
import { listUsers } from "./manage-users";

export function exportUsers(deps: Deps, filters: { q?: string | undefined }): AsyncIterable<User> {
  return pagedRows((cursor) => listUsers(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function userExportColumns(language?: ExportLanguage): ExportColumn<User>[] {
  return [
    { key: "username", th: "ชื่อผู้ใช้", en: "Username", kind: "text", value: (u) => u.username },
    { key: "displayName", th: "ชื่อ-สกุล", en: "Name", kind: "text", value: (u) => u.displayName },
    {
      key: "role",
      th: "บทบาท",
      en: "Role",
      kind: "text",
      value: (u) => inLanguage(language, ROLE_NAMES[u.role]),
    },
    { key: "scopeCode", th: "รหัสพื้นที่รับผิดชอบ", en: "Area code", kind: "text", value: (u) => u.scopeCode },
    { key: "position", th: "ตำแหน่ง", en: "Position", kind: "text", value: (u) => u.position },
    { key: "isActive", th: "ใช้งานได้", en: "Active", kind: "text", value: (u) => yesNo(language, u.isActive) },
    { key: "isLocked", th: "ถูกล็อก", en: "Locked", kind: "text", value: (u) => yesNo(language, u.isLocked) },
    {
      key: "lastLoginAt",
      th: "เข้าระบบล่าสุด",
      en: "Last sign-in",
      kind: "datetime",
      value: (u) => u.lastLoginAt,
    },
    { key: "id", th: "รหัสอ้างอิงผู้ใช้", en: "User ID", kind: "text", value: (u) => u.id },
  ];
}
