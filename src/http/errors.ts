// Maps every error to the one JSON error body, with Thai and English messages; unknown errors never leak.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError, type ErrorBody, HTTP_STATUS_BY_KIND } from "../shared/errors";
import { MoneyError } from "../shared/money";

interface Issue {
  path: string;
  message: string;
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  body: Omit<ErrorBody["error"], "requestId">,
) {
  const error: ErrorBody["error"] = { ...body, requestId: String(request.id) };
  return reply.code(status).type("application/json; charset=utf-8").send({ error });
}

export function errorHandler(err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    return send(reply, request, HTTP_STATUS_BY_KIND[err.kind], {
      code: err.code,
      message: err.messageTh,
      messageEn: err.message,
      details: err.details,
    });
  }
  if (err instanceof MoneyError) {
    return send(reply, request, 400, {
      code: err.code,
      message: "จำนวนเงินไม่ถูกต้อง",
      messageEn: `Invalid amount: ${err.message}`,
    });
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues: Issue[] = err.validation.map((v) => ({
      path: `${err.validationContext ?? "body"}${v.instancePath.replace(/\//g, ".")}`,
      message: v.message ?? "invalid",
    }));
    const fields = [...new Set(issues.map((i) => i.path))].join(", ");
    return send(reply, request, 400, {
      code: "common.invalid_input",
      message: `ข้อมูลไม่ถูกต้อง: ${fields}`,
      messageEn: `Invalid input: ${fields}`,
      details: { issues },
    });
  }
  // A unique index that a concurrent request won first: the use case's own check ran before that commit.
  if (postgresCode(err) === "23505") {
    return send(reply, request, 409, {
      code: "common.conflict",
      message: "ข้อมูลนี้มีอยู่แล้ว (อาจมีผู้บันทึกพร้อมกัน) กรุณาโหลดหน้าใหม่แล้วตรวจสอบ",
      messageEn: "This record already exists (possibly saved at the same moment); reload and check",
    });
  }
  if (isResponseSerializationError(err)) {
    request.log.error({ err }, "response does not match its schema");
    return send(reply, request, 500, internal);
  }
  const fe = err as FastifyError;
  switch (fe.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
    case "FST_REQ_FILE_TOO_LARGE":
      return send(reply, request, 413, {
        code: "common.body_too_large",
        message: "ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด",
        messageEn: "The request body is too large",
      });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return send(reply, request, 415, {
        code: "common.unsupported_media_type",
        message: "รูปแบบข้อมูลที่ส่งไม่รองรับ",
        messageEn: "Unsupported content type",
      });
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return send(reply, request, 400, malformedJson);
  }
  if (fe.statusCode === 429) {
    return send(reply, request, 429, {
      code: "common.rate_limited",
      message: "มีการเรียกใช้บ่อยเกินไป กรุณารอสักครู่แล้วลองใหม่",
      messageEn: "Too many requests; wait a moment and try again",
    });
  }
  if (err instanceof SyntaxError && fe.statusCode === 400) return send(reply, request, 400, malformedJson);
  if (typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
    return send(reply, request, fe.statusCode, {
      code: "common.bad_request",
      message: "คำขอไม่ถูกต้อง",
      messageEn: fe.message,
    });
  }
  request.log.error({ err }, "unexpected error");
  return send(reply, request, 500, internal);
}

const malformedJson = {
  code: "common.malformed_json",
  message: "ข้อมูล JSON ไม่ถูกต้อง",
  messageEn: "Malformed JSON body",
};

const internal = {
  code: "common.internal",
  message: "เกิดข้อผิดพลาดภายในระบบ กรุณาแจ้งผู้ดูแลพร้อมรหัสคำขอ",
  messageEn: "Internal error; report it with the request id",
};

/** The SQLSTATE of a database error, also when Drizzle wraps it as the cause. */
function postgresCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
