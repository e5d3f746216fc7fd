// Prints the certificate of honour (ใบประกาศเกียรติคุณ) of a household made debt-free under a plan, with the same access checks as the plan.
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { findAreas } from "../geography/index";
import { isUuid, loadCentre } from "./centre-access";
import { findPlan } from "./debt-centre.repository";
import { PLAN, welfareErrors } from "./debt-centre-errors";
import type { RestructuringPlan } from "./debt-planner";
import { findChairOn, findDebtFreeOfPlan, findHouseholdHead } from "./debt-welfare.repository";
import { CERTIFICATE_TITLE, renderCertificatePdf } from "./documents/certificate-pdf";

export interface CertificateDocument {
  bytes: Buffer;
  /** "ใบประกาศเกียรติคุณ-นายสมชาย ใจดี.pdf" */
  fileName: string;
  asciiFileName: string;
}

/** Only a plan that reached debt-free has a certificate; a relapse does not take the honour back. */
const HONOURED = new Set(["debt_free", "relapse_watch", "relapse"]);

export async function printCertificate(
  deps: Deps,
  centreId: string,
  planId: string,
  options: { thaiDigits?: boolean | undefined } = {},
): Promise<CertificateDocument> {
  const centre = await loadCentre(deps, centreId);
  const plan = isUuid(planId) ? await findPlan(deps.db, planId) : undefined;
  if (!plan || plan.centreId !== centre.id) throw outOfScope(PLAN);
  const event = await findDebtFreeOfPlan(deps.db, plan.id);
  if (!event || !HONOURED.has(plan.status)) throw welfareErrors.certificateNotDebtFree();
  const head = await findHouseholdHead(deps.db, plan.householdId);
  const v = centre.areaCode;
  const areas = new Map(
    (await findAreas(deps.db, [v, v.slice(0, 6), v.slice(0, 4), v.slice(0, 2)])).map((a) => [a.code, a]),
  );
  const stored = plan.plan as unknown as RestructuringPlan;
  const headName = head?.headName || "ครัวเรือน";
  const bytes = await renderCertificatePdf(
    {
      centreName: centre.name,
      headName,
      houseNo: head?.houseNo ?? "",
      villageNo: areas.get(v)?.villageNo ?? Number(v.slice(6)),
      villageName: areas.get(v)?.nameTh ?? "",
      subdistrict: areas.get(v.slice(0, 6))?.nameTh ?? "",
      district: areas.get(v.slice(0, 4))?.nameTh ?? "",
      province: areas.get(v.slice(0, 2))?.nameTh ?? "",
      debtFreeOn: event.debtFreeOn,
      debtClearedSatang: stored.debts.reduce((sum, d) => sum + d.outstandingSatang, 0),
      interestSavedSatang: stored.interestSavedSatang,
      chairName: (await findChairOn(deps.db, centre.id, event.debtFreeOn)) ?? null,
      issuedOn: event.debtFreeOn,
    },
    // Fixed per event, so that printing the same certificate twice gives the same bytes.
    { thaiDigits: options.thaiDigits, createdAt: new Date(`${event.debtFreeOn}T00:00:00Z`) },
  );
  return {
    bytes,
    fileName: `${CERTIFICATE_TITLE}-${headName}.pdf`,
    asciiFileName: `certificate-${plan.id.slice(-12)}.pdf`,
  };
}
