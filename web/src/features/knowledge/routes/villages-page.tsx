// Model villages (หมู่บ้านต้นแบบ): the list by kind or village name, with B.E. years, and one village with its knowledge and files.
import { Card, Loader, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
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
import { MODEL_VILLAGE_KINDS, villageQuery, villagesQuery } from "../api";
import { KnowledgeTabs, useAttachmentLabels } from "../components/knowledge-ui";
import { RecordLinks } from "./centres-page";

const villageRoute = getRouteApi("/signed-in/knowledge/villages/$id");

/** Years are stored in the Christian era and shown in the Buddhist era in Thai (and in English, as elsewhere). */
const buddhistYear = (year: number) => year + 543;

export function ModelVillagesPage() {
  const { t, lang } = useLanguage();
  const [text, setText] = useState("");
  const [kind, setKind] = useState<string | null>(null);
  const [q] = useDebouncedValue(text.trim(), 300);
  const list = useInfiniteQuery(villagesQuery(q, kind ?? undefined));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={t("knowledge.villages.title")}
        subtitle={t("knowledge.subtitle")}
        actions={
          <ExportLinks href="/api/model-villages/export" query={{ q, kind, lang }} testId="villages-export" />
        }
      />
      <KnowledgeTabs active="villages" />
      <TextInput
        type="search"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        label={t("knowledge.villages.searchLabel")}
        autoComplete="off"
      />
      <NativeSelect
        label={t("knowledge.villages.kind")}
        value={kind ?? ""}
        onChange={(e) => setKind(e.currentTarget.value || null)}
        data={[
          { value: "", label: t("knowledge.villages.allKinds") },
          ...MODEL_VILLAGE_KINDS.map((k) => ({ value: k, label: t(`knowledge.villages.kinds.${k}`) })),
        ]}
        w={320}
      />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("knowledge.villages.none")}</Text>
      ) : (
        <>
          <DataTable minWidth={720} striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("knowledge.villages.village")}</Table.Th>
                <Table.Th>{t("knowledge.villages.kind")}</Table.Th>
                <Table.Th className="num">{t("knowledge.villages.year")}</Table.Th>
                <Table.Th>{t("knowledge.villages.centre")}</Table.Th>
                <Table.Th>{t("knowledge.villages.notes")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((v) => (
                <Table.Tr key={v.id} data-testid="village-row">
                  <Table.Td>
                    <AnchorLink to="/knowledge/villages/$id" params={{ id: v.id }} fw={500}>
                      {v.areaName ?? v.areaCode}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{t(`knowledge.villages.kinds.${v.kind}`)}</Table.Td>
                  <Table.Td className="num">{buddhistYear(v.yearDesignated)}</Table.Td>
                  <Table.Td>
                    {v.learningCentreId ? (
                      <AnchorLink to="/knowledge/centres/$id" params={{ id: v.learningCentreId }}>
                        {v.learningCentreName}
                      </AnchorLink>
                    ) : (
                      "–"
                    )}
                  </Table.Td>
                  <Table.Td>{v.notes}</Table.Td>
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

export function ModelVillagePage() {
  const { id } = villageRoute.useParams();
  const { t, lang } = useLanguage();
  const labels = useAttachmentLabels();
  const village = useQuery(villageQuery(id));
  if (village.isPending) return <Loader size="sm" />;
  if (village.isError) return <ErrorAlert error={village.error} />;
  const v = village.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={v.areaName ?? v.areaCode}
        subtitle={`${t(`knowledge.villages.kinds.${v.kind}`)} · ${t("knowledge.villages.year")} ${buddhistYear(v.yearDesignated)}`}
        breadcrumbs={[
          <AnchorLink key="villages" to="/knowledge/villages">
            {t("knowledge.villages.title")}
          </AnchorLink>,
        ]}
      />
      <KnowledgeTabs active="villages" />
      <Card withBorder padding="md">
        <Stack gap={6}>
          <Text size="sm">
            {t("knowledge.villages.centre")}:{" "}
            {v.learningCentreId ? (
              <AnchorLink to="/knowledge/centres/$id" params={{ id: v.learningCentreId }}>
                {v.learningCentreName}
              </AnchorLink>
            ) : (
              "–"
            )}
          </Text>
          {v.notes && <Text style={{ whiteSpace: "pre-wrap" }}>{v.notes}</Text>}
        </Stack>
      </Card>
      <Title order={4}>{t("knowledge.villages.records")}</Title>
      <RecordLinks records={v.records} />
      <Title order={4}>{t("knowledge.attachments.title")}</Title>
      <AttachmentList items={v.attachments} labels={labels} lang={lang} />
    </Stack>
  );
}
