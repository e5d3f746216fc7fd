// The กข.คจ. section of a fund: a second row of links (workflow, meetings, the four books, debt
// confirmations) above the page; a fund of another type gets a short explanation instead.
import { Alert, Box, Button, Group } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { createLink, getRouteApi, Outlet, useRouterState } from "@tanstack/react-router";
import type { ComponentPropsWithRef } from "react";
import { fundDetailQuery } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import "../kkj.css";

const route = getRouteApi("/signed-in/funds/$fundId/kkj");

const LINKS = [
  { to: "/funds/$fundId/kkj", key: "workspace", suffix: "", dot: null },
  { to: "/funds/$fundId/kkj/meetings", key: "meetings", suffix: "/meetings", dot: null },
  { to: "/funds/$fundId/kkj/books/purple", key: "purple", suffix: "/books/purple", dot: "purple" },
  { to: "/funds/$fundId/kkj/books/green", key: "green", suffix: "/books/green", dot: "green" },
  { to: "/funds/$fundId/kkj/books/yellow", key: "yellow", suffix: "/books/yellow", dot: "yellow" },
  { to: "/funds/$fundId/kkj/books/brown", key: "brown", suffix: "/books/brown", dot: "brown" },
  { to: "/funds/$fundId/kkj/confirmations", key: "confirmations", suffix: "/confirmations", dot: null },
] as const;

function LinkButton(props: ComponentPropsWithRef<"a"> & { active: boolean }) {
  const { active, ...rest } = props;
  return (
    <Button
      component="a"
      size="compact-sm"
      variant={active ? "light" : "subtle"}
      color={active ? undefined : "gray"}
      aria-current={active ? "page" : undefined}
      style={{ flexShrink: 0 }}
      {...rest}
    />
  );
}
const SectionLink = createLink(LinkButton);

export function KkjLayout() {
  const { fundId } = route.useParams();
  const { t } = useLanguage();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const detail = useQuery(fundDetailQuery(fundId));
  if (detail.data && detail.data.fund.fundType !== "kkj") {
    return (
      <Alert color="yellow" variant="light" title={t("kkj.notKkjTitle")}>
        {t("kkj.notKkjText")}
      </Alert>
    );
  }
  const base = `/funds/${fundId}/kkj`;
  const rest = pathname.replace(/\/+$/, "").slice(base.length);
  const activeKey =
    LINKS.slice(1).find((l) => rest.startsWith(l.suffix))?.key ??
    (rest.startsWith("/") || rest === "" ? "workspace" : "");

  return (
    <>
      <Box
        component="nav"
        aria-label={t("kkj.nav.label")}
        style={{ overflowX: "auto" }}
        pb={4}
        data-testid="kkj-nav"
      >
        <Group gap={2} wrap="nowrap">
          {LINKS.map((l) => (
            <SectionLink
              key={l.key}
              to={l.to}
              params={{ fundId }}
              active={activeKey === l.key}
              data-testid={`kkj-nav-${l.key}`}
            >
              {l.dot && <span className={`kkj-book-dot kkj-book-dot-${l.dot}`} aria-hidden="true" />}
              {t(`kkj.nav.${l.key}`)}
            </SectionLink>
          ))}
        </Group>
      </Box>
      <Outlet />
    </>
  );
}
