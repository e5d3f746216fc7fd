// Evidence files of a delivered item (photos, scanned receipts as PDF): upload, download and delete on a readable case; an agency account only on its own agency's items.
import {
  type AttachmentFile,
  deleteAttachment,
  listAttachments,
  readAttachment,
  storeAttachment,
} from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { forbidden } from "../../shared/errors";
import type { Permission } from "../../shared/roles";
import { recordAudit } from "../audit/index";
import { isMentorAccount, isUuid, loadCase } from "./case-access";
import type { CaseFileView } from "./case-contracts";
import { DELIVERY, DELIVERY_FILE_LIMITS, DELIVERY_FILE_OWNER, EVIDENCE_FILE, toCaseFile } from "./case-files";
import { type DeliveryRow, findDelivery, selectPlanItems } from "./cases.repository";

/**
 * The delivery of a case the actor may read; an agency account reaches only deliveries of its agency's plan
 * items (as the case page shows them). A delivery of another case is "not found".
 */
async function loadDelivery(
  deps: Deps,
  caseId: string,
  deliveryId: string,
  permission: Permission,
): Promise<DeliveryRow> {
  if (permission === "poverty.deliver" && isMentorAccount(deps)) {
    throw forbidden("access.permission_poverty_deliver");
  }
  const { row, agency } = await loadCase(deps, caseId, { permission });
  const delivery = isUuid(deliveryId) ? await findDelivery(deps.db, deliveryId) : undefined;
  if (!delivery || delivery.caseId !== row.id) throw outOfScope(DELIVERY);
  if (agency) {
    const own = await selectPlanItems(deps.db, row.id, agency.id);
    if (!own.some((p) => p.id === delivery.planItemId)) throw outOfScope(DELIVERY);
  }
  return delivery;
}

const auditDetails = (d: DeliveryRow) => ({ caseId: d.caseId, deliveryId: d.id, planItemId: d.planItemId });

export async function addDeliveryFile(
  deps: Deps,
  caseId: string,
  deliveryId: string,
  file: { fileName: string; bytes: Uint8Array },
): Promise<CaseFileView> {
  const delivery = await loadDelivery(deps, caseId, deliveryId, "poverty.deliver");
  const meta = await storeAttachment(
    deps,
    {
      ownerType: DELIVERY_FILE_OWNER,
      ownerId: delivery.id,
      areaCode: delivery.areaCode,
      fileName: file.fileName,
      bytes: file.bytes,
      limits: DELIVERY_FILE_LIMITS,
    },
    (t, event) => recordAudit(t, { ...event, details: auditDetails(delivery) }),
  );
  return toCaseFile(meta);
}

export async function readDeliveryFile(
  deps: Deps,
  caseId: string,
  deliveryId: string,
  fileId: string,
): Promise<AttachmentFile> {
  const delivery = await loadDelivery(deps, caseId, deliveryId, "poverty.read");
  const file = await readAttachment(deps, fileId);
  if (file.meta.ownerType !== DELIVERY_FILE_OWNER || file.meta.ownerId !== delivery.id) {
    throw outOfScope(EVIDENCE_FILE);
  }
  return file;
}

export async function deleteDeliveryFile(
  deps: Deps,
  caseId: string,
  deliveryId: string,
  fileId: string,
): Promise<CaseFileView> {
  const delivery = await loadDelivery(deps, caseId, deliveryId, "poverty.deliver");
  const files = await listAttachments(deps, { ownerType: DELIVERY_FILE_OWNER, ownerId: delivery.id });
  if (!files.some((f) => f.id === fileId)) throw outOfScope(EVIDENCE_FILE);
  const meta = await deleteAttachment(deps, fileId, (t, event) =>
    recordAudit(t, { ...event, details: auditDetails(delivery) }),
  );
  return toCaseFile(meta);
}
