// Savings groups in the user's area: village, members, share savings and loans outstanding.
import { Loader, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { groupListQuery } from "../api";

export function SavingsGroupsPage() {
  const { t } = useLanguage();
  const format = useFormat();
  const list = useQuery(groupListQuery);
  return (
    <Stack gap="md">
      <PageHeader title={t("savings.title")} subtitle={t("savings.subtitle")} />
      <ErrorAlert error={list.error} />
      {list.isPending && <Loader size="sm" />}
      {list.data?.items.length === 0 && <Text c="dimmed">{t("savings.none")}</Text>}
      {list.data && list.data.items.length > 0 && (
        <DataTable minWidth={640} striped data-testid="savings-groups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("savings.name")}</Table.Th>
              <Table.Th>{t("savings.village")}</Table.Th>
              <Table.Th ta="right">{t("savings.activeMembers")}</Table.Th>
              <Table.Th ta="right">{t("savings.totalShares")}</Table.Th>
              <Table.Th ta="right">{t("savings.loansOutstanding")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((g) => (
              <Table.Tr key={g.fundId}>
                <Table.Td>
                  <AnchorLink
                    to="/savings-groups/$fundId"
                    params={{ fundId: g.fundId }}
                    data-testid="savings-group-link"
                  >
                    {g.name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  {g.villageName} ({g.areaCode})
                </Table.Td>
                <Table.Td ta="right">{format.count(g.activeMembers)}</Table.Td>
                <Table.Td ta="right">{format.money(g.totalSharesSatang)}</Table.Td>
                <Table.Td ta="right">{format.money(g.loansOutstandingSatang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </Stack>
  );
}
