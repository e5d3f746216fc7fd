// A fund's page: its name, type and village, and tabs (overview, committee, bank, ledger, withdrawals, loans).
import { Box, Button, Group, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { createLink, getRouteApi, Outlet, useRouterState } from "@tanstack/react-router";
import { type ComponentPropsWithRef, useEffect, useRef } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { NotFoundPage, PageLoader } from "../../../components/status-page";
import { isApiError } from "../../../lib/api";
import { fundDetailQuery, holdsAny } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { FundStatusBadge } from "../components/fund-badges";

const route = getRouteApi("/signed-in/funds/$fundId");

const TABS = [
  { to: "/funds/$fundId", key: "overview", suffix: "" },
  { to: "/funds/$fundId/committee", key: "committee", suffix: "/committee" },
  { to: "/funds/$fundId/bank-accounts", key: "bankAccounts", suffix: "/bank-accounts" },
  { to: "/funds/$fundId/ledger", key: "ledger", suffix: "/ledger" },
  { to: "/funds/$fundId/withdrawals", key: "withdrawals", suffix: "/withdrawals" },
  { to: "/funds/$fundId/loans", key: "loans", suffix: "/loans" },
] as const;

/** The กข.คจ. workflow (features/kkj) lives under the fund's page of a กข.คจ. fund. */
const KKJ_TAB = { to: "/funds/$fundId/kkj", key: "kkj", suffix: "/kkj" } as const;

function TabButton(props: ComponentPropsWithRef<"a"> & { active: boolean }) {
  const { active, ...rest } = props;
  // The router marks the overview link active on every tab (a prefix match): `active` decides instead.
  return (
    <Button
      component="a"
      size="compact-md"
      variant={active ? "filled" : "subtle"}
      color={active ? undefined : "gray"}
      style={{ flexShrink: 0 }}
      {...rest}
      aria-current={active ? "page" : undefined}
    />
  );
}
const TabLink = createLink(TabButton);

export function FundLayout() {
  const { fundId } = route.useParams();
  const { t } = useLanguage();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const detail = useQuery(fundDetailQuery(fundId));
  const tabBar = useRef<HTMLDivElement>(null);
  const base = `/funds/${fundId}`;
  const current = pathname.replace(/\/+$/, "");
  const isActive = (suffix: string) =>
    suffix === ""
      ? current === base
      : current === `${base}${suffix}` || current.startsWith(`${base}${suffix}/`);
  const activeSuffix =
    [...TABS, KKJ_TAB].find((tab) => tab.suffix !== "" && isActive(tab.suffix))?.suffix ?? "";
  const loaded = detail.isSuccess;
  // On a phone the tab bar scrolls sideways: keep the current tab in view.
  useEffect(() => {
    const bar = tabBar.current;
    if (!loaded || !bar) return;
    const active = bar.querySelector<HTMLElement>(`[data-tab-suffix="${activeSuffix}"]`);
    if (active) bar.scrollLeft = active.offsetLeft - (bar.clientWidth - active.offsetWidth) / 2;
  }, [activeSuffix, loaded]);
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) {
    if (isApiError(detail.error) && (detail.error.status === 404 || detail.error.status === 400)) {
      return <NotFoundPage />;
    }
    return <ErrorAlert error={detail.error} />;
  }
  const { fund } = detail.data;
  const canRepay = holdsAny(detail.data, ["secretary", "finance"]);
  const tabs = fund.fundType === "kkj" ? [TABS[0], KKJ_TAB, ...TABS.slice(1)] : TABS;

  return (
    <Stack gap="sm">
      <PageHeader
        breadcrumbs={[
          <AnchorLink key="funds" to="/funds">
            {t("funds.listTitle")}
          </AnchorLink>,
        ]}
        title={fund.name}
        titleTestId="fund-title"
        subtitle={
          <Group gap="xs">
            <span>
              {t(`funds.type.${fund.fundType}`)} · {fund.areaName}
            </span>
            <FundStatusBadge status={fund.status} />
          </Group>
        }
        actions={
          canRepay ? (
            <ButtonLink
              to="/funds/$fundId/repay"
              params={{ fundId }}
              search={{ loan: undefined }}
              size="md"
              data-testid="fund-repay"
            >
              {t("funds.openRepayment")}
            </ButtonLink>
          ) : undefined
        }
      />
      <Box
        ref={tabBar}
        component="nav"
        aria-label={t("funds.tabsLabel")}
        style={{ overflowX: "auto", borderBottom: "1px solid var(--mantine-color-default-border)" }}
        pb={6}
      >
        <Group gap={4} wrap="nowrap">
          {tabs.map((tab) => (
            <TabLink
              key={tab.key}
              to={tab.to}
              params={{ fundId }}
              active={isActive(tab.suffix)}
              data-tab-suffix={tab.suffix}
              data-testid={`fund-tab-${tab.key}`}
            >
              {t(`funds.tab.${tab.key}`)}
            </TabLink>
          ))}
        </Group>
      </Box>
      <Outlet />
    </Stack>
  );
}
