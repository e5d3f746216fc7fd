// Row → view mappers of the poverty-case API.
import type {
  AgencyView,
  CaseView,
  MentorView,
  MenuItemView,
  PairingView,
  SchemeView,
} from "./case-contracts";
import type { Stage } from "./case-stages";
import type {
  AgencyRow,
  CaseListRow,
  MentorRow,
  MenuItemRow,
  PairingRow,
  SchemeRow,
} from "./cases.repository";

export const toAgency = (a: AgencyRow): AgencyView => ({
  id: a.id,
  areaCode: a.areaCode,
  code: a.code,
  nameTh: a.nameTh,
  nameEn: a.nameEn,
  kind: a.kind,
});

export const toMenuItem = (m: MenuItemRow): MenuItemView => ({
  id: m.id,
  areaCode: m.areaCode,
  code: m.code,
  nameTh: m.nameTh,
  nameEn: m.nameEn,
  dimension: m.dimension,
  agencyId: m.agencyId,
  unitValueSatang: m.unitValueSatang,
  unit: m.unit,
  stages: m.stages,
  eligibilityNotes: m.eligibilityNotes,
  isActive: m.isActive,
});

export const toCase = (c: CaseListRow): CaseView => ({
  id: c.id,
  householdId: c.householdId,
  headName: c.headName,
  houseNo: c.houseNo,
  areaCode: c.areaCode,
  programmeYear: c.programmeYear,
  stage: c.stage as Stage,
  status: c.status as "open" | "closed",
  openedOn: c.openedOn,
  source: c.source,
  dataYear: c.dataYear,
  failingDimensions: c.failingDimensions,
  closedOn: c.closedOn,
  closingReason: c.closingReason,
  closingNote: c.closingNote,
  mergedIntoCaseId: c.mergedIntoCaseId,
});

export const toScheme = (s: SchemeRow): SchemeView => ({
  id: s.id,
  code: s.code,
  nameTh: s.nameTh,
  nameEn: s.nameEn,
  areaCode: s.areaCode,
  maxHouseholdsPerMentor: s.maxHouseholdsPerMentor,
  visitIntervalDays: s.visitIntervalDays,
});

export const toMentor = (m: MentorRow): MentorView => ({
  id: m.id,
  userId: m.userId,
  name: m.name,
  kind: m.kind,
  phone: m.phone,
  areaCode: m.areaCode,
  isActive: m.isActive,
});

export const toPairing = (p: PairingRow): PairingView => ({
  id: p.id,
  schemeId: p.schemeId,
  mentorId: p.mentorId,
  householdId: p.householdId,
  areaCode: p.areaCode,
  startOn: p.startOn,
  endOn: p.endOn,
});
