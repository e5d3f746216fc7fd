// The health module's error texts, in one place.
import { AppError, conflict, invalidInput } from "../../shared/errors";

export const FUND_HEALTH = { th: "ผลการตรวจสุขภาพกองทุน", en: "Fund health" };

export const healthErrors = {
  dateInvalid: (value: unknown): AppError =>
    invalidInput(
      "job.date_invalid",
      {
        th: `วันที่ทำการไม่ถูกต้อง: ${String(value)} (ต้องเป็น ค.ศ. ปปปป-ดด-วว เช่น 2024-06-15)`,
        en: `Invalid business date: ${String(value)} (expected YYYY-MM-DD, e.g. 2024-06-15)`,
      },
      { businessDate: value },
    ),
  dateInFuture: (value: string, today: string): AppError =>
    invalidInput(
      "job.date_in_future",
      {
        th: `วันที่ทำการ ${value} อยู่หลังวันนี้ (${today}) ประมวลผลล่วงหน้าไม่ได้`,
        en: `Business date ${value} is after today (${today}); the job cannot run ahead`,
      },
      { businessDate: value, today },
    ),
  thresholdInvalid: (key: string): AppError =>
    invalidInput(
      "job.threshold_invalid",
      {
        th: `ค่าเกณฑ์ ${key} ต้องเป็นจำนวนเต็มไม่ติดลบ`,
        en: `Threshold ${key} must be a non-negative integer`,
      },
      { threshold: key },
    ),
  alreadyRunning: (runId: string, startedAt: Date): AppError =>
    conflict(
      "job.already_running",
      {
        th: "งานประจำวันกำลังทำงานอยู่ กรุณารอให้เสร็จก่อน",
        en: "The daily job is already running; wait for it to finish",
      },
      { runId, startedAt: startedAt.toISOString() },
    ),
  notComputed: (): AppError =>
    new AppError("not_found", "health.not_computed", {
      th: "ยังไม่มีผลการตรวจสุขภาพกองทุนนี้ (งานประจำวันยังไม่ได้ประมวลผล)",
      en: "No health figures for this fund yet (the daily job has not run)",
    }),
};
