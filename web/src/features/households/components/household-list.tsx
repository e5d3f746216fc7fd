// Households of an area with search by house number, head of household or a 13-digit citizen ID.
import { Group, Loader, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { householdListQuery, normalizeHouseholdQuery } from "../api";
import { PassBadge } from "./pass-badge";

interface HouseholdListProps {
  /** Area code (any level); omitted = the user's whole scope. */
  areaCode?: string | undefined;
  /** Show the village column (lists wider than one village). */
  showVillage?: boolean;
  initialQuery?: string | undefined;
  onQueryChange?: (q: string) => void;
}

export function HouseholdList({
  areaCode,
  showVillage = false,
  initialQuery = "",
  onQueryChange,
}: HouseholdListProps) {
  const { t } = useLanguage();
  const format = useFormat();
  const navigate = useNavigate();
  const [text, setText] = useState(initialQuery);
  const [debounced] = useDebouncedValue(normalizeHouseholdQuery(text), 300);
  const list = useInfiniteQuery(householdListQuery(areaCode, debounced));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  useEffect(() => {
    onQueryChange?.(debounced);
  }, [debounced, onQueryChange]);

  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        label={t("household.searchLabel")}
        placeholder={t("household.searchPlaceholder")}
        rightSection={list.isFetching && !list.isFetchingNextPage ? <Loader size={16} /> : null}
        data-testid="household-search"
        autoComplete="off"
      />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed" py="md" data-testid="household-empty">
          {debounced ? t("household.noMatch") : t("household.none")}
        </Text>
      ) : (
        items.length > 0 && (
          <>
            <DataTable minWidth={640} striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th className="nowrap">{t("household.houseNo")}</Table.Th>
                  <Table.Th>{t("household.head")}</Table.Th>
                  {showVillage && <Table.Th>{t("household.village")}</Table.Th>}
                  <Table.Th className="num">{t("household.members")}</Table.Th>
                  <Table.Th className="num">{t("household.latestBmnYear")}</Table.Th>
                  <Table.Th className="num">{t("household.incomePerPerson")}</Table.Th>
                  <Table.Th>{t("household.criterion")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((h) => (
                  <Table.Tr
                    key={h.id}
                    className="clickable-row"
                    data-testid={`household-row-${h.houseNo}`}
                    onClick={(e) => {
                      if ((e.target as HTMLElement).closest("a")) return;
                      void navigate({ to: "/households/$id", params: { id: h.id } });
                    }}
                  >
                    <Table.Td className="nowrap">
                      <AnchorLink to="/households/$id" params={{ id: h.id }} fw={500}>
                        {h.houseNo}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{h.headName}</Table.Td>
                    {showVillage && <Table.Td>{h.villageName}</Table.Td>}
                    <Table.Td className="num">{format.count(h.memberCount)}</Table.Td>
                    <Table.Td className="num">{h.latestBmnYear ?? "–"}</Table.Td>
                    <Table.Td className="num">
                      {h.latestIncomePerPersonSatang === null
                        ? "–"
                        : format.money(h.latestIncomePerPersonSatang)}
                    </Table.Td>
                    <Table.Td>
                      <PassBadge passes={h.passesIncomeCriterion} />
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
        )
      )}
    </Stack>
  );
}
