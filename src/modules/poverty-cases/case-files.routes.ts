// HTTP routes of poverty-case files: mentors' visit photos, a pairing's visits with their photos, and delivery evidence files (upload, download, delete).
import { z } from "zod";
import { receiveUpload, sendAttachment } from "../../http/attachments.routes";
import type { App } from "../../http/context";
import { errorBodySchema } from "../../shared/contracts/index";
import { caseFileSchema, visitSchema } from "./case-contracts";
import { addDeliveryFile, deleteDeliveryFile, readDeliveryFile } from "./case-delivery-files";
import { DELIVERY_FILE_LIMITS, VISIT_PHOTO_LIMITS } from "./case-files";
import { addVisitPhoto, deleteVisitPhoto, readVisitPhoto } from "./visit-photos";
import { listPairingVisits } from "./visit-reads";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const tags = ["poverty-cases"];
const idParams = z.object({ id: z.string().uuid() });
const photoParams = idParams.extend({ photoId: z.string().uuid() });
const deliveryParams = idParams.extend({ deliveryId: z.string().uuid() });
const deliveryFileParams = deliveryParams.extend({ fileId: z.string().uuid() });

export function registerPovertyCaseFileRoutes(app: App) {
  app.get(
    "/api/poverty/mentors/pairings/:id/visits",
    {
      schema: {
        tags,
        summary: "The visits of a pairing with their photos (a mentor: its own pairings only)",
        params: idParams,
        response: { 200: z.object({ items: z.array(visitSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listPairingVisits(request.deps, request.params.id) }),
  );

  app.post(
    "/api/poverty/mentors/visits/:id/photos",
    {
      schema: {
        tags,
        summary: "Add a photo (JPEG, PNG or WebP, checked from its bytes; 10 MB at most) to a visit",
        params: idParams,
        consumes: ["multipart/form-data"],
        response: { 201: caseFileSchema, ...errors, 413: errorBodySchema },
      },
    },
    async (request, reply) => {
      const file = await receiveUpload(request, VISIT_PHOTO_LIMITS);
      return reply.code(201).send(await addVisitPhoto(request.deps, request.params.id, file));
    },
  );

  app.get(
    "/api/poverty/mentors/visits/:id/photos/:photoId",
    {
      schema: {
        tags,
        summary: "A photo of a visit (a mentor: only of a household paired with it)",
        params: photoParams,
        response: errors,
      },
    },
    async (request, reply) =>
      sendAttachment(reply, await readVisitPhoto(request.deps, request.params.id, request.params.photoId)),
  );

  app.delete(
    "/api/poverty/mentors/visits/:id/photos/:photoId",
    {
      schema: {
        tags,
        summary: "Remove a photo from a visit (kept for the audit trail)",
        params: photoParams,
        response: { 200: caseFileSchema, ...errors },
      },
    },
    async (request) => deleteVisitPhoto(request.deps, request.params.id, request.params.photoId),
  );

  app.post(
    "/api/poverty/cases/:id/deliveries/:deliveryId/files",
    {
      schema: {
        tags,
        summary: "Attach evidence (JPEG, PNG, WebP or PDF, checked from its bytes) to a delivery",
        params: deliveryParams,
        consumes: ["multipart/form-data"],
        response: { 201: caseFileSchema, ...errors, 413: errorBodySchema },
      },
    },
    async (request, reply) => {
      const file = await receiveUpload(request, DELIVERY_FILE_LIMITS);
      const { id, deliveryId } = request.params;
      return reply.code(201).send(await addDeliveryFile(request.deps, id, deliveryId, file));
    },
  );

  app.get(
    "/api/poverty/cases/:id/deliveries/:deliveryId/files/:fileId",
    {
      schema: {
        tags,
        summary: "An evidence file of a delivery (an agency account: its own items only)",
        params: deliveryFileParams,
        response: errors,
      },
    },
    async (request, reply) => {
      const { id, deliveryId, fileId } = request.params;
      return sendAttachment(reply, await readDeliveryFile(request.deps, id, deliveryId, fileId));
    },
  );

  app.delete(
    "/api/poverty/cases/:id/deliveries/:deliveryId/files/:fileId",
    {
      schema: {
        tags,
        summary: "Remove an evidence file from a delivery (kept for the audit trail)",
        params: deliveryFileParams,
        response: { 200: caseFileSchema, ...errors },
      },
    },
    async (request) => {
      const { id, deliveryId, fileId } = request.params;
      return deleteDeliveryFile(request.deps, id, deliveryId, fileId);
    },
  );
}
