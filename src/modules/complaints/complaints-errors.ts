// The complaint module's error texts, in one place.
import { AppError, conflict, invalidInput, ruleViolation } from "../../shared/errors";
import type { ComplaintStatus } from "./complaint-rules";

export const COMPLAINT = { th: "ข้อร้องเรียน", en: "Complaint" };

export const STATUS_NAMES: Record<ComplaintStatus, { th: string; en: string }> = {
  received: { th: "รับเรื่องแล้ว", en: "received" },
  in_progress: { th: "กำลังดำเนินการ", en: "in progress" },
  replied: { th: "ตอบกลับแล้ว", en: "replied" },
  closed: { th: "ปิดเรื่องแล้ว", en: "closed" },
  rejected: { th: "ไม่รับพิจารณา", en: "rejected" },
};

export const complaintErrors = {
  /** The one answer of the public tracking endpoint for any reference it will not show: no oracle. */
  trackNotFound: (): AppError =>
    new AppError("not_found", "complaints.track_not_found", {
      th: "ไม่พบข้อร้องเรียนตามเลขที่อ้างอิงและข้อมูลยืนยันที่ระบุ กรุณาตรวจสอบอีกครั้ง",
      en: "No complaint matches this reference number and verification; please check them",
    }),
  complainantRequired: (): AppError =>
    invalidInput(
      "complaints.complainant_required",
      {
        th: "complainant: กรุณาระบุชื่อและหมายเลขโทรศัพท์ของผู้ร้อง หรือเลือก “ไม่ประสงค์ออกนาม”",
        en: "complainant: give the complainant's name and phone, or choose anonymous",
      },
      { field: "complainant" },
    ),
  complainantWithAnonymous: (): AppError =>
    invalidInput(
      "complaints.anonymous_with_identity",
      {
        th: "complainant: ข้อร้องเรียนแบบไม่ประสงค์ออกนามต้องไม่มีข้อมูลผู้ร้อง",
        en: "complainant: an anonymous complaint must carry no complainant details",
      },
      { field: "complainant" },
    ),
  phoneInvalid: (): AppError =>
    invalidInput(
      "complaints.phone_invalid",
      {
        th: "complainant.phone: หมายเลขโทรศัพท์ต้องมีตัวเลข 9–10 หลัก",
        en: "complainant.phone: the phone number must have 9–10 digits",
      },
      { field: "complainant.phone" },
    ),
  categoryUnknown: (code: string): AppError =>
    invalidInput(
      "complaints.category_unknown",
      { th: `category: ไม่มีประเภทข้อร้องเรียน “${code}” ที่ใช้งานอยู่`, en: `category: no active category "${code}"` },
      { field: "category", category: code },
    ),
  areaRequired: (): AppError =>
    invalidInput(
      "complaints.area_required",
      {
        th: "areaCode: กรุณาระบุพื้นที่ที่เกี่ยวข้อง หรือกองทุนที่ร้องเรียน",
        en: "areaCode: give the area concerned or the fund concerned",
      },
      { field: "areaCode" },
    ),
  areaUnknown: (code: string): AppError =>
    invalidInput(
      "complaints.area_unknown",
      { th: `areaCode: ไม่พบพื้นที่รหัส ${code}`, en: `areaCode: unknown area code ${code}` },
      { field: "areaCode", areaCode: code },
    ),
  areaNotOfFund: (): AppError =>
    invalidInput(
      "complaints.area_not_of_fund",
      {
        th: "areaCode: พื้นที่ต้องเป็นพื้นที่ของกองทุนที่ร้องเรียนหรือพื้นที่ที่ครอบคลุมกองทุนนั้น",
        en: "areaCode: the area must be the fund's village or an area containing it",
      },
      { field: "areaCode" },
    ),
  fundUnknown: (): AppError =>
    invalidInput(
      "complaints.fund_unknown",
      { th: "fundId: ไม่พบกองทุนนี้ในพื้นที่ของคุณ", en: "fundId: no such fund in your area" },
      { field: "fundId" },
    ),
  officeInvalid: (office: string): AppError =>
    invalidInput(
      "complaints.office_invalid",
      {
        th: `officeCode: หน่วยงานรับผิดชอบต้องเป็นจังหวัดหรืออำเภอที่ครอบคลุมพื้นที่ที่ร้องเรียน (ได้รับ ${office})`,
        en: `officeCode: the responsible office must be the province or district containing the area (got ${office})`,
      },
      { field: "officeCode", officeCode: office },
    ),
  officeUnchanged: (): AppError =>
    ruleViolation("complaints.office_unchanged", {
      th: "ข้อร้องเรียนอยู่ที่หน่วยงานนี้อยู่แล้ว",
      en: "The complaint is already routed to this office",
    }),
  receivedInFuture: (): AppError =>
    invalidInput(
      "complaints.received_in_future",
      { th: "receivedOn: วันที่รับเรื่องต้องไม่เป็นวันในอนาคต", en: "receivedOn: must not be in the future" },
      { field: "receivedOn" },
    ),
  receivedOnNotAllowed: (): AppError =>
    invalidInput(
      "complaints.received_on_not_allowed",
      {
        th: "receivedOn: ครัวเรือนยื่นเรื่องได้เฉพาะวันนี้ ระบุวันที่รับเรื่องไม่ได้",
        en: "receivedOn: a household files today; only staff record an earlier receipt date",
      },
      { field: "receivedOn" },
    ),
  moveNotAllowed: (
    from: ComplaintStatus,
    to: ComplaintStatus,
    allowed: readonly ComplaintStatus[],
  ): AppError =>
    ruleViolation(
      "complaints.status_move_not_allowed",
      {
        th: `เปลี่ยนสถานะจาก “${STATUS_NAMES[from].th}” เป็น “${STATUS_NAMES[to].th}” ไม่ได้ (ทำได้: ${allowed.map((s) => STATUS_NAMES[s].th).join(", ") || "ไม่มี — เรื่องสิ้นสุดแล้ว"})`,
        en: `Cannot move from ${STATUS_NAMES[from].en} to ${STATUS_NAMES[to].en} (allowed: ${allowed.map((s) => STATUS_NAMES[s].en).join(", ") || "none — the case is finished"})`,
      },
      { from, to, allowed },
    ),
  outcomeRequired: (): AppError =>
    invalidInput(
      "complaints.outcome_required",
      {
        th: "outcome: กรุณาระบุผลการพิจารณาที่ตรงกับสถานะ (ปิดเรื่อง หรือ ไม่รับพิจารณา)",
        en: "outcome: give an outcome that fits the status (closed or rejected)",
      },
      { field: "outcome" },
    ),
  finished: (): AppError =>
    ruleViolation("complaints.finished", {
      th: "ข้อร้องเรียนนี้สิ้นสุดแล้ว แก้ไขหรือตอบเพิ่มไม่ได้",
      en: "This complaint is finished; it cannot be changed or replied to",
    }),
  referenceCollision: (): AppError =>
    conflict("complaints.reference_collision", {
      th: "สร้างเลขที่อ้างอิงไม่สำเร็จ กรุณาลองใหม่",
      en: "Could not allocate a reference number; please retry",
    }),
};
