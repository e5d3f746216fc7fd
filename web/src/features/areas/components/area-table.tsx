// A list of areas with their sub-area and household counts; a row opens the area.
import { Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { AreaWithCounts } from "../../../../../src/shared/contracts/areas";
import { DataTable, Table } from "../../../components/data-table";
import { LoadMore } from "../../../components/load-more";
import { AnchorLink } from "../../../components/router-links";
import { childLevel, isBangkok, useAreaLabels } from "../../../lib/areas";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";

interface AreaTableProps {
  items: AreaWithCounts[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyText?: string | undefined;
}

export function AreaTable({ items, hasMore, loadingMore, onLoadMore, emptyText }: AreaTableProps) {
  const { t } = useLanguage();
  const format = useFormat();
  const labels = useAreaLabels();
  const navigate = useNavigate();
  const first = items[0];
  // Bangkok names its levels เขต/แขวง; a list mixing Bangkok with other provinces uses the general names.
  const allBangkok = items.every((a) => isBangkok(a.code));
  const grandchildLabel = first
    ? labels.childLevelLabel({ level: first.level, code: allBangkok ? first.code : "00" })
    : null;
  const showChildCount = first ? childLevel(first.level) !== null : true;

  if (items.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {emptyText ?? t("area.noChildren")}
      </Text>
    );
  }

  return (
    <>
      <DataTable minWidth={360} striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("area.name")}</Table.Th>
            <Table.Th visibleFrom="sm">{t("area.code")}</Table.Th>
            {showChildCount && (
              <Table.Th className="num">
                {grandchildLabel ? t("area.childCountOf", { level: grandchildLabel }) : t("area.childCount")}
              </Table.Th>
            )}
            <Table.Th className="num">{t("area.householdCount")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((area) => (
            <Table.Tr
              key={area.code}
              className="clickable-row"
              data-testid={`area-row-${area.code}`}
              onClick={(e) => {
                if ((e.target as HTMLElement).closest("a")) return;
                void navigate({ to: "/areas/$code", params: { code: area.code } });
              }}
            >
              <Table.Td>
                <AnchorLink to="/areas/$code" params={{ code: area.code }} fw={500}>
                  {area.level === "village" ? format.villageName(area) : format.areaName(area)}
                </AnchorLink>
                {format.lang === "th" && area.nameEn && (
                  <Text size="xs" c="dimmed">
                    {area.nameEn}
                  </Text>
                )}
                <Text size="xs" c="dimmed" ff="monospace" hiddenFrom="sm">
                  {area.code}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="sm" ff="monospace">
                {area.code}
              </Table.Td>
              {showChildCount && <Table.Td className="num">{format.count(area.childCount)}</Table.Td>}
              <Table.Td className="num">{format.count(area.householdCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      <LoadMore shown={items.length} hasMore={hasMore} loading={loadingMore} onLoadMore={onLoadMore} />
    </>
  );
}
