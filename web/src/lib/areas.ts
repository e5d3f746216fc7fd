// Area level names (with Bangkok's เขต/แขวง) and the written address of an area.
import { type AreaLevel, isWithin } from "../../../src/shared/area-code";
import type { Area } from "../../../src/shared/contracts/areas";
import { areaName } from "./format";
import { useLanguage } from "./i18n";

const BANGKOK_CODE = "10";

type LevelArea = Pick<Area, "level" | "code">;
export type PathArea = Pick<Area, "level" | "code" | "nameTh" | "nameEn" | "villageNo">;

export function childLevel(level: AreaLevel): AreaLevel | null {
  switch (level) {
    case "province":
      return "district";
    case "district":
      return "subdistrict";
    case "subdistrict":
      return "village";
    default:
      return null;
  }
}

export function isBangkok(code: string): boolean {
  return code.startsWith(BANGKOK_CODE);
}

export function useAreaLabels() {
  const { t, lang } = useLanguage();

  const levelLabel = (area: LevelArea): string => {
    if (isBangkok(area.code) && area.level === "district") return t("levelBangkok.district");
    if (isBangkok(area.code) && area.level === "subdistrict") return t("levelBangkok.subdistrict");
    return t(`level.${area.level}`);
  };

  const labelled = (area: PathArea): string => {
    const name = areaName(area, lang);
    if (area.level === "village") return t("area.villageName", { no: area.villageNo ?? "", name });
    if (area.level === "province" && area.code === BANGKOK_CODE) return name;
    return t("area.addressPart", { level: levelLabel(area), name });
  };

  return {
    levelLabel,
    /** The area's name with its level as written in Thai: "จังหวัดขอนแก่น", "หมู่ที่ 3 บ้านหนองบัว". */
    fullName: labelled,
    /** The noun for an area's children: "อำเภอ" under a province, "แขวง" under a Bangkok เขต. */
    childLevelLabel: (area: LevelArea): string | null => {
      const child = childLevel(area.level);
      return child ? levelLabel({ level: child, code: `${area.code}00` }) : null;
    },
    /** Thai address order, nearest first: "ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น". */
    address: (areas: PathArea[]): string =>
      [...areas]
        .sort((a, b) => b.code.length - a.code.length)
        .map(labelled)
        .join(lang === "en" ? ", " : " "),
  };
}

/** True when the signed-in user's scope contains the area (so a link to it will not be refused). */
export function isInUserScope(code: string, scopeCode: string): boolean {
  return isWithin(code, scopeCode);
}
