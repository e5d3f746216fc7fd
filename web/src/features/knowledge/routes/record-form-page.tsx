// Records new knowledge or edits a record (with its files once saved): title, category, area, knowledge owner, the four sections, links, draft or published.
import {
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { AttachmentList } from "../../../components/attachment-list";
import { AttachmentUpload } from "../../../components/attachment-upload";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useLanguage } from "../../../lib/i18n";
import { useMe } from "../../../lib/session";
import {
  categoriesQuery,
  centresQuery,
  createRecord,
  knowledgeKeys,
  type RecordBody,
  type RecordDetail,
  recordQuery,
  updateRecord,
  villagesQuery,
} from "../api";
import { useAttachmentLabels } from "../components/knowledge-ui";

const editRoute = getRouteApi("/signed-in/knowledge/$id/edit");

export function KnowledgeNewPage() {
  const me = useMe();
  return (
    <RecordForm
      initial={{
        title: "",
        categoryCode: "",
        areaCode: me.scopeCode,
        ownerName: "",
        ownerPosition: "",
        ownerOffice: "",
        ownerPhone: "",
        ownerEmail: "",
        background: "",
        steps: "",
        results: "",
        lessons: "",
        status: "draft",
        learningCentreId: null,
        modelVillageId: null,
      }}
    />
  );
}

export function KnowledgeEditPage() {
  const { id } = editRoute.useParams();
  const record = useQuery(recordQuery(id));
  if (record.isPending) return <Loader size="sm" />;
  if (record.isError) return <ErrorAlert error={record.error} />;
  const r = record.data;
  return (
    <RecordForm
      record={r}
      initial={{
        title: r.title,
        categoryCode: r.categoryCode,
        areaCode: r.areaCode,
        ownerName: r.ownerName,
        ownerPosition: r.ownerPosition,
        ownerOffice: r.ownerOffice,
        ownerPhone: r.ownerPhone ?? "",
        ownerEmail: r.ownerEmail ?? "",
        background: r.background,
        steps: r.steps,
        results: r.results,
        lessons: r.lessons,
        status: r.status,
        learningCentreId: r.learningCentre?.id ?? null,
        modelVillageId: r.modelVillage?.id ?? null,
      }}
    />
  );
}

function RecordForm({ initial, record }: { initial: RecordBody; record?: RecordDetail }) {
  const { t, lang } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const labels = useAttachmentLabels();
  const [body, setBody] = useState<RecordBody>(initial);
  const categories = useQuery(categoriesQuery());
  const centres = useInfiniteQuery(centresQuery(""));
  const villages = useInfiniteQuery(villagesQuery(""));
  const set = <K extends keyof RecordBody>(key: K, value: RecordBody[K]) =>
    setBody((b) => ({ ...b, [key]: value }));
  const save = useMutation({
    mutationFn: () => (record ? updateRecord(record.id, body) : createRecord(body)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: knowledgeKeys.all });
      void navigate({ to: "/knowledge/$id", params: { id: saved.id } });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const refreshFiles = () =>
    record && void queryClient.invalidateQueries({ queryKey: knowledgeKeys.record(record.id) });
  const text = (
    key: "title" | "ownerName" | "ownerPosition" | "ownerOffice" | "ownerPhone" | "ownerEmail",
    label: string,
    required = false,
  ) => (
    <TextInput
      label={label}
      required={required}
      value={body[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      data-testid={`knowledge-form-${key}`}
    />
  );
  const section = (key: "background" | "steps" | "results" | "lessons") => (
    <Textarea
      label={t(`knowledge.sections.${key}`)}
      autosize
      minRows={3}
      maxRows={14}
      value={body[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      data-testid={`knowledge-form-${key}`}
    />
  );
  return (
    <Stack gap="md">
      <PageHeader
        title={record ? t("knowledge.form.titleEdit") : t("knowledge.form.titleNew")}
        breadcrumbs={[
          <AnchorLink key="library" to="/knowledge">
            {t("knowledge.title")}
          </AnchorLink>,
        ]}
      />
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <Card withBorder padding="md">
            <Stack gap="sm">
              {text("title", t("knowledge.form.name"), true)}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t("knowledge.category")}
                  required
                  value={body.categoryCode}
                  onChange={(e) => set("categoryCode", e.currentTarget.value)}
                  data={[
                    { value: "", label: "—" },
                    ...(categories.data?.items ?? [])
                      .filter((c) => c.active || c.code === initial.categoryCode)
                      .map((c) => ({ value: c.code, label: lang === "en" ? c.nameEn : c.nameTh })),
                  ]}
                  data-testid="knowledge-form-category"
                />
                <TextInput
                  label={t("knowledge.form.areaCode")}
                  description={t("knowledge.form.areaHelp")}
                  value={body.areaCode}
                  onChange={(e) => set("areaCode", e.currentTarget.value.trim())}
                  data-testid="knowledge-form-area"
                />
                <NativeSelect
                  label={t("knowledge.form.centreId")}
                  value={body.learningCentreId ?? ""}
                  onChange={(e) => set("learningCentreId", e.currentTarget.value || null)}
                  data={[
                    { value: "", label: t("knowledge.links.none") },
                    ...(centres.data?.pages.flatMap((p) => p.items) ?? []).map((c) => ({
                      value: c.id,
                      label: c.name,
                    })),
                  ]}
                />
                <NativeSelect
                  label={t("knowledge.form.villageId")}
                  value={body.modelVillageId ?? ""}
                  onChange={(e) => set("modelVillageId", e.currentTarget.value || null)}
                  data={[
                    { value: "", label: t("knowledge.links.none") },
                    ...(villages.data?.pages.flatMap((p) => p.items) ?? []).map((v) => ({
                      value: v.id,
                      label: `${v.areaName ?? v.areaCode} · ${t(`knowledge.villages.kinds.${v.kind}`)}`,
                    })),
                  ]}
                />
              </SimpleGrid>
            </Stack>
          </Card>
          <Card withBorder padding="md">
            <Title order={4} mb="xs">
              {t("knowledge.owner.title")}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {text("ownerName", t("knowledge.owner.name"), true)}
              {text("ownerPosition", t("knowledge.owner.position"), true)}
              {text("ownerOffice", t("knowledge.owner.office"), true)}
              {text("ownerPhone", t("knowledge.owner.phone"))}
              {text("ownerEmail", t("knowledge.owner.email"))}
            </SimpleGrid>
          </Card>
          <Card withBorder padding="md">
            <Stack gap="sm">
              {section("background")}
              {section("steps")}
              {section("results")}
              {section("lessons")}
            </Stack>
          </Card>
          <Card withBorder padding="md">
            <Title order={4} mb="xs">
              {t("knowledge.attachments.title")}
            </Title>
            {record ? (
              <Stack gap="sm">
                <AttachmentList
                  items={record.attachments}
                  labels={labels}
                  lang={lang}
                  onDeleted={refreshFiles}
                />
                <AttachmentUpload
                  url={`/api/knowledge/${encodeURIComponent(record.id)}/attachments`}
                  labels={labels}
                  onUploaded={refreshFiles}
                />
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t("knowledge.form.filesAfterSave")}
              </Text>
            )}
          </Card>
          <Checkbox
            label={t("knowledge.form.publish")}
            description={t("knowledge.form.publishHelp")}
            checked={body.status === "published"}
            onChange={(e) => set("status", e.currentTarget.checked ? "published" : "draft")}
            data-testid="knowledge-form-publish"
          />
          <ErrorAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="knowledge-form-save">
              {t("knowledge.form.save")}
            </Button>
            <Button
              variant="default"
              onClick={() =>
                record
                  ? void navigate({ to: "/knowledge/$id", params: { id: record.id } })
                  : void navigate({ to: "/knowledge" })
              }
            >
              {t("knowledge.form.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
