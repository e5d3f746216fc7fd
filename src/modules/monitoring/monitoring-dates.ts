// Date checks of monitoring records: real calendar dates, and whole days between two business dates.
import { isIsoDate } from "../../shared/thai-date";
import { monitoringErrors } from "./monitoring-errors";

export function requireDate(field: string, value: string): string {
  if (!isIsoDate(value)) throw monitoringErrors.dateInvalid(field, value);
  return value;
}

export function daysBetweenIso(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
