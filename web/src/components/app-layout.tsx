// The signed-in shell: header with user and language, a navigation bar that becomes a burger menu on phones.
import { AppShell, Burger, Button, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { Link, Outlet, useRouterState } from "@tanstack/react-router";
import { useState } from "react";
import type { Me } from "../../../src/shared/contracts/auth";
import { ROLE_NAMES, type Role } from "../../../src/shared/roles";
import { useLanguage } from "../lib/i18n";
import { endSession, logOut, MeContext } from "../lib/session";
import { LanguageSwitch } from "./language-switch";
import { NavLinkLink } from "./router-links";

interface NavItem {
  to: string;
  label: string;
  isActive: (path: string) => boolean;
  params?: Record<string, string>;
}

function useNavItems(me: Me): NavItem[] {
  const { t } = useLanguage();
  const has = (p: string) => me.permissions.includes(p);
  const items: NavItem[] = [];
  if (has("areas.read")) {
    items.push({
      to: "/",
      label: t("nav.areas"),
      isActive: (p) => p === "/" || p.startsWith("/areas"),
    });
  }
  if (has("households.read") && has("areas.read")) {
    items.push({
      to: "/households",
      label: t("nav.households"),
      isActive: (p) => p.startsWith("/households"),
    });
  }
  if (me.householdId && !has("areas.read")) {
    items.push({
      to: "/households/$id",
      params: { id: me.householdId },
      label: t("nav.myHousehold"),
      isActive: (p) => p.startsWith("/households"),
    });
  }
  if (has("funds.read")) {
    items.push({
      to: "/funds",
      label: t("nav.funds"),
      isActive: (p) => p.startsWith("/funds") || p.startsWith("/loans"),
    });
  }
  if (has("funds.read")) {
    items.push({
      to: "/debt-centres",
      label: t("nav.debtCentres"),
      isActive: (p) => p.startsWith("/debt-centres"),
    });
  }
  if (has("funds.read")) {
    items.push({
      to: "/savings-groups",
      label: t("nav.savingsGroups"),
      isActive: (p) => p.startsWith("/savings-groups"),
    });
  }
  if (has("funds.read")) {
    items.push({
      to: "/dashboard",
      label: t("nav.dashboard"),
      isActive: (p) => p.startsWith("/dashboard"),
    });
  }
  if (has("ledger.read") && has("funds.read")) {
    items.push({
      to: "/reports",
      label: t("nav.reports"),
      isActive: (p) => p.startsWith("/reports"),
    });
  }
  if (me.householdId && !has("funds.read")) {
    items.push({
      to: "/household-loans/$householdId",
      params: { householdId: me.householdId },
      label: t("nav.myLoans"),
      isActive: (p) => p.startsWith("/household-loans") || p.startsWith("/loans"),
    });
  }
  if (has("funds.read")) {
    items.push({
      to: "/risk",
      label: t("nav.risk"),
      isActive: (p) => p.startsWith("/risk") || p.startsWith("/governance"),
    });
  }
  if (has("complaints.file") || has("complaints.read")) {
    items.push({
      to: "/complaints",
      label: t("nav.complaints"),
      isActive: (p) => p.startsWith("/complaints"),
    });
  }
  if (has("damage.read")) {
    items.push({
      to: "/damage-cases",
      label: t("nav.damageCases"),
      isActive: (p) => p.startsWith("/damage-cases"),
    });
  }
  if (has("households.import")) {
    items.push({ to: "/import", label: t("nav.import"), isActive: (p) => p.startsWith("/import") });
  }
  if (has("households.read") && me.role !== "household_member") {
    items.push({
      to: "/poverty/targets",
      label: t("nav.povertyTargets"),
      isActive: (p) => p.startsWith("/poverty"),
    });
  }
  if (has("monitoring.read")) {
    items.push({
      to: "/monitoring",
      label: t("nav.monitoring"),
      isActive: (p) => p.startsWith("/monitoring"),
    });
  }
  if (has("livelihoods.read")) {
    items.push({
      to: "/livelihoods",
      label: t("nav.livelihoods"),
      isActive: (p) => p.startsWith("/livelihoods"),
    });
  }
  if (has("poverty.read") && me.role !== "mentor") {
    items.push({
      to: "/poverty/cases",
      label: t("nav.povertyCases"),
      isActive: (p) =>
        ["/poverty/cases", "/poverty/progress", "/poverty/agencies"].some((x) => p.startsWith(x)),
    });
  }
  if (me.role === "mentor") {
    items.push({
      to: "/poverty/my-households",
      label: t("nav.myMentees"),
      isActive: (p) => p.startsWith("/poverty/my-households"),
    });
  }
  items.push({
    to: "/knowledge",
    label: t("nav.knowledge"),
    isActive: (p) => p.startsWith("/knowledge"),
  });
  if (has("users.read")) {
    items.push({ to: "/admin/users", label: t("nav.users"), isActive: (p) => p.startsWith("/admin/users") });
  }
  if (has("audit.read")) {
    items.push({ to: "/admin/audit", label: t("nav.audit"), isActive: (p) => p.startsWith("/admin/audit") });
  }
  items.push({
    to: "/account/password",
    label: t("nav.changePassword"),
    isActive: (p) => p.startsWith("/account/password"),
  });
  return items;
}

function UserSummary({ me }: { me: Me }) {
  const { t, lang } = useLanguage();
  const roleName = ROLE_NAMES[me.role as Role]?.[lang] ?? me.role;
  const scope = me.scopeCode === "" ? t("area.wholeCountry") : me.scopeName;
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text size="sm" fw={700} truncate="end" data-testid="user-name">
        {me.displayName}
      </Text>
      <Text size="xs" c="dimmed" truncate="end">
        {roleName} · {scope}
      </Text>
    </Stack>
  );
}

export function AppLayout({ me }: { me: Me }) {
  const { t } = useLanguage();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const queryClient = useQueryClient();
  const [loggingOut, setLoggingOut] = useState(false);
  const items = useNavItems(me);

  const handleLogout = async () => {
    setLoggingOut(true);
    try {
      await logOut();
    } catch {
      // The session may already be gone on the server; signing out locally is what matters.
    }
    endSession(queryClient);
  };

  return (
    <MeContext.Provider value={me}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 250, breakpoint: "sm", collapsed: { mobile: !opened } }}
        padding={{ base: "sm", sm: "md" }}
      >
        <AppShell.Header>
          <Group h="100%" px={{ base: "xs", sm: "md" }} justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t("nav.toggle")}
                data-testid="nav-burger"
              />
              <UnstyledButton component={Link} to="/" onClick={close} aria-label={t("app.home")}>
                <Text fw={700} size="lg" c="teal.8" style={{ whiteSpace: "nowrap" }}>
                  {t("app.name")}
                </Text>
              </UnstyledButton>
            </Group>
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Group visibleFrom="sm" style={{ minWidth: 0, maxWidth: 320 }}>
                <UserSummary me={me} />
              </Group>
              <LanguageSwitch />
              <Button
                variant="light"
                color="gray"
                size="xs"
                onClick={() => void handleLogout()}
                loading={loggingOut}
                data-testid="logout"
              >
                {t("nav.logout")}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={t("nav.label")}>
          <AppShell.Section
            hiddenFrom="sm"
            px="xs"
            pb="xs"
            mb="xs"
            style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}
          >
            <UserSummary me={me} />
          </AppShell.Section>
          <AppShell.Section grow style={{ overflowY: "auto" }}>
            {items.map((item) => (
              <NavLinkLink
                key={item.to}
                to={item.to}
                params={item.params}
                label={item.label}
                active={item.isActive(pathname)}
                onClick={close}
                data-testid={`nav-${item.to.replace(/[/$]/g, "-").replace(/^-+|-+$/g, "") || "home"}`}
              />
            ))}
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </MeContext.Provider>
  );
}
