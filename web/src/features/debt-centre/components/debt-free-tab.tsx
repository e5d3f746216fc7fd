// Households the centre made debt-free: the watch, relapse flags and the certificate of honour to print.
import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks, PrintButton } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { type Centre, debtFreeQuery } from "../api";

export function DebtFreeTab({ centre }: { centre: Centre }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const list = useQuery(debtFreeQuery(centre.id));
  const items = list.data?.items ?? [];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t("debtCentre.debtFree.title")}
        </Title>
        <ExportLinks href={`/api/debt-centres/${centre.id}/debt-free/export`} query={{ lang }} />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isSuccess && items.length === 0 && <Text c="dimmed">{t("debtCentre.debtFree.empty")}</Text>}
      {items.length > 0 && (
        <DataTable minWidth={720} striped data-testid="debt-free">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("debtCentre.surveys.household")}</Table.Th>
              <Table.Th>{t("debtCentre.debtFree.on")}</Table.Th>
              <Table.Th>{t("debtCentre.debtFree.watchEnds")}</Table.Th>
              <Table.Th>{t("debtCentre.debtFree.relapse")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((h) => (
              <Table.Tr key={h.planId}>
                <Table.Td>
                  {h.houseNo} {h.headName}
                </Table.Td>
                <Table.Td>{format.dateLong(h.debtFreeOn)}</Table.Td>
                <Table.Td>{format.date(h.watchEndsOn)}</Table.Td>
                <Table.Td>
                  <Badge color={h.relapseFlags > 0 ? "red" : h.status === "debt_free" ? "green" : "teal"}>
                    {h.relapseFlags > 0
                      ? t("debtCentre.surveys.relapse", { count: h.relapseFlags })
                      : t(`debtCentre.status.${h.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <PrintButton
                    href={`/api/debt-centres/${centre.id}/plans/${h.planId}/certificate/pdf`}
                    label={t("debtCentre.debtFree.certificate")}
                    testId="certificate-print"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </Stack>
  );
}
