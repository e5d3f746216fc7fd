// The knowledge library's error texts, in one place.
import { type AppError, conflict, invalidInput } from "../../shared/errors";

export const RECORD = { th: "องค์ความรู้", en: "Knowledge record" };
export const CENTRE = { th: "ศูนย์เรียนรู้", en: "Learning centre" };
export const MODEL_VILLAGE = { th: "หมู่บ้านต้นแบบ", en: "Model village" };
export const AREA = { th: "พื้นที่", en: "Area" };

export const knowledgeErrors = {
  categoryUnknown: (code: string): AppError =>
    invalidInput(
      "knowledge.category_unknown",
      { th: `categoryCode: ไม่พบหมวดองค์ความรู้ ${code}`, en: `categoryCode: unknown category ${code}` },
      { field: "categoryCode" },
    ),
  categoryRetired: (code: string): AppError =>
    invalidInput(
      "knowledge.category_retired",
      {
        th: `categoryCode: หมวด ${code} เลิกใช้แล้ว เลือกหมวดอื่น`,
        en: `categoryCode: category ${code} is retired; choose another`,
      },
      { field: "categoryCode" },
    ),
  areaUnknown: (code: string): AppError =>
    invalidInput(
      "knowledge.area_unknown",
      { th: `areaCode: ไม่พบพื้นที่รหัส ${code}`, en: `areaCode: unknown area code ${code}` },
      { field: "areaCode" },
    ),
  villageRequired: (code: string): AppError =>
    invalidInput(
      "knowledge.village_required",
      { th: `areaCode: ${code} ไม่ใช่หมู่บ้าน`, en: `areaCode: ${code} is not a village` },
      { field: "areaCode" },
    ),
  centreUnknown: (): AppError =>
    invalidInput(
      "knowledge.learning_centre_unknown",
      { th: "learningCentreId: ไม่พบศูนย์เรียนรู้นี้", en: "learningCentreId: no such learning centre" },
      { field: "learningCentreId" },
    ),
  modelVillageUnknown: (): AppError =>
    invalidInput(
      "knowledge.model_village_unknown",
      { th: "modelVillageId: ไม่พบหมู่บ้านต้นแบบนี้", en: "modelVillageId: no such model village" },
      { field: "modelVillageId" },
    ),
  modelVillageExists: (areaCode: string, kind: string): AppError =>
    conflict(
      "knowledge.model_village_exists",
      {
        th: `หมู่บ้าน ${areaCode} เป็นหมู่บ้านต้นแบบประเภทนี้อยู่แล้ว`,
        en: `Village ${areaCode} is already a model village of kind ${kind}`,
      },
      { areaCode, kind },
    ),
  publishNeedsBody: (): AppError =>
    invalidInput(
      "knowledge.publish_incomplete",
      {
        th: "เผยแพร่ไม่ได้: ต้องกรอกความเป็นมา และขั้นตอน/เทคนิค ก่อน",
        en: "Cannot publish: fill in the background and the steps/techniques first",
      },
      { fields: ["background", "steps"] },
    ),
  cursorInvalid: (): AppError =>
    invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" }),
  beyondLastPage: (max: number): AppError =>
    invalidInput(
      "knowledge.search_too_deep",
      {
        th: `แสดงผลการค้นหาได้ไม่เกิน ${max.toLocaleString("th-TH")} รายการ กรุณาระบุคำค้นหรือตัวกรองให้แคบลง`,
        en: `Search shows at most ${max.toLocaleString("en-US")} results; narrow the query or the filters`,
      },
      { max },
    ),
};
