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
import { ensureFeatureStrings, useLanguage } from "./lib/i18n";
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
  beforeLoad: () => ensureFeatureStrings("bmn"),
  getParentRoute: () => appRoute,
  path: "/households/$id",
  component: lazyRouteComponent(() => import("./features/households/routes/household-page"), "HouseholdPage"),
});

const importRoute = createRoute({
  beforeLoad: () => ensureFeatureStrings("import"),
  getParentRoute: () => appRoute,
  path: "/import",
  component: lazyRouteComponent(() => import("./features/import/routes/import-page"), "ImportPage"),
});

const usersRoute = createRoute({
  beforeLoad: () => ensureFeatureStrings("admin"),
  getParentRoute: () => appRoute,
  path: "/admin/users",
  component: lazyRouteComponent(() => import("./features/users/routes/users-page"), "UsersPage"),
});

const auditRoute = createRoute({
  beforeLoad: () => ensureFeatureStrings("admin"),
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

// Funds, their ledger and loans (features/funds, features/ledger, features/loans); their strings load with them.
const loadFundStrings = () => ensureFeatureStrings("funds");
const loadKkjStrings = () => ensureFeatureStrings("funds", "kkj");
/** The four books (the largest part of the กข.คจ. strings) and the debt confirmations load their own. */
const loadBookStrings = () => ensureFeatureStrings("funds", "kkj", "books");
const loadConfirmationStrings = () => ensureFeatureStrings("funds", "kkj", "confirmations");

const fundsRoute = createRoute({
  beforeLoad: loadFundStrings,
  getParentRoute: () => appRoute,
  path: "/funds",
  validateSearch: (
    search: Record<string, unknown>,
  ): { area?: string | undefined; type?: string | undefined } => ({
    area: optionalString(search.area),
    type: optionalString(search.type),
  }),
  component: lazyRouteComponent(() => import("./features/funds/routes/funds-page"), "FundsPage"),
});

const createFundRoute = createRoute({
  beforeLoad: loadFundStrings,
  getParentRoute: () => appRoute,
  path: "/funds/new",
  validateSearch: (search: Record<string, unknown>): { area?: string | undefined } => ({
    area: optionalString(search.area),
  }),
  component: lazyRouteComponent(() => import("./features/funds/routes/create-fund-page"), "CreateFundPage"),
});

/** /funds/$fundId: the tabs of a fund, each a child route. */
const fundRoute = createRoute({
  beforeLoad: loadFundStrings,
  getParentRoute: () => appRoute,
  path: "/funds/$fundId",
  component: lazyRouteComponent(() => import("./features/funds/routes/fund-layout"), "FundLayout"),
});

const fundOverviewRoute = createRoute({
  getParentRoute: () => fundRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./features/funds/routes/fund-overview-tab"), "FundOverviewTab"),
});

const fundCommitteeRoute = createRoute({
  getParentRoute: () => fundRoute,
  path: "committee",
  component: lazyRouteComponent(() => import("./features/funds/routes/committee-tab"), "CommitteeTab"),
});

const fundBankAccountsRoute = createRoute({
  getParentRoute: () => fundRoute,
  path: "bank-accounts",
  component: lazyRouteComponent(() => import("./features/funds/routes/bank-accounts-tab"), "BankAccountsTab"),
});

const fundLedgerRoute = createRoute({
  getParentRoute: () => fundRoute,
  path: "ledger",
  component: lazyRouteComponent(() => import("./features/ledger/routes/ledger-tab"), "LedgerTab"),
});

const fundWithdrawalsRoute = createRoute({
  getParentRoute: () => fundRoute,
  path: "withdrawals",
  component: lazyRouteComponent(() => import("./features/ledger/routes/withdrawals-tab"), "WithdrawalsTab"),
});

const fundLoansRoute = createRoute({
  getParentRoute: () => fundRoute,
  path: "loans",
  component: lazyRouteComponent(() => import("./features/loans/routes/loans-tab"), "LoansTab"),
});

/** Quick repayment entry on a phone: outside the fund's tabs, so the page stays short. */
const repayRoute = createRoute({
  beforeLoad: loadFundStrings,
  getParentRoute: () => appRoute,
  path: "/funds/$fundId/repay",
  validateSearch: (search: Record<string, unknown>): { loan?: string | undefined } => ({
    loan: optionalString(search.loan),
  }),
  component: lazyRouteComponent(() => import("./features/loans/routes/repay-page"), "RepayPage"),
});

const loanRoute = createRoute({
  beforeLoad: loadFundStrings,
  getParentRoute: () => appRoute,
  path: "/loans/$loanId",
  component: lazyRouteComponent(() => import("./features/loans/routes/loan-page"), "LoanPage"),
});

const householdLoansRoute = createRoute({
  beforeLoad: loadFundStrings,
  getParentRoute: () => appRoute,
  path: "/household-loans/$householdId",
  component: lazyRouteComponent(
    () => import("./features/loans/routes/household-loans-page"),
    "HouseholdLoansPage",
  ),
});

// กข.คจ. workflow and its four books, inside a กข.คจ. fund's page (features/kkj).
const kkjRoute = createRoute({
  beforeLoad: loadKkjStrings,
  getParentRoute: () => fundRoute,
  path: "kkj",
  component: lazyRouteComponent(() => import("./features/kkj/routes/kkj-layout"), "KkjLayout"),
});

const kkjWorkspaceRoute = createRoute({
  getParentRoute: () => kkjRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./features/kkj/routes/workspace-page"), "KkjWorkspacePage"),
});

const kkjMeetingsRoute = createRoute({
  getParentRoute: () => kkjRoute,
  path: "meetings",
  component: lazyRouteComponent(() => import("./features/kkj/routes/meetings-page"), "KkjMeetingsPage"),
});

const kkjPurpleRoute = createRoute({
  beforeLoad: loadBookStrings,
  getParentRoute: () => kkjRoute,
  path: "books/purple",
  component: lazyRouteComponent(() => import("./features/kkj/routes/purple-book-page"), "PurpleBookPage"),
});

const kkjGreenRoute = createRoute({
  beforeLoad: loadBookStrings,
  getParentRoute: () => kkjRoute,
  path: "books/green",
  validateSearch: (search: Record<string, unknown>): { account?: string | undefined } => ({
    account: optionalString(search.account),
  }),
  component: lazyRouteComponent(() => import("./features/kkj/routes/green-book-page"), "GreenBookPage"),
});

const kkjYellowRoute = createRoute({
  beforeLoad: loadBookStrings,
  getParentRoute: () => kkjRoute,
  path: "books/yellow",
  validateSearch: (search: Record<string, unknown>): { loan?: string | undefined } => ({
    loan: optionalString(search.loan),
  }),
  component: lazyRouteComponent(() => import("./features/kkj/routes/yellow-book-page"), "YellowBookPage"),
});

const kkjBrownRoute = createRoute({
  beforeLoad: loadBookStrings,
  getParentRoute: () => kkjRoute,
  path: "books/brown",
  component: lazyRouteComponent(() => import("./features/kkj/routes/brown-book-page"), "BrownBookPage"),
});

const kkjConfirmationsRoute = createRoute({
  beforeLoad: loadConfirmationStrings,
  getParentRoute: () => kkjRoute,
  path: "confirmations",
  component: lazyRouteComponent(
    () => import("./features/kkj/routes/confirmations-page"),
    "DebtConfirmationsPage",
  ),
});

const kkjNewProposalRoute = createRoute({
  getParentRoute: () => kkjRoute,
  path: "proposals/new",
  validateSearch: (search: Record<string, unknown>): { target?: string | undefined } => ({
    target: optionalString(search.target),
  }),
  component: lazyRouteComponent(() => import("./features/kkj/routes/proposal-new-page"), "NewProposalPage"),
});

const kkjProposalRoute = createRoute({
  getParentRoute: () => kkjRoute,
  path: "proposals/$proposalId",
  component: lazyRouteComponent(() => import("./features/kkj/routes/proposal-page"), "ProposalPage"),
});

const kkjNewRequestRoute = createRoute({
  getParentRoute: () => kkjRoute,
  path: "requests/new",
  validateSearch: (search: Record<string, unknown>): { proposal?: string | undefined } => ({
    proposal: optionalString(search.proposal),
  }),
  component: lazyRouteComponent(() => import("./features/kkj/routes/request-new-page"), "NewRequestPage"),
});

const kkjRequestRoute = createRoute({
  getParentRoute: () => kkjRoute,
  path: "requests/$requestId",
  component: lazyRouteComponent(() => import("./features/kkj/routes/request-page"), "RequestPage"),
});

const kkjNewContractRoute = createRoute({
  getParentRoute: () => kkjRoute,
  path: "contracts/new",
  validateSearch: (search: Record<string, unknown>): { request?: string | undefined } => ({
    request: optionalString(search.request),
  }),
  component: lazyRouteComponent(() => import("./features/kkj/routes/contract-new-page"), "NewContractPage"),
});

const kkjContractRoute = createRoute({
  getParentRoute: () => kkjRoute,
  path: "contracts/$contractId",
  component: lazyRouteComponent(() => import("./features/kkj/routes/contract-page"), "ContractPage"),
});

// Dashboards and maps from the nation down to a village (features/dashboards); their strings load with them.
const loadDashboardStrings = () => ensureFeatureStrings("dashboards");
const dashboardSearch = (
  search: Record<string, unknown>,
): {
  year?: string | undefined;
  type?: string | undefined;
  measure?: string | undefined;
  classes?: string | undefined;
} => ({
  year: optionalString(search.year),
  type: optionalString(search.type),
  measure: optionalString(search.measure),
  classes: optionalString(search.classes),
});

const dashboardRoute = createRoute({
  beforeLoad: loadDashboardStrings,
  getParentRoute: () => appRoute,
  path: "/dashboard",
  validateSearch: dashboardSearch,
  component: lazyRouteComponent(() => import("./features/dashboards/routes/dashboard-page"), "DashboardPage"),
});

const dashboardAreaRoute = createRoute({
  beforeLoad: loadDashboardStrings,
  getParentRoute: () => appRoute,
  path: "/dashboard/$code",
  validateSearch: dashboardSearch,
  component: lazyRouteComponent(() => import("./features/dashboards/routes/dashboard-page"), "DashboardPage"),
});

// The official reports and the officers' report notes (features/reports); their strings load with them.
const loadReportStrings = () => ensureFeatureStrings("reports");

const reportsRoute = createRoute({
  beforeLoad: loadReportStrings,
  getParentRoute: () => appRoute,
  path: "/reports",
  validateSearch: (
    search: Record<string, unknown>,
  ): {
    report?: string | undefined;
    area?: string | undefined;
    fy?: string | undefined;
    thai?: string | undefined;
  } => ({
    report: optionalString(search.report),
    area: optionalString(search.area),
    fy: optionalString(search.fy),
    thai: optionalString(search.thai),
  }),
  component: lazyRouteComponent(() => import("./features/reports/routes/reports-page"), "ReportsPage"),
});

const reportNoteRoute = createRoute({
  beforeLoad: loadReportStrings,
  getParentRoute: () => appRoute,
  path: "/reports/notes/$fundId",
  validateSearch: (search: Record<string, unknown>): { fy?: string | undefined } => ({
    fy: optionalString(search.fy),
  }),
  component: lazyRouteComponent(() => import("./features/reports/routes/report-note-page"), "ReportNotePage"),
});

const kkjRoutes = [
  kkjWorkspaceRoute,
  kkjMeetingsRoute,
  kkjPurpleRoute,
  kkjGreenRoute,
  kkjYellowRoute,
  kkjBrownRoute,
  kkjConfirmationsRoute,
  kkjNewProposalRoute,
  kkjProposalRoute,
  kkjNewRequestRoute,
  kkjRequestRoute,
  kkjNewContractRoute,
  kkjContractRoute,
] as const;

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
    fundsRoute,
    createFundRoute,
    fundRoute.addChildren([
      fundOverviewRoute,
      fundCommitteeRoute,
      fundBankAccountsRoute,
      fundLedgerRoute,
      fundWithdrawalsRoute,
      fundLoansRoute,
      kkjRoute.addChildren(kkjRoutes),
    ]),
    repayRoute,
    loanRoute,
    householdLoansRoute,
    dashboardRoute,
    dashboardAreaRoute,
    reportsRoute,
    reportNoteRoute,
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
