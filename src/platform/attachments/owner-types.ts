// The kinds of records that may own attachments, with the permission needed to add or delete their files (and to read them, where reading is restricted).
import type { Permission } from "../../shared/roles";

export interface OwnerRule {
  /** Needed, with an area scope covering the owner's area, to upload and to delete. */
  write: Permission;
  /**
   * Needed, with a scope covering the area, to download a file that is not shared; null: the area scope is
   * enough. A shared file (its owner is public to staff) is for every signed-in user.
   */
  read: Permission | null;
  names: { th: string; en: string };
  /**
   * True when the owner's module narrows access beyond area and permission (a mentor's pairings, an agency's
   * items, a complaint's handlers): its files are then served only by the module's own routes, and the generic
   * `/api/attachments/:id` routes answer "not found".
   */
  ownerRoutesOnly?: boolean;
}

/** A closed list: a module that wants attachments adds its owner type here with its permissions. */
export const ATTACHMENT_OWNERS = {
  knowledge_record: {
    write: "knowledge.write",
    read: "knowledge.write",
    names: { th: "องค์ความรู้", en: "Knowledge record" },
  },
  learning_centre: {
    write: "knowledge.write",
    read: "knowledge.write",
    names: { th: "ศูนย์เรียนรู้", en: "Learning centre" },
  },
  model_village: {
    write: "knowledge.write",
    read: "knowledge.write",
    names: { th: "หมู่บ้านต้นแบบ", en: "Model village" },
  },
  monitoring_visit: {
    write: "monitoring.write",
    read: "monitoring.read",
    names: { th: "บันทึกการลงพื้นที่ติดตาม", en: "Monitoring visit" },
  },
  livelihood_evidence: {
    write: "livelihoods.write",
    read: "livelihoods.read",
    names: { th: "หลักฐานการดำเนินงาน", en: "Evidence" },
  },
  poverty_visit: {
    write: "poverty.visit",
    read: "poverty.read",
    names: { th: "บันทึกการเยี่ยมครัวเรือน", en: "Mentor visit" },
    ownerRoutesOnly: true,
  },
  poverty_delivery: {
    write: "poverty.deliver",
    read: "poverty.read",
    names: { th: "หลักฐานการส่งมอบความช่วยเหลือ", en: "Delivery evidence" },
    ownerRoutesOnly: true,
  },
  complaint: {
    write: "complaints.handle",
    read: "complaints.handle",
    names: { th: "เอกสารเรื่องร้องเรียน", en: "Complaint document" },
    ownerRoutesOnly: true,
  },
  damage_document: {
    write: "damage.write",
    read: "damage.read",
    names: { th: "เอกสารคดีความเสียหาย", en: "Damage case document" },
  },
} as const satisfies Record<string, OwnerRule>;

export type AttachmentOwnerType = keyof typeof ATTACHMENT_OWNERS;
export const ATTACHMENT_OWNER_TYPES = Object.keys(ATTACHMENT_OWNERS) as AttachmentOwnerType[];

export function ownerRule(type: string): OwnerRule | null {
  return Object.hasOwn(ATTACHMENT_OWNERS, type) ? ATTACHMENT_OWNERS[type as AttachmentOwnerType] : null;
}

/** Whether the generic attachment routes may serve or delete a file of this owner type. */
export function servedByGenericRoutes(type: string): boolean {
  return ownerRule(type)?.ownerRoutesOnly !== true;
}
