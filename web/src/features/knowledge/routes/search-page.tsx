// The knowledge library's search: Thai words typed without spaces, filters by category and area, results with the search's words highlighted; reachable as /knowledge?q=…&category=…&area=….
import { Card, Checkbox, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { AreaPicker } from "../../../components/area-picker";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { categoriesQuery, searchQuery } from "../api";
import { Highlighted, KnowledgeTabs, StatusBadge, useCategoryName } from "../components/knowledge-ui";

const route = getRouteApi("/signed-in/knowledge");

export function KnowledgeSearchPage() {
  const search = route.useSearch();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const navigate = useNavigate();
  const categoryName = useCategoryName();
  const [text, setText] = useState(search.q ?? "");
  const [q] = useDebouncedValue(text.trim(), 300);
  const categories = useQuery(categoriesQuery());
  const filters = {
    q: q || undefined,
    category: search.category,
    area: search.area,
    status: search.status === "draft" ? ("draft" as const) : undefined,
  };
  const list = useInfiniteQuery(searchQuery(filters));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const words = list.data?.pages[0]?.words ?? [];

  useEffect(() => {
    if ((search.q ?? "") === q) return;
    void navigate({ to: "/knowledge", search: { ...search, q: q || undefined }, replace: true });
  }, [q, search, navigate]);

  const setFilter = (patch: Partial<typeof search>) =>
    void navigate({ to: "/knowledge", search: { ...search, ...patch }, replace: true });

  return (
    <Stack gap="md">
      <PageHeader
        title={t("knowledge.title")}
        subtitle={t("knowledge.subtitle")}
        actions={
          <>
            <ExportLinks
              href="/api/knowledge/export"
              query={{ ...filters, lang }}
              testId="knowledge-export"
            />
            {can("knowledge.write") && (
              <ButtonLink to="/knowledge/new" size="xs" data-testid="knowledge-new">
                {t("knowledge.new")}
              </ButtonLink>
            )}
          </>
        }
      />
      <KnowledgeTabs active="records" />
      <TextInput
        type="search"
        size="md"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        label={t("knowledge.searchLabel")}
        placeholder={t("knowledge.searchPlaceholder")}
        rightSection={list.isFetching && !list.isFetchingNextPage ? <Loader size={16} /> : null}
        autoComplete="off"
        data-testid="knowledge-search"
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t("knowledge.category")}
          value={search.category ?? ""}
          onChange={(e) => setFilter({ category: e.currentTarget.value || undefined })}
          data={[
            { value: "", label: t("knowledge.allCategories") },
            ...(categories.data?.items ?? []).map((c) => ({
              value: c.code,
              label: lang === "en" ? c.nameEn : c.nameTh,
            })),
          ]}
          w={260}
          data-testid="knowledge-category"
        />
        <AreaPicker
          label={search.area ? `${t("knowledge.area")}: ${search.area}` : t("knowledge.area")}
          onPick={(a) => setFilter({ area: a.code })}
          testId="knowledge-area"
        />
        {search.area && (
          <Text
            size="sm"
            c="blue"
            style={{ cursor: "pointer" }}
            onClick={() => setFilter({ area: undefined })}
          >
            ✕ {search.area}
          </Text>
        )}
        {can("knowledge.write") && (
          <Checkbox
            label={t("knowledge.showDrafts")}
            checked={search.status === "draft"}
            onChange={(e) => setFilter({ status: e.currentTarget.checked ? "draft" : undefined })}
          />
        )}
      </Group>
      {words.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="knowledge-words">
          {t("knowledge.searchedWords", { words: words.join(" · ") })}
        </Text>
      )}
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed" py="md" data-testid="knowledge-empty">
          {q ? t("knowledge.noMatch") : t("knowledge.none")}
        </Text>
      ) : (
        <Stack gap="sm">
          {items.map((r) => (
            <Card key={r.id} withBorder padding="sm" data-testid="knowledge-result">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <Title order={4} style={{ overflowWrap: "anywhere" }}>
                  <AnchorLink to="/knowledge/$id" params={{ id: r.id }}>
                    <Highlighted parts={r.titleParts} />
                  </AnchorLink>
                </Title>
                {r.status === "draft" && <StatusBadge status={r.status} />}
              </Group>
              <Text size="sm" c="dimmed">
                {categoryName(r.categoryCode)} ·{" "}
                {r.areaName ?? (r.areaCode === "" ? t("knowledge.national") : r.areaCode)} · {r.ownerName} (
                {r.ownerPosition}) · {t("knowledge.updatedOn", { date: format.dateTime(r.updatedAt) })}
              </Text>
              {r.snippet.length > 0 && (
                <Text size="sm" mt={4}>
                  <Highlighted parts={r.snippet} />
                </Text>
              )}
            </Card>
          ))}
          <LoadMore
            shown={items.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </Stack>
      )}
    </Stack>
  );
}
