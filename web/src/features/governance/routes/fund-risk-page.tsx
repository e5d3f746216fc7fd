// One fund's risk: today's score factor by factor, its history, and the way to its governance assessments and bank reconciliations.
import { Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { fundRiskQuery } from "../api";
import { FactorList, RiskBadge, RiskHistoryChart, ScoreBar } from "../components/risk-parts";

const route = getRouteApi("/signed-in/risk/$fundId");

export function FundRiskPage() {
  const { fundId } = route.useParams();
  const { t } = useLanguage();
  const format = useFormat();
  const risk = useQuery(fundRiskQuery(fundId));
  const r = risk.data;
  return (
    <Stack gap="md" maw={900}>
      <PageHeader
        title={r ? r.fundName : t("governance.risk.fundTitle")}
        subtitle={r ? t("governance.risk.asOf", { date: format.dateLong(r.asOf) }) : undefined}
        breadcrumbs={[
          <AnchorLink key="risk" to="/risk">
            {t("governance.risk.title")}
          </AnchorLink>,
        ]}
        actions={
          <Group gap="xs">
            <ButtonLink
              to="/governance/funds/$fundId"
              params={{ fundId }}
              variant="light"
              data-testid="to-governance"
            >
              {t("governance.fund.title")}
            </ButtonLink>
            <ButtonLink to="/funds/$fundId" params={{ fundId }} variant="subtle">
              {t("governance.toFund")}
            </ButtonLink>
          </Group>
        }
      />
      {risk.isError && <ErrorAlert error={risk.error} />}
      {risk.isPending && <Loader size="sm" />}
      {r && (
        <>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Group justify="space-between">
                <Text fw={700}>{t("governance.risk.score", { score: r.score, max: r.maxScore })}</Text>
                <RiskBadge band={r.band} score={r.score} />
              </Group>
              <ScoreBar score={r.score} max={r.maxScore} band={r.band} />
              <Text size="xs" c="dimmed">
                {t("governance.risk.bands")}
              </Text>
              <FactorList factors={r.factors} />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={4}>{t("governance.risk.history")}</Title>
              <RiskHistoryChart history={r.history} />
              <DataTable minWidth={560} striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("governance.risk.date")}</Table.Th>
                    <Table.Th ta="right">{t("governance.risk.scoreColumn")}</Table.Th>
                    <Table.Th>{t("governance.risk.bandColumn")}</Table.Th>
                    <Table.Th ta="right">PAR30</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.history.slice(0, 12).map((h) => (
                    <Table.Tr key={h.asOf}>
                      <Table.Td>{format.date(h.asOf)}</Table.Td>
                      <Table.Td ta="right">{h.score}</Table.Td>
                      <Table.Td>{t(`governance.band.${h.band}`)}</Table.Td>
                      <Table.Td ta="right">{(h.par30Bp / 100).toFixed(2)}%</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </DataTable>
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}
