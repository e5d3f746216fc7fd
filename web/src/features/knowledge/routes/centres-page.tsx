// Learning centres (ศูนย์เรียนรู้): the list by name or topic, and one centre with its model villages, knowledge and files.
import { Anchor, Badge, Card, Group, Loader, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { AttachmentList } from "../../../components/attachment-list";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useLanguage } from "../../../lib/i18n";
import { centreQuery, centresQuery, type LearningCentre } from "../api";
import { KnowledgeTabs, useAttachmentLabels } from "../components/knowledge-ui";

const centreRoute = getRouteApi("/signed-in/knowledge/centres/$id");

function Gps({ c }: { c: Pick<LearningCentre, "latitude" | "longitude"> }) {
  if (c.latitude === null || c.longitude === null) return <>–</>;
  const text = `${c.latitude.toFixed(5)}, ${c.longitude.toFixed(5)}`;
  return (
    <Anchor
      href={`https://www.openstreetmap.org/?mlat=${c.latitude}&mlon=${c.longitude}#map=15/${c.latitude}/${c.longitude}`}
      target="_blank"
      rel="noopener noreferrer"
    >
      {text}
    </Anchor>
  );
}

export function LearningCentresPage() {
  const { t, lang } = useLanguage();
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text.trim(), 300);
  const list = useInfiniteQuery(centresQuery(q));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={t("knowledge.centres.title")}
        subtitle={t("knowledge.subtitle")}
        actions={
          <ExportLinks href="/api/learning-centres/export" query={{ q, lang }} testId="centres-export" />
        }
      />
      <KnowledgeTabs active="centres" />
      <TextInput
        type="search"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        label={t("knowledge.centres.searchLabel")}
        autoComplete="off"
      />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("knowledge.centres.none")}</Text>
      ) : (
        <>
          <DataTable minWidth={720} striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("knowledge.centres.name")}</Table.Th>
                <Table.Th>{t("knowledge.area")}</Table.Th>
                <Table.Th>{t("knowledge.centres.topics")}</Table.Th>
                <Table.Th>{t("knowledge.centres.contact")}</Table.Th>
                <Table.Th>{t("knowledge.centres.gps")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id} data-testid="centre-row">
                  <Table.Td>
                    <AnchorLink to="/knowledge/centres/$id" params={{ id: c.id }} fw={500}>
                      {c.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{c.areaName ?? c.areaCode}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {c.topics.map((topic) => (
                        <Badge key={topic} variant="light" size="sm">
                          {topic}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {c.contactName}
                    {c.contactPhone ? ` · ${c.contactPhone}` : ""}
                  </Table.Td>
                  <Table.Td>
                    <Gps c={c} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          <LoadMore
            shown={items.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </Stack>
  );
}

export function LearningCentrePage() {
  const { id } = centreRoute.useParams();
  const { t, lang } = useLanguage();
  const labels = useAttachmentLabels();
  const centre = useQuery(centreQuery(id));
  if (centre.isPending) return <Loader size="sm" />;
  if (centre.isError) return <ErrorAlert error={centre.error} />;
  const c = centre.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={c.name}
        subtitle={c.areaName ?? c.areaCode}
        breadcrumbs={[
          <AnchorLink key="centres" to="/knowledge/centres">
            {t("knowledge.centres.title")}
          </AnchorLink>,
        ]}
      />
      <KnowledgeTabs active="centres" />
      <Card withBorder padding="md">
        <Stack gap={6}>
          <Group gap={4}>
            {c.topics.map((topic) => (
              <Badge key={topic} variant="light">
                {topic}
              </Badge>
            ))}
          </Group>
          {c.description && <Text style={{ whiteSpace: "pre-wrap" }}>{c.description}</Text>}
          <Text size="sm">
            {t("knowledge.centres.contact")}: {c.contactName}
            {c.contactPhone ? ` · ${c.contactPhone}` : ""}
          </Text>
          <Text size="sm">
            {t("knowledge.centres.gps")}: <Gps c={c} />
          </Text>
        </Stack>
      </Card>
      <Title order={4}>{t("knowledge.centres.villages")}</Title>
      {c.modelVillages.length === 0 ? (
        <Text c="dimmed">{t("knowledge.villages.none")}</Text>
      ) : (
        c.modelVillages.map((v) => (
          <AnchorLink key={v.id} to="/knowledge/villages/$id" params={{ id: v.id }}>
            {v.areaName ?? v.areaCode} · {t(`knowledge.villages.kinds.${v.kind}`)}
          </AnchorLink>
        ))
      )}
      <Title order={4}>{t("knowledge.centres.records")}</Title>
      <RecordLinks records={c.records} />
      <Title order={4}>{t("knowledge.attachments.title")}</Title>
      <AttachmentList items={c.attachments} labels={labels} lang={lang} />
    </Stack>
  );
}

export function RecordLinks({
  records,
}: {
  records: readonly { id: string; title: string; ownerName: string }[];
}) {
  const { t } = useLanguage();
  if (records.length === 0) return <Text c="dimmed">{t("knowledge.none")}</Text>;
  return (
    <Stack gap={4}>
      {records.map((r) => (
        <Text key={r.id} size="sm">
          <AnchorLink to="/knowledge/$id" params={{ id: r.id }}>
            {r.title}
          </AnchorLink>{" "}
          · {r.ownerName}
        </Text>
      ))}
    </Stack>
  );
}
