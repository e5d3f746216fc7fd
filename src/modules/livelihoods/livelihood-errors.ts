// The livelihoods module's error texts and record names, in one place.
import { type AppError, conflict, invalidInput, ruleViolation } from "../../shared/errors";
import { type AdvanceRefusal, type PlanState, STEP_NAMES } from "./livelihood-rules";

export const ORGANISATION = { th: "องค์กรสนับสนุน", en: "Supporting organisation" };
export const PLAN = { th: "แผนปฏิบัติการสัมมาชีพชุมชน", en: "Livelihood action plan" };
export const TEAM = { th: "ทีมวิทยากรสัมมาชีพชุมชน", en: "Village lecturer team" };
export const TRAINING = { th: "การฝึกอบรม", en: "Training" };
export const HOUSEHOLD = { th: "ครัวเรือน", en: "Household" };
export const AREA = { th: "พื้นที่", en: "Area" };

export const livelihoodErrors = {
  dateInvalid: (field: string, value: unknown): AppError =>
    invalidInput(
      "livelihood.date_invalid",
      {
        th: `วันที่ไม่ถูกต้อง (${field}): ${String(value)} ต้องเป็น ค.ศ. ปปปป-ดด-วว เช่น 2024-06-15`,
        en: `Invalid date (${field}): ${String(value)}; expected YYYY-MM-DD, e.g. 2024-06-15`,
      },
      { field, value },
    ),
  dateInFuture: (field: string, value: string, today: string): AppError =>
    invalidInput(
      "livelihood.date_in_future",
      {
        th: `${field} ${value} อยู่หลังวันนี้ (${today}) บันทึกล่วงหน้าไม่ได้`,
        en: `${field} ${value} is after today (${today}); record it once it has happened`,
      },
      { field, value, today },
    ),
  planArea: (areaCode: string): AppError =>
    invalidInput(
      "livelihood.plan_area",
      {
        th: `แผนต้องเป็นของตำบล (รหัส 6 หลัก) หรือหมู่บ้าน (รหัส 8 หลัก): ${areaCode}`,
        en: `A plan belongs to a sub-district (6 digits) or a village (8 digits): ${areaCode}`,
      },
      { areaCode },
    ),
  fiscalYear: (year: number, current: number): AppError =>
    invalidInput(
      "livelihood.fiscal_year",
      {
        th: `ปีงบประมาณ ${year} ไม่อยู่ในช่วง พ.ศ. 2560 ถึง ${current + 1}`,
        en: `Fiscal year ${year} is outside B.E. 2560 to ${current + 1}`,
      },
      { year },
    ),
  planExists: (areaCode: string, year: number): AppError =>
    conflict(
      "livelihood.plan_exists",
      {
        th: `พื้นที่ ${areaCode} มีแผนของปีงบประมาณ ${year} อยู่แล้ว`,
        en: `Area ${areaCode} already has a plan for fiscal year ${year}`,
      },
      { areaCode, year },
    ),
  advance: (reason: AdvanceRefusal, current: PlanState, target: string): AppError => {
    const names = STEP_NAMES[current];
    if (reason === "completed") {
      return ruleViolation("livelihood.plan_completed", {
        th: "แผนนี้สรุปผลครบทั้ง 5 ขั้นตอนแล้ว",
        en: "This plan has completed all five steps",
      });
    }
    if (reason === "skip") {
      return ruleViolation(
        "livelihood.step_skipped",
        {
          th: `ข้ามขั้นตอนไม่ได้: ขณะนี้อยู่ขั้น "${names.th}" ไปได้เฉพาะขั้นถัดไป`,
          en: `Steps cannot be skipped: the plan is at "${names.en}" and may only move to the next step`,
        },
        { current, target },
      );
    }
    return ruleViolation(
      "livelihood.evidence_required",
      {
        th: `ต้องบันทึกหลักฐานการดำเนินงานของขั้น "${names.th}" อย่างน้อย 1 รายการก่อนไปขั้นถัดไป`,
        en: `Record at least one piece of evidence for "${names.en}" before moving on`,
      },
      { current },
    );
  },
  evidenceStep: (step: string, current: PlanState): AppError =>
    ruleViolation(
      "livelihood.evidence_step",
      {
        th: `บันทึกหลักฐานได้เฉพาะขั้นปัจจุบัน (${STEP_NAMES[current].th}) หรือขั้นที่ผ่านมาแล้ว`,
        en: `Evidence is recorded for the current step (${STEP_NAMES[current].en}) or a step already passed`,
      },
      { step, current },
    ),
  evidenceBeforeStep: (evidenceOn: string, startedOn: string): AppError =>
    invalidInput(
      "livelihood.evidence_before_step",
      {
        th: `วันที่ของหลักฐาน ${evidenceOn} อยู่ก่อนวันเริ่มขั้นตอนนี้ (${startedOn})`,
        en: `The evidence date ${evidenceOn} is before the step started (${startedOn})`,
      },
      { evidenceOn, startedOn },
    ),
  advanceBeforeStart: (on: string, startedOn: string): AppError =>
    invalidInput(
      "livelihood.advance_before_start",
      {
        th: `วันที่เปลี่ยนขั้น ${on} อยู่ก่อนวันเริ่มขั้นปัจจุบัน (${startedOn})`,
        en: `The date ${on} is before the current step started (${startedOn})`,
      },
      { on, startedOn },
    ),
  householdOutsidePlan: (householdId: string): AppError =>
    invalidInput(
      "livelihood.household_outside_area",
      {
        th: "ครัวเรือนนี้ไม่อยู่ในพื้นที่ของแผนหรือการอบรม",
        en: "This household is not in the plan's or training's area",
      },
      { householdId },
    ),
  householdTwice: (householdId: string): AppError =>
    conflict(
      "livelihood.household_twice",
      { th: "ครัวเรือนนี้อยู่ในแผนแล้ว", en: "This household is already in the plan" },
      { householdId },
    ),
  lecturerOutside: (lecturerId: string): AppError =>
    invalidInput(
      "livelihood.lecturer_outside_area",
      {
        th: "วิทยากรต้องอยู่ในทีมวิทยากรของพื้นที่การอบรม",
        en: "Lecturers must belong to a lecturer team in the training's area",
      },
      { lecturerId },
    ),
  teamVillage: (areaCode: string): AppError =>
    invalidInput(
      "livelihood.team_village",
      {
        th: `ทีมวิทยากรสัมมาชีพเป็นของหมู่บ้าน (รหัส 8 หลัก): ${areaCode}`,
        en: `A lecturer team belongs to a village (8 digits): ${areaCode}`,
      },
      { areaCode },
    ),
  planOutsideTraining: (): AppError =>
    invalidInput("livelihood.plan_outside_training", {
      th: "การอบรมต้องอยู่ในพื้นที่ของแผนที่อ้างถึง",
      en: "The training must lie in the area of the plan it belongs to",
    }),
};
