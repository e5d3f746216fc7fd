// One complaint for officers: details, complainant (never for anonymous ones), history, replies, status changes and re-routing.
import {
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import {
  CLOSED_OUTCOMES,
  type ComplaintDetail,
  complaintCalls,
  complaintKeys,
  complaintQuery,
  REJECTED_OUTCOMES,
} from "../api";
import { ComplaintStatusBadge } from "../components/complaint-status";
import { DocumentsPanel } from "../components/documents-panel";

const route = getRouteApi("/signed-in/complaints/$id");

function useUpdate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (call: () => Promise<ComplaintDetail>) => call(),
    onSuccess: async (detail) => {
      queryClient.setQueryData(complaintKeys.one(id), detail);
      await queryClient.invalidateQueries({ queryKey: ["complaints", "list"] });
    },
  });
}

function ReplyForm({ id }: { id: string }) {
  const { t } = useLanguage();
  const [visibility, setVisibility] = useState<"public" | "internal">("public");
  const [body, setBody] = useState("");
  const [missing, setMissing] = useState(false);
  const update = useUpdate(id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(body.trim() === "");
    if (body.trim() === "") return;
    update.mutate(() => complaintCalls.reply(id, { visibility, body: body.trim() }), {
      onSuccess: () => setBody(""),
    });
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="complaint-reply-form">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("complaints.replyTitle")}
        </Title>
        <ErrorAlert error={update.error} />
        <SegmentedControl
          value={visibility}
          onChange={(v) => setVisibility(v as "public" | "internal")}
          data={[
            { value: "public", label: t("complaints.visibility.public") },
            { value: "internal", label: t("complaints.visibility.internal") },
          ]}
        />
        <Text size="xs" c="dimmed">
          {visibility === "public" ? t("complaints.publicHint") : t("complaints.internalHint")}
        </Text>
        <Textarea
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={5000}
          error={missing ? t("complaints.form.replyRequired") : undefined}
          aria-label={t("complaints.replyTitle")}
          data-testid="complaint-reply-body"
        />
        <Button type="submit" w="fit-content" loading={update.isPending} data-testid="complaint-reply-submit">
          {t("complaints.sendReply")}
        </Button>
      </Stack>
    </Paper>
  );
}

function StatusForm({ detail }: { detail: ComplaintDetail }) {
  const { t } = useLanguage();
  const moves = detail.allowedMoves.filter(
    (m): m is "in_progress" | "closed" | "rejected" => m !== "replied" && m !== "received",
  );
  const [status, setStatus] = useState<"in_progress" | "closed" | "rejected" | "">(moves[0] ?? "");
  const [outcome, setOutcome] = useState("");
  const [note, setNote] = useState("");
  const update = useUpdate(detail.complaint.id);
  if (moves.length === 0) return null;
  const outcomes = status === "closed" ? CLOSED_OUTCOMES : status === "rejected" ? REJECTED_OUTCOMES : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!status) return;
    update.mutate(() =>
      complaintCalls.status(detail.complaint.id, {
        status,
        ...(outcome && outcomes.length ? { outcome } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
  };
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={submit}
      noValidate
      data-testid="complaint-status-form"
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("complaints.changeStatus")}
        </Title>
        <ErrorAlert error={update.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t("complaints.newStatus")}
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value as typeof status);
              setOutcome("");
            }}
            data={moves.map((m) => ({ value: m, label: t(`complaints.status.${m}`) }))}
            data-testid="complaint-new-status"
          />
          {outcomes.length > 0 && (
            <NativeSelect
              label={t("complaints.outcomeLabel")}
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value)}
              data={[
                { value: "", label: t("complaints.form.choose") },
                ...outcomes.map((o) => ({ value: o, label: t(`complaints.outcome.${o}`) })),
              ]}
              data-testid="complaint-outcome"
            />
          )}
        </SimpleGrid>
        <TextInput
          label={t("complaints.note")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={2000}
        />
        <Button
          type="submit"
          w="fit-content"
          loading={update.isPending}
          data-testid="complaint-status-submit"
        >
          {t("complaints.save")}
        </Button>
      </Stack>
    </Paper>
  );
}

function RouteForm({ detail }: { detail: ComplaintDetail }) {
  const { t } = useLanguage();
  const { areaCode, officeCode } = detail.complaint;
  const offices = [areaCode.slice(0, 4), areaCode.slice(0, 2)].filter(
    (o) => o.length >= 2 && o !== officeCode,
  );
  const [target, setTarget] = useState(offices[0] ?? "");
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const update = useUpdate(detail.complaint.id);
  if (offices.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(reason.trim() === "");
    if (reason.trim() === "" || !target) return;
    update.mutate(() =>
      complaintCalls.route(detail.complaint.id, { officeCode: target, reason: reason.trim() }),
    );
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="complaint-route-form">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("complaints.reroute")}
        </Title>
        <ErrorAlert error={update.error} />
        <NativeSelect
          label={t("complaints.office")}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          data={offices.map((o) => ({
            value: o,
            label: `${o.length === 2 ? t("complaints.provinceOffice") : t("complaints.districtOffice")} (${o})`,
          }))}
        />
        <TextInput
          label={t("complaints.reason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={missing ? t("complaints.form.reasonRequired") : undefined}
          maxLength={1000}
        />
        <Button type="submit" variant="light" w="fit-content" loading={update.isPending}>
          {t("complaints.reroute")}
        </Button>
      </Stack>
    </Paper>
  );
}

export function ComplaintPage() {
  const { id } = route.useParams();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const query = useQuery(complaintQuery(id));
  if (query.isPending) return <Loader size="sm" />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  const detail = query.data;
  const c = detail.complaint;
  const open = detail.allowedMoves.length > 0;
  return (
    <Stack gap="md">
      <PageHeader
        title={c.subject}
        subtitle={`${c.referenceNo} · ${lang === "en" ? c.categoryName.en : c.categoryName.th}`}
        actions={<ComplaintStatusBadge status={c.status} overdue={c.overdue} />}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="sm">
          <Stack gap={6}>
            <Text size="sm">
              {t("complaints.receivedOn")}: {format.date(c.receivedOn)} · {t("complaints.dueOn")}:{" "}
              {format.date(c.dueOn)}
              {c.closedOn ? ` · ${t("complaints.closedOn")}: ${format.date(c.closedOn)}` : ""}
            </Text>
            <Text size="sm">
              {t("complaints.area")}: {c.areaName ?? c.areaCode} · {t("complaints.office")}:{" "}
              {c.officeName ?? c.officeCode}
            </Text>
            {c.fundName && (
              <Text size="sm">
                {t("complaints.form.fund")}: {c.fundName}
              </Text>
            )}
            {c.concernedName && (
              <Text size="sm">
                {t("complaints.form.concerned")}: {c.concernedName}
              </Text>
            )}
            <Text size="sm" data-testid="complaint-complainant">
              {t("complaints.complainant")}:{" "}
              {c.anonymous || !c.complainant ? (
                <Badge variant="outline" color="gray">
                  {t("complaints.anonymous")}
                </Badge>
              ) : (
                `${c.complainant.name} · ${c.complainant.phone}${c.complainant.address ? ` · ${c.complainant.address}` : ""}`
              )}
            </Text>
            <Text style={{ whiteSpace: "pre-wrap" }}>{c.details}</Text>
            {c.outcome && (
              <Text size="sm" fw={600}>
                {t("complaints.outcomeLabel")}: {t(`complaints.outcome.${c.outcome}`)}
                {c.outcomeNote ? ` — ${c.outcomeNote}` : ""}
              </Text>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb="xs">
            {t("complaints.history")}
          </Title>
          <Timeline bulletSize={14} lineWidth={2}>
            {detail.events.map((e) => (
              <Timeline.Item
                key={e.id}
                title={
                  e.kind === "route"
                    ? t("complaints.routedTo", { office: e.toValue })
                    : t(`complaints.status.${e.toValue}`)
                }
              >
                <Text size="xs" c="dimmed">
                  {format.date(e.occurredOn)}
                  {e.note ? ` · ${e.note}` : ""}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("complaints.replies")}
        </Title>
        {detail.replies.length === 0 && <Text c="dimmed">{t("complaints.noReplies")}</Text>}
        {detail.replies.map((r) => (
          <Paper
            key={r.id}
            withBorder
            p="sm"
            bg={r.visibility === "internal" ? "yellow.0" : undefined}
            data-testid="complaint-reply"
          >
            <Group justify="space-between">
              <Badge variant="light" color={r.visibility === "internal" ? "yellow" : "teal"}>
                {t(`complaints.visibility.${r.visibility}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {format.date(r.repliedOn)} · {r.authorName}
              </Text>
            </Group>
            <Text mt={4} style={{ whiteSpace: "pre-wrap" }}>
              {r.body}
            </Text>
          </Paper>
        ))}
      </Stack>
      {can("complaints.handle") && <DocumentsPanel complaintId={c.id} anonymous={c.anonymous} open={open} />}
      {open && can("complaints.handle") && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <ReplyForm id={c.id} />
          <Stack gap="md">
            <StatusForm detail={detail} />
            <RouteForm detail={detail} />
          </Stack>
        </SimpleGrid>
      )}
    </Stack>
  );
}
