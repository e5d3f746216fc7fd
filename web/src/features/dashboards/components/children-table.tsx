// The children of the area with every measure (also the map's table equivalent), each linking one level down.
import { Text } from "@mantine/core";
import { DataTable, Table } from "../../../components/data-table";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { ChildFigures, DashboardSearch } from "../api";
import { formatMeasure, MEASURE_KEYS, type MeasureKey } from "../measures";

export function ChildrenTable({
  items,
  selected,
  search,
}: {
  items: readonly ChildFigures[];
  selected: MeasureKey;
  search: DashboardSearch;
}) {
  const { t } = useLanguage();
  const format = useFormat();
  const name = (c: ChildFigures) => (c.level === "village" ? format.villageName(c) : format.areaName(c));
  return (
    <DataTable minWidth={1100} striped highlightOnHover data-testid="children-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("dashboard.area")}</Table.Th>
          <Table.Th>{t("dashboard.code")}</Table.Th>
          {MEASURE_KEYS.map((key) => (
            <Table.Th key={key} ta="right" fw={key === selected ? 800 : undefined}>
              {t(`dashboard.measures.${key}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((c) => (
          <Table.Tr key={c.code}>
            <Table.Td>
              <AnchorLink to="/dashboard/$code" params={{ code: c.code }} search={search}>
                {name(c)}
              </AnchorLink>
            </Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {c.code}
              </Text>
            </Table.Td>
            {MEASURE_KEYS.map((key) => (
              <Table.Td
                key={key}
                ta="right"
                style={{ fontVariantNumeric: "tabular-nums" }}
                fw={key === selected ? 700 : undefined}
              >
                {formatMeasure(key, c[key])}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
