// The monitoring module's error texts and record names, in one place.
import { type AppError, conflict, invalidInput, ruleViolation } from "../../shared/errors";

export const VISIT = { th: "บันทึกการลงพื้นที่ติดตาม", en: "Monitoring visit" };
export const FOLLOW_UP = { th: "งานที่ต้องติดตาม", en: "Follow-up action" };
export const SUBJECT = { th: "สิ่งที่ลงพื้นที่ติดตาม", en: "Visit subject" };
export const AREA = { th: "พื้นที่", en: "Area" };

export const monitoringErrors = {
  dateInvalid: (field: string, value: unknown): AppError =>
    invalidInput(
      "monitoring.date_invalid",
      {
        th: `วันที่ไม่ถูกต้อง (${field}): ${String(value)} ต้องเป็น ค.ศ. ปปปป-ดด-วว เช่น 2024-06-15`,
        en: `Invalid date (${field}): ${String(value)}; expected YYYY-MM-DD, e.g. 2024-06-15`,
      },
      { field, value },
    ),
  visitInFuture: (visitedOn: string, today: string): AppError =>
    invalidInput(
      "monitoring.visit_in_future",
      {
        th: `วันที่ลงพื้นที่ ${visitedOn} อยู่หลังวันนี้ (${today}) บันทึกล่วงหน้าไม่ได้`,
        en: `The visit date ${visitedOn} is after today (${today}); a visit is recorded after it happens`,
      },
      { visitedOn, today },
    ),
  dueBeforeVisit: (dueOn: string, visitedOn: string): AppError =>
    invalidInput(
      "monitoring.due_before_visit",
      {
        th: `กำหนดเสร็จ ${dueOn} อยู่ก่อนวันที่ลงพื้นที่ ${visitedOn}`,
        en: `The due date ${dueOn} is before the visit date ${visitedOn}`,
      },
      { dueOn, visitedOn },
    ),
  subjectRequired: (subjectType: string): AppError =>
    invalidInput(
      "monitoring.subject_required",
      {
        th:
          subjectType === "village"
            ? "กรุณาระบุรหัสหมู่บ้าน 8 หลัก (villageCode)"
            : "กรุณาระบุรหัสอ้างอิงของกองทุน ศจก. หรือครัวเรือนที่ลงพื้นที่ (subjectId)",
        en:
          subjectType === "village"
            ? "Give the 8-digit village code (villageCode)"
            : "Give the id of the fund, debt centre or household visited (subjectId)",
      },
      { subjectType },
    ),
  teamEmpty: (): AppError =>
    invalidInput("monitoring.team_empty", {
      th: "ต้องมีผู้ลงพื้นที่อย่างน้อย 1 คน",
      en: "The visiting team needs at least one person",
    }),
  teamMemberNameless: (index: number): AppError =>
    invalidInput(
      "monitoring.team_member_nameless",
      {
        th: `ผู้ลงพื้นที่ลำดับที่ ${index + 1}: ระบุผู้ใช้ในระบบ (userId) หรือชื่อ-สกุล`,
        en: `Team member ${index + 1}: give a Kaejon user (userId) or a name`,
      },
      { index },
    ),
  teamMemberUnknown: (userId: string): AppError =>
    invalidInput(
      "monitoring.team_member_unknown",
      { th: `ไม่พบผู้ใช้ที่ระบุเป็นผู้ลงพื้นที่: ${userId}`, en: `No such user in the team: ${userId}` },
      { userId },
    ),
  teamMemberTwice: (userId: string): AppError =>
    invalidInput(
      "monitoring.team_member_twice",
      { th: "ระบุผู้ลงพื้นที่คนเดียวกันซ้ำ", en: "The same user is listed twice in the team" },
      { userId },
    ),
  ownerInvalid: (ownerId: string): AppError =>
    invalidInput(
      "monitoring.owner_invalid",
      {
        th: "ผู้รับผิดชอบต้องเป็นเจ้าหน้าที่ที่ใช้งานอยู่และดูแลพื้นที่ที่ลงพื้นที่",
        en: "The owner must be an active officer whose area covers the visit",
      },
      { ownerId },
    ),
  followUpDone: (): AppError =>
    conflict("monitoring.follow_up_done", {
      th: "งานนี้บันทึกว่าเสร็จแล้ว แก้ไขหรือบันทึกซ้ำไม่ได้",
      en: "This follow-up is already done; it cannot be changed or completed again",
    }),
  followUpNotDone: (): AppError =>
    conflict("monitoring.follow_up_not_done", {
      th: "งานนี้ยังไม่ได้บันทึกว่าเสร็จ",
      en: "This follow-up is not done",
    }),
  doneBeforeVisit: (doneOn: string, visitedOn: string): AppError =>
    invalidInput(
      "monitoring.done_before_visit",
      {
        th: `วันที่เสร็จ ${doneOn} อยู่ก่อนวันที่ลงพื้นที่ ${visitedOn}`,
        en: `The completion date ${doneOn} is before the visit date ${visitedOn}`,
      },
      { doneOn, visitedOn },
    ),
  doneInFuture: (doneOn: string, today: string): AppError =>
    invalidInput(
      "monitoring.done_in_future",
      {
        th: `วันที่เสร็จ ${doneOn} อยู่หลังวันนี้ (${today})`,
        en: `The completion date ${doneOn} is after today (${today})`,
      },
      { doneOn, today },
    ),
  notOwner: (): AppError =>
    ruleViolation("monitoring.not_owner", {
      th: "บันทึกผลได้เฉพาะผู้รับผิดชอบงานนี้ หรือเจ้าหน้าที่ระดับอำเภอขึ้นไปที่ดูแลพื้นที่",
      en: "Only the follow-up's owner, or a district-level officer or above over the area, may record it",
    }),
  tooManyFollowUps: (max: number): AppError =>
    invalidInput(
      "monitoring.too_many_follow_ups",
      { th: `บันทึกการลงพื้นที่หนึ่งครั้งมีงานติดตามได้ไม่เกิน ${max} รายการ`, en: `At most ${max} follow-ups per visit` },
      { max },
    ),
};
