// The route tree: a public login page and a signed-in layout whose pages load on demand.
import { Button, Container, Stack } from "@mantine/core";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type ErrorComponentProps,
  lazyRouteComponent,
  Navigate,
  Outlet,
  redirect,
} from "@tanstack/react-router";
import { AppLayout } from "./components/app-layout";
import { ErrorAlert } from "./components/error-alert";
import { NotFoundPage, PageLoader } from "./components/status-page";
import { useLanguage } from "./lib/i18n";
import { safeRedirect, sessionQuery, sessionReturnPath } from "./lib/session";

interface RouterContext {
  queryClient: QueryClient;
}

const optionalString = (value: unknown): string | undefined => {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number") return String(value);
  return undefined;
};

/** Plain `?a=b` query strings (the router's default JSON encoding would turn codes into numbers). */
function parseSearch(text: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(text.startsWith("?") ? text.slice(1) : text));
}

function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useLanguage();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <ErrorAlert error={error} />
        <Button variant="light" onClick={reset} w="fit-content">
          {t("status.retry")}
        </Button>
      </Stack>
    </Container>
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/login",
  validateSearch: (search: Record<string, unknown>): { redirect?: string | undefined } => ({
    redirect: optionalString(search.redirect),
  }),
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session?.user.mustChangePassword) throw redirect({ to: "/account/password" });
    if (session) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import("./features/auth/routes/login-page"), "LoginPage"),
});

function SignedInRoot() {
  const { data: session, isPending } = useQuery(sessionQuery);
  if (isPending) return <PageLoader />;
  if (!session) return <Navigate to="/login" search={{ redirect: sessionReturnPath() }} replace />;
  return <AppLayout me={session.user} />;
}

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "signed-in",
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) {
      throw redirect({
        to: "/login",
        search: { redirect: location.href === "/" ? undefined : location.href },
      });
    }
    if (session.user.mustChangePassword && location.pathname !== "/account/password") {
      throw redirect({ to: "/account/password" });
    }
    return { me: session.user };
  },
  component: SignedInRoot,
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./features/areas/routes/home-page"), "HomePage"),
});

const areaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/areas/$code",
  component: lazyRouteComponent(() => import("./features/areas/routes/area-page"), "AreaPage"),
});

const householdsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/households",
  validateSearch: (
    search: Record<string, unknown>,
  ): { area?: string | undefined; q?: string | undefined } => ({
    area: optionalString(search.area),
    q: optionalString(search.q),
  }),
  component: lazyRouteComponent(
    () => import("./features/households/routes/households-page"),
    "HouseholdsPage",
  ),
});

const householdRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/households/$id",
  component: lazyRouteComponent(() => import("./features/households/routes/household-page"), "HouseholdPage"),
});

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/import",
  component: lazyRouteComponent(() => import("./features/import/routes/import-page"), "ImportPage"),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/admin/users",
  component: lazyRouteComponent(() => import("./features/users/routes/users-page"), "UsersPage"),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/admin/audit",
  component: lazyRouteComponent(() => import("./features/audit/routes/audit-page"), "AuditPage"),
});

const changePasswordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account/password",
  component: lazyRouteComponent(
    () => import("./features/auth/routes/change-password-page"),
    "ChangePasswordPage",
  ),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    areaRoute,
    householdsRoute,
    householdRoute,
    importRoute,
    usersRoute,
    auditRoute,
    changePasswordRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    defaultPreload: "intent",
    defaultPendingComponent: PageLoader,
    defaultPendingMs: 300,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
