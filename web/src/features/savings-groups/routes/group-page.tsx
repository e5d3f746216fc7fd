// A savings group: its bylaws and money, and tabs for members, the monthly deposit sheet, loans, meetings and the year-end close.
import { Group, Loader, Paper, SimpleGrid, Stack, Tabs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { groupQuery } from "../api";
import { MembersTab } from "../components/members-tab";

// The other tabs load on demand: their forms' date and number inputs would otherwise put the page over the
// first-load budget (ADR 0005); the members tab (the default) loads its admission form on demand itself.
const DepositSheetTab = lazy(() =>
  import("../components/deposit-sheet").then((m) => ({ default: m.DepositSheetTab })),
);
const LoansTab = lazy(() => import("../components/loans-tab").then((m) => ({ default: m.LoansTab })));
const MeetingsTab = lazy(() =>
  import("../components/meetings-tab").then((m) => ({ default: m.MeetingsTab })),
);
const CloseTab = lazy(() => import("../components/close-tab").then((m) => ({ default: m.CloseTab })));

const route = getRouteApi("/signed-in/savings-groups/$fundId");

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{value}</Text>
    </Paper>
  );
}

export function SavingsGroupPage() {
  const { fundId } = route.useParams();
  const { t } = useLanguage();
  const format = useFormat();
  const group = useQuery(groupQuery(fundId));
  if (group.isPending) return <Loader size="sm" />;
  if (!group.data) return <ErrorAlert error={group.error} />;
  const g = group.data;
  const b = g.bylaws;
  return (
    <Stack gap="md">
      <PageHeader
        title={g.name}
        titleTestId="savings-group-title"
        breadcrumbs={[
          <AnchorLink key="list" to="/savings-groups">
            {t("savings.title")}
          </AnchorLink>,
        ]}
        subtitle={t("savings.bylawsLine", {
          value: format.money(b.shareValueSatang),
          min: b.minSharesPerMonth,
          max: b.maxSharesPerMonth,
          fee: format.money(b.entryFeeSatang),
          multiple: b.loanMultipleBp / 10_000,
          rate: b.interestBp / 100,
        })}
      />
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        <Figure label={t("savings.activeMembers")} value={format.count(g.activeMembers)} />
        <Figure label={t("savings.totalShares")} value={format.money(g.totalSharesSatang)} />
        <Figure label={t("savings.loansOutstanding")} value={format.money(g.loansOutstandingSatang)} />
        <Figure label={t("savings.cash")} value={format.money(g.cashSatang)} />
        <Figure label={t("savings.startedOn")} value={format.date(g.startedOn)} />
      </SimpleGrid>
      <Tabs defaultValue="members" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="members" data-testid="savings-tab-members">
            {t("savings.tabs.members")}
          </Tabs.Tab>
          <Tabs.Tab value="deposits" data-testid="savings-tab-deposits">
            {t("savings.tabs.deposits")}
          </Tabs.Tab>
          <Tabs.Tab value="loans" data-testid="savings-tab-loans">
            {t("savings.tabs.loans")}
          </Tabs.Tab>
          <Tabs.Tab value="meetings">{t("savings.tabs.meetings")}</Tabs.Tab>
          <Tabs.Tab value="close" data-testid="savings-tab-close">
            {t("savings.tabs.close")}
          </Tabs.Tab>
        </Tabs.List>
        <Suspense fallback={<Loader size="sm" mt="md" />}>
          <Group pt="md" display="block">
            <Tabs.Panel value="members">
              <MembersTab group={g} />
            </Tabs.Panel>
            <Tabs.Panel value="deposits">
              <DepositSheetTab group={g} />
            </Tabs.Panel>
            <Tabs.Panel value="loans">
              <LoansTab group={g} />
            </Tabs.Panel>
            <Tabs.Panel value="meetings">
              <MeetingsTab group={g} />
            </Tabs.Panel>
            <Tabs.Panel value="close">
              <CloseTab group={g} />
            </Tabs.Panel>
          </Group>
        </Suspense>
      </Tabs>
    </Stack>
  );
}
