// A fiscal year's governance assessments in an area: fund, status, score and level, with exports.
import { CloseButton, Group, Loader, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { AreaPicker } from "../../../components/area-picker";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useLanguage } from "../../../lib/i18n";
import { assessmentListQuery, currentFiscalYear } from "../api";
import { FiscalYearSelect, LevelBadge } from "../components/assessment-parts";

const route = getRouteApi("/signed-in/governance");

export function AssessmentsPage() {
  const { area, fy } = route.useSearch();
  const { t, lang } = useLanguage();
  const navigate = useNavigate();
  const fiscalYear = Number(fy) >= 2500 ? Number(fy) : currentFiscalYear();
  const list = useInfiniteQuery(assessmentListQuery(fiscalYear, area ?? ""));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const setSearch = (next: { area?: string | undefined; fy?: string | undefined }) =>
    void navigate({ to: "/governance", search: { area, fy, ...next }, replace: true });

  return (
    <Stack gap="md">
      <PageHeader
        title={t("governance.assessments.title")}
        subtitle={t("governance.assessments.subtitle")}
        actions={
          <ExportLinks
            href="/api/governance/assessments/export"
            query={{ fiscalYear, area, lang }}
            testId="assessments-export"
          />
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <FiscalYearSelect
          value={fiscalYear}
          onChange={(y) => setSearch({ fy: String(y) })}
          testId="assessments-fy"
        />
        {area ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("governance.area")}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" ff="monospace" style={{ flex: 1 }}>
                {area}
              </Text>
              <CloseButton
                aria-label={t("governance.clearArea")}
                onClick={() => setSearch({ area: undefined })}
              />
            </Group>
          </Stack>
        ) : (
          <AreaPicker
            label={t("governance.area")}
            placeholder={t("governance.areaPlaceholder")}
            onPick={(a) => setSearch({ area: a.code })}
            testId="assessments-area"
          />
        )}
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t("governance.assessments.howToStart")}
      </Text>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending && <Loader size="sm" />}
      {list.isSuccess && items.length === 0 && <Text c="dimmed">{t("governance.assessments.none")}</Text>}
      {items.length > 0 && (
        <Paper withBorder>
          <DataTable minWidth={560} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("governance.assessments.fund")}</Table.Th>
                <Table.Th>{t("governance.assessments.status")}</Table.Th>
                <Table.Th ta="right">{t("governance.assessments.score")}</Table.Th>
                <Table.Th>{t("governance.assessments.level")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id} data-testid={`assessment-row-${a.areaCode}`}>
                  <Table.Td>
                    <AnchorLink to="/governance/assessments/$id" params={{ id: a.id }}>
                      {a.fundName}
                    </AnchorLink>{" "}
                    <Text span size="xs" c="dimmed" ff="monospace">
                      {a.areaCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`governance.status.${a.status}`)}</Table.Td>
                  <Table.Td ta="right">
                    {a.score}/{a.maxScore}
                  </Table.Td>
                  <Table.Td>
                    <LevelBadge a={a} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        </Paper>
      )}
      <LoadMore
        shown={items.length}
        hasMore={Boolean(list.hasNextPage)}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
