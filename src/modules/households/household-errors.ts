// The household module's error texts, in one place.
import { type AppError, conflict, invalidInput } from "../../shared/errors";

export const HOUSEHOLD = { th: "ครัวเรือน", en: "Household" };

export const householdErrors = {
  villageUnknown: (code: string): AppError =>
    invalidInput(
      "household.village_unknown",
      { th: `ไม่พบหมู่บ้านรหัส ${code}`, en: `Unknown village code ${code}` },
      { villageCode: code },
    ),
  duplicateAddress: (villageCode: string, houseNo: string): AppError =>
    conflict(
      "household.duplicate",
      {
        th: `มีครัวเรือนบ้านเลขที่ ${houseNo} ในหมู่บ้าน ${villageCode} อยู่แล้ว`,
        en: `A household at house no. ${houseNo} already exists in village ${villageCode}`,
      },
      { villageCode, houseNo },
    ),
  citizenIdTaken: (masked: string): AppError =>
    conflict(
      "household.citizen_id_exists",
      {
        th: `เลขประจำตัวประชาชน ${masked} เป็นสมาชิกครัวเรือนอื่นอยู่แล้ว`,
        en: `Citizen ID ${masked} already belongs to another household`,
      },
      { citizenId: masked },
    ),
  citizenIdRepeated: (masked: string): AppError =>
    invalidInput(
      "household.citizen_id_repeated",
      { th: `เลขประจำตัวประชาชน ${masked} ซ้ำกันในครัวเรือน`, en: `Citizen ID ${masked} is given twice` },
      { citizenId: masked },
    ),
  headCount: (heads: number): AppError =>
    invalidInput(
      "household.head_count",
      {
        th: `ครัวเรือนต้องมีหัวหน้าครัวเรือน 1 คน (พบ ${heads} คน)`,
        en: `A household needs exactly one head (found ${heads})`,
      },
      { heads },
    ),
};
