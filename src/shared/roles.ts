// Roles, what each may do, and their Thai and English names.

export const ROLES = [
  "central_admin",
  "province_officer",
  "district_officer",
  "subdistrict_worker",
  "committee_member",
  "mentor",
  "agency_officer",
  "household_member",
  "auditor",
  "it_support",
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, { th: string; en: string }> = {
  central_admin: { th: "ผู้ดูแลระบบส่วนกลาง", en: "Central administrator" },
  province_officer: { th: "เจ้าหน้าที่พัฒนาชุมชนจังหวัด", en: "Provincial officer" },
  district_officer: { th: "เจ้าหน้าที่พัฒนาชุมชนอำเภอ", en: "District officer" },
  subdistrict_worker: { th: "พัฒนากรประจำตำบล", en: "Sub-district CD worker" },
  committee_member: { th: "กรรมการกองทุนหมู่บ้าน", en: "Village fund committee member" },
  mentor: { th: "พี่เลี้ยง", en: "Mentor" },
  agency_officer: { th: "เจ้าหน้าที่หน่วยงานรับผิดชอบมิติ (ศจพ.)", en: "Responsible agency officer" },
  household_member: { th: "สมาชิกครัวเรือน", en: "Household member" },
  auditor: { th: "ผู้ตรวจสอบ (อ่านอย่างเดียว)", en: "Auditor (read-only)" },
  it_support: { th: "ฝ่ายสนับสนุนไอที", en: "IT support" },
};

/** The area level a role's scope must have ("" = national, no code). */
export const ROLE_SCOPE_LEVEL: Record<
  Role,
  "national" | "province" | "district" | "subdistrict" | "village" | "any"
> = {
  central_admin: "national",
  province_officer: "province",
  district_officer: "district",
  subdistrict_worker: "subdistrict",
  committee_member: "village",
  mentor: "any",
  agency_officer: "any",
  household_member: "village",
  auditor: "any",
  it_support: "any",
};

export type Permission =
  | "areas.read"
  | "villages.write"
  | "households.read"
  | "households.write"
  | "households.import"
  | "households.citizen_id.read"
  | "bmn.write"
  | "users.read"
  | "users.write"
  | "audit.read"
  | "parameters.write"
  | "funds.read"
  | "funds.write"
  | "ledger.read"
  | "ledger.close_year"
  | "monitoring.read"
  | "monitoring.write"
  | "livelihoods.read"
  | "livelihoods.write"
  | "knowledge.write"
  | "complaints.file"
  | "complaints.read"
  | "complaints.handle"
  | "damage.read"
  | "damage.write"
  | "damage.approve"
  | "poverty.read"
  | "poverty.write"
  | "poverty.deliver"
  | "poverty.visit"
  | "poverty.configure";

const officer: Permission[] = [
  "funds.read",
  "funds.write",
  "ledger.read",
  "ledger.close_year",
  "monitoring.read",
  "monitoring.write",
  "livelihoods.read",
  "livelihoods.write",
  "areas.read",
  "villages.write",
  "households.read",
  "households.write",
  "households.import",
  "households.citizen_id.read",
  "bmn.write",
  "knowledge.write",
  "complaints.file",
  "complaints.read",
  "complaints.handle",
  "damage.read",
  "damage.write",
  "poverty.read",
  "poverty.write",
  "poverty.deliver",
  "poverty.visit",
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  central_admin: [
    ...officer,
    "damage.approve",
    "poverty.configure",
    "users.read",
    "users.write",
    "audit.read",
    "parameters.write",
  ],
  province_officer: [...officer, "damage.approve", "poverty.configure", "users.read", "audit.read"],
  district_officer: [...officer, "users.read", "audit.read"],
  // The tambon worker is the one who edits จปฐ. income (separation of duties in the precedent system).
  subdistrict_worker: officer,
  // Committee members read by role; what they may write in a fund comes from their seat in its committee.
  committee_member: [
    "monitoring.read",
    "areas.read",
    "households.read",
    "funds.read",
    "ledger.read",
    "complaints.file",
  ],
  mentor: [
    "livelihoods.read",
    "areas.read",
    "households.read",
    "funds.read",
    "poverty.read",
    "poverty.visit",
  ],
  // An agency officer sees only the households and plan items of their own agency (poverty-cases module).
  agency_officer: ["areas.read", "poverty.read", "poverty.deliver"],
  // Households see their own loans (loans module), never a fund's books.
  household_member: ["households.read", "complaints.file"],
  auditor: [
    "monitoring.read",
    "livelihoods.read",
    "areas.read",
    "households.read",
    "users.read",
    "audit.read",
    "funds.read",
    "ledger.read",
    "poverty.read",
    "complaints.read",
    "damage.read",
  ],
  // IT support manages accounts and reads the audit log, never fund or household data.
  it_support: ["users.read", "users.write", "audit.read"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export const COMMITTEE_POSITIONS = ["chair", "secretary", "finance", "member"] as const;
export type CommitteePosition = (typeof COMMITTEE_POSITIONS)[number];
