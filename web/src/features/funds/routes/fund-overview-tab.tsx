// The overview tab: what the fund is, its money from the ledger and its health.
import { Button, Card, Group, Loader, SimpleGrid, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { useFormat } from "../../../lib/format";
import { fundDetailQuery } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { Fact } from "../components/fact";
import { FundFlags, FundStatusBadge } from "../components/fund-badges";
import { FundHealthCard } from "../components/fund-health-card";
import { FundPositionCard } from "../components/fund-position-card";
import { FundRiskBadge } from "../components/fund-risk-badge";

const route = getRouteApi("/signed-in/funds/$fundId/");

// Officers' edit form loads when opened.
const FundEditForm = lazy(() =>
  import("../components/fund-edit-form").then((m) => ({ default: m.FundEditForm })),
);

export function FundOverviewTab() {
  const { fundId } = route.useParams();
  const { t } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const detail = useQuery(fundDetailQuery(fundId));
  if (!detail.data) return null;
  const { fund, currentCommitteeSet, myPositions } = detail.data;

  return (
    <Stack gap="md">
      {editing ? (
        <Suspense fallback={<Loader size="sm" />}>
          <FundEditForm fund={fund} onDone={() => setEditing(false)} />
        </Suspense>
      ) : (
        <Card withBorder>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              <Fact label={t("fundAdmin.fundType")}>{t(`funds.type.${fund.fundType}`)}</Fact>
              <Fact label={t("fundAdmin.village")}>
                {fund.areaName}{" "}
                <Text span size="xs" c="dimmed" ff="monospace">
                  {fund.areaCode}
                </Text>
              </Fact>
              <Fact label={t("fundAdmin.startedOn")}>{format.date(fund.startedOn)}</Fact>
              <Fact label={t("fundAdmin.capital")}>
                {format.money(fund.originalCapitalSatang)} {t("money.baht")}
              </Fact>
              <Fact label={t("fundAdmin.statusLabel")}>
                <FundStatusBadge status={fund.status} />
                <FundRiskBadge fundId={fund.id} />
              </Fact>
              <Fact label={t("fundAdmin.committeeSet")}>
                {currentCommitteeSet
                  ? t("fundAdmin.setTerm", {
                      no: currentCommitteeSet.setNo,
                      from: format.date(currentCommitteeSet.termStart),
                      to: format.date(currentCommitteeSet.termEnd),
                    })
                  : t("fundAdmin.noCurrentSet")}
              </Fact>
              {myPositions.length > 0 && (
                <Fact label={t("fundAdmin.myPositions")}>
                  {myPositions.map((p) => t(`funds.positionName.${p}`)).join(", ")}
                </Fact>
              )}
            </SimpleGrid>
            <FundFlags fund={fund} />
            {can("funds.write") && (
              <Group>
                <Button variant="light" size="xs" onClick={() => setEditing(true)} data-testid="fund-edit">
                  {t("common.edit")}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      )}
      {can("ledger.read") && <FundPositionCard fundId={fundId} />}
      <FundHealthCard fundId={fundId} />
    </Stack>
  );
}
