// One knowledge record: its four sections, the knowledge owner's card, where it comes from, and its files.
import { Anchor, Box, Card, Flex, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { AttachmentList } from "../../../components/attachment-list";
import { AttachmentUpload } from "../../../components/attachment-upload";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { knowledgeKeys, recordQuery } from "../api";
import { KnowledgeTabs, StatusBadge, useAttachmentLabels, useCategoryName } from "../components/knowledge-ui";

const route = getRouteApi("/signed-in/knowledge/$id");
const SECTIONS = ["background", "steps", "results", "lessons"] as const;

export function KnowledgeRecordPage() {
  const { id } = route.useParams();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const categoryName = useCategoryName();
  const labels = useAttachmentLabels();
  const record = useQuery(recordQuery(id));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: knowledgeKeys.record(id) });

  if (record.isPending) return <Loader size="sm" />;
  if (record.isError) return <ErrorAlert error={record.error} />;
  const r = record.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={r.title}
        titleTestId="knowledge-record-title"
        breadcrumbs={[
          <AnchorLink key="library" to="/knowledge">
            {t("knowledge.title")}
          </AnchorLink>,
        ]}
        subtitle={
          <Group gap="xs">
            <StatusBadge status={r.status} />
            <span>
              {categoryName(r.categoryCode)} ·{" "}
              {r.areaName ?? (r.areaCode === "" ? t("knowledge.national") : r.areaCode)}
            </span>
            <span>
              {r.publishedAt
                ? t("knowledge.publishedOn", { date: format.dateTime(r.publishedAt) })
                : t("knowledge.updatedOn", { date: format.dateTime(r.updatedAt) })}
            </span>
          </Group>
        }
        actions={
          r.canEdit && (
            <ButtonLink to="/knowledge/$id/edit" params={{ id }} size="xs" data-testid="knowledge-edit">
              {t("knowledge.edit")}
            </ButtonLink>
          )
        }
      />
      <KnowledgeTabs active="records" />
      <Flex direction={{ base: "column", md: "row" }} gap="md" align="flex-start">
        <Box style={{ flex: 2, minWidth: 0, width: "100%" }}>
          <Stack gap="md">
            {SECTIONS.map((section) => (
              <Card key={section} withBorder padding="md">
                <Title order={4} mb="xs">
                  {t(`knowledge.sections.${section}`)}
                </Title>
                {r[section] ? (
                  <Text style={{ whiteSpace: "pre-wrap" }}>{r[section]}</Text>
                ) : (
                  <Text c="dimmed">{t("knowledge.emptySection")}</Text>
                )}
              </Card>
            ))}
          </Stack>
        </Box>
        <Box style={{ flex: 1, minWidth: 0, width: "100%" }}>
          <Stack gap="md">
            <Card withBorder padding="md" data-testid="knowledge-owner">
              <Title order={4} mb="xs">
                {t("knowledge.owner.title")}
              </Title>
              <Text fw={600}>{r.ownerName}</Text>
              <Text size="sm">{r.ownerPosition}</Text>
              <Text size="sm" c="dimmed">
                {r.ownerOffice}
              </Text>
              {r.ownerPhone && (
                <Text size="sm">
                  {t("knowledge.owner.phone")}: <Anchor href={`tel:${r.ownerPhone}`}>{r.ownerPhone}</Anchor>
                </Text>
              )}
              {r.ownerEmail && (
                <Text size="sm">
                  {t("knowledge.owner.email")}:{" "}
                  <Anchor href={`mailto:${r.ownerEmail}`}>{r.ownerEmail}</Anchor>
                </Text>
              )}
            </Card>
            <Card withBorder padding="md">
              <Title order={4} mb="xs">
                {t("knowledge.links.title")}
              </Title>
              <Text size="sm">
                {t("knowledge.links.centre")}:{" "}
                {r.learningCentre ? (
                  <AnchorLink to="/knowledge/centres/$id" params={{ id: r.learningCentre.id }}>
                    {r.learningCentre.name}
                  </AnchorLink>
                ) : (
                  t("knowledge.links.none")
                )}
              </Text>
              <Text size="sm">
                {t("knowledge.links.village")}:{" "}
                {r.modelVillage ? (
                  <AnchorLink to="/knowledge/villages/$id" params={{ id: r.modelVillage.id }}>
                    {r.modelVillage.areaName ?? r.modelVillage.areaCode}
                  </AnchorLink>
                ) : (
                  t("knowledge.links.none")
                )}
              </Text>
            </Card>
            <Card withBorder padding="md">
              <Title order={4} mb="xs">
                {t("knowledge.attachments.title")}
              </Title>
              <Stack gap="sm">
                <AttachmentList
                  items={r.attachments}
                  labels={labels}
                  lang={lang}
                  onDeleted={r.canEdit ? refresh : undefined}
                  testId="knowledge-attachments"
                />
                {r.canEdit && (
                  <AttachmentUpload
                    url={`/api/knowledge/${encodeURIComponent(id)}/attachments`}
                    labels={labels}
                    onUploaded={refresh}
                    testId="knowledge-upload"
                  />
                )}
              </Stack>
            </Card>
          </Stack>
        </Box>
      </Flex>
    </Stack>
  );
}
