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

// Poverty target lists, reconciliation and a household's deprivation profile (features/poverty-targets).
const loadPovertyTargetStrings = () => ensureFeatureStrings("povertyTargets");
const povertyTargetsRoute = createRoute({
  beforeLoad: loadPovertyTargetStrings,
  getParentRoute: () => appRoute,
  path: "/poverty/targets",
  component: lazyRouteComponent(
    () => import("./features/poverty-targets/routes/targets-page"),
    "TargetsPage",
  ),
});
const povertyTargetImportRoute = createRoute({
  beforeLoad: loadPovertyTargetStrings,
  getParentRoute: () => appRoute,
  path: "/poverty/targets/import",
  component: lazyRouteComponent(
    () => import("./features/poverty-targets/routes/target-import-page"),
    "TargetImportPage",
  ),
});
const povertyTargetReconcileRoute = createRoute({
  beforeLoad: loadPovertyTargetStrings,
  getParentRoute: () => appRoute,
  path: "/poverty/targets/reconcile",
  validateSearch: (
    search: Record<string, unknown>,
  ): { a?: string | undefined; b?: string | undefined; bucket?: string | undefined } => ({
    a: optionalString(search.a),
    b: optionalString(search.b),
    bucket: optionalString(search.bucket),
  }),
  component: lazyRouteComponent(
    () => import("./features/poverty-targets/routes/target-reconcile-page"),
    "TargetReconcilePage",
  ),
});
const povertyTargetListRoute = createRoute({
  beforeLoad: loadPovertyTargetStrings,
  getParentRoute: () => appRoute,
  path: "/poverty/targets/$id",
  validateSearch: (search: Record<string, unknown>): { match?: string | undefined } => ({
    match: optionalString(search.match),
  }),
  component: lazyRouteComponent(
    () => import("./features/poverty-targets/routes/target-list-page"),
    "TargetListPage",
  ),
});
const povertyProfileRoute = createRoute({
  beforeLoad: loadPovertyTargetStrings,
  getParentRoute: () => appRoute,
  path: "/poverty/households/$id/profile",
  component: lazyRouteComponent(
    () => import("./features/poverty-targets/routes/household-profile-page"),
    "HouseholdProfilePage",
  ),
});

// Poverty cases, mentors' households, progress and agency set-up (features/poverty-cases).
const loadPovertyCaseStrings = () => ensureFeatureStrings("povertyCases");
const povertyCasesRoute = createRoute({
  beforeLoad: loadPovertyCaseStrings,
  getParentRoute: () => appRoute,
  path: "/poverty/cases",
  validateSearch: (
    search: Record<string, unknown>,
  ): {
    area?: string | undefined;
    year?: string | undefined;
    stage?: string | undefined;
    status?: string | undefined;
    dimension?: string | undefined;
    q?: string | undefined;
  } => ({
    area: optionalString(search.area),
    year: optionalString(search.year),
    stage: optionalString(search.stage),
    status: optionalString(search.status),
    dimension: optionalString(search.dimension),
    q: optionalString(search.q),
  }),
  component: lazyRouteComponent(() => import("./features/poverty-cases/routes/cases-page"), "CasesPage"),
});
const povertyOpenCaseRoute = createRoute({
  beforeLoad: loadPovertyCaseStrings,
  getParentRoute: () => appRoute,
  path: "/poverty/cases/open",
  validateSearch: (search: Record<string, unknown>): { household?: string | undefined } => ({
    household: optionalString(search.household),
  }),
  component: lazyRouteComponent(
    () => import("./features/poverty-cases/routes/open-case-page"),
    "OpenCasePage",
  ),
});
const povertyCaseRoute = createRoute({
  beforeLoad: loadPovertyCaseStrings,
  getParentRoute: () => appRoute,
  path: "/poverty/cases/$id",
  component: lazyRouteComponent(() => import("./features/poverty-cases/routes/case-page"), "CasePage"),
});
const povertyProgressRoute = createRoute({
  beforeLoad: () => ensureFeatureStrings("povertyCases", "povertyProgress"),
  getParentRoute: () => appRoute,
  path: "/poverty/progress",
  validateSearch: (
    search: Record<string, unknown>,
  ): { area?: string | undefined; year?: string | undefined; view?: string | undefined } => ({
    area: optionalString(search.area),
    year: optionalString(search.year),
    view: optionalString(search.view),
  }),
  component: lazyRouteComponent(
    () => import("./features/poverty-cases/routes/progress-page"),
    "ProgressPage",
  ),
});
const povertyAgenciesRoute = createRoute({
  beforeLoad: loadPovertyCaseStrings,
  getParentRoute: () => appRoute,
  path: "/poverty/agencies",
  component: lazyRouteComponent(
    () => import("./features/poverty-cases/routes/agencies-page"),
    "AgenciesPage",
  ),
});
const myHouseholdsRoute = createRoute({
  beforeLoad: loadPovertyCaseStrings,
  getParentRoute: () => appRoute,
  path: "/poverty/my-households",
  component: lazyRouteComponent(
    () => import("./features/poverty-cases/routes/my-households-page"),
    "MyHouseholdsPage",
  ),
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

// Debt centres (ศจก.): the list and one centre's page (features/debt-centre); its strings load with them.
const loadDebtCentreStrings = () => ensureFeatureStrings("debtCentre");
const debtCentresRoute = createRoute({
  beforeLoad: loadDebtCentreStrings,
  getParentRoute: () => appRoute,
  path: "/debt-centres",
  component: lazyRouteComponent(() => import("./features/debt-centre/routes/centres-page"), "CentresPage"),
});
const debtCentreRoute = createRoute({
  beforeLoad: loadDebtCentreStrings,
  getParentRoute: () => appRoute,
  path: "/debt-centres/$id",
  component: lazyRouteComponent(() => import("./features/debt-centre/routes/centre-page"), "CentrePage"),
});

// Funds, their ledger and loans (features/funds, features/ledger, features/loans); their strings load with them.
const loadFundStrings = () => ensureFeatureStrings("funds");
/** The fund list, the new-fund page, the overview, committee and bank-account tabs; the ledger; the loans. */
const loadFundAdminStrings = () => ensureFeatureStrings("funds", "fundAdmin");
const loadLedgerStrings = () => ensureFeatureStrings("funds", "ledger");
const loadLoanStrings = () => ensureFeatureStrings("funds", "loans");
const loadKkjStrings = () => ensureFeatureStrings("funds", "kkj");
/** The four books (the largest part of the กข.คจ. strings) and the debt confirmations load their own. */
const loadBookStrings = () => ensureFeatureStrings("funds", "kkj", "books");
const loadConfirmationStrings = () => ensureFeatureStrings("funds", "kkj", "confirmations");
/** A loan contract's own text (its clauses) and its payment voucher load with the contract page only. */
const loadContractStrings = () => ensureFeatureStrings("funds", "kkj", "kkjContract");

const fundsRoute = createRoute({
  beforeLoad: loadFundAdminStrings,
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
  beforeLoad: loadFundAdminStrings,
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
  beforeLoad: loadFundAdminStrings,
  getParentRoute: () => fundRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./features/funds/routes/fund-overview-tab"), "FundOverviewTab"),
});

const fundCommitteeRoute = createRoute({
  beforeLoad: loadFundAdminStrings,
  getParentRoute: () => fundRoute,
  path: "committee",
  component: lazyRouteComponent(() => import("./features/funds/routes/committee-tab"), "CommitteeTab"),
});

const fundBankAccountsRoute = createRoute({
  beforeLoad: loadFundAdminStrings,
  getParentRoute: () => fundRoute,
  path: "bank-accounts",
  component: lazyRouteComponent(() => import("./features/funds/routes/bank-accounts-tab"), "BankAccountsTab"),
});

const fundLedgerRoute = createRoute({
  beforeLoad: loadLedgerStrings,
  getParentRoute: () => fundRoute,
  path: "ledger",
  component: lazyRouteComponent(() => import("./features/ledger/routes/ledger-tab"), "LedgerTab"),
});

const fundWithdrawalsRoute = createRoute({
  beforeLoad: loadLedgerStrings,
  getParentRoute: () => fundRoute,
  path: "withdrawals",
  component: lazyRouteComponent(() => import("./features/ledger/routes/withdrawals-tab"), "WithdrawalsTab"),
});

const fundLoansRoute = createRoute({
  beforeLoad: loadLoanStrings,
  getParentRoute: () => fundRoute,
  path: "loans",
  component: lazyRouteComponent(() => import("./features/loans/routes/loans-tab"), "LoansTab"),
});

/** Quick repayment entry on a phone: outside the fund's tabs, so the page stays short. */
const repayRoute = createRoute({
  beforeLoad: loadLoanStrings,
  getParentRoute: () => appRoute,
  path: "/funds/$fundId/repay",
  validateSearch: (search: Record<string, unknown>): { loan?: string | undefined } => ({
    loan: optionalString(search.loan),
  }),
  component: lazyRouteComponent(() => import("./features/loans/routes/repay-page"), "RepayPage"),
});

const loanRoute = createRoute({
  beforeLoad: loadLoanStrings,
  getParentRoute: () => appRoute,
  path: "/loans/$loanId",
  component: lazyRouteComponent(() => import("./features/loans/routes/loan-page"), "LoanPage"),
});

const householdLoansRoute = createRoute({
  beforeLoad: loadLoanStrings,
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
  beforeLoad: loadContractStrings,
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

// Governance and early warning (features/governance); their strings load with them.
const loadGovernanceStrings = () => ensureFeatureStrings("governance");

const riskRoute = createRoute({
  beforeLoad: loadGovernanceStrings,
  getParentRoute: () => appRoute,
  path: "/risk",
  validateSearch: (
    search: Record<string, unknown>,
  ): { area?: string | undefined; band?: string | undefined } => ({
    area: optionalString(search.area),
    band: optionalString(search.band),
  }),
  component: lazyRouteComponent(() => import("./features/governance/routes/risk-page"), "RiskPage"),
});

const fundRiskRoute = createRoute({
  beforeLoad: loadGovernanceStrings,
  getParentRoute: () => appRoute,
  path: "/risk/$fundId",
  component: lazyRouteComponent(() => import("./features/governance/routes/fund-risk-page"), "FundRiskPage"),
});

const governanceRoute = createRoute({
  beforeLoad: loadGovernanceStrings,
  getParentRoute: () => appRoute,
  path: "/governance",
  validateSearch: (
    search: Record<string, unknown>,
  ): { area?: string | undefined; fy?: string | undefined } => ({
    area: optionalString(search.area),
    fy: optionalString(search.fy),
  }),
  component: lazyRouteComponent(
    () => import("./features/governance/routes/assessments-page"),
    "AssessmentsPage",
  ),
});

const fundGovernanceRoute = createRoute({
  beforeLoad: loadGovernanceStrings,
  getParentRoute: () => appRoute,
  path: "/governance/funds/$fundId",
  component: lazyRouteComponent(
    () => import("./features/governance/routes/fund-governance-page"),
    "FundGovernancePage",
  ),
});

const assessmentRoute = createRoute({
  beforeLoad: loadGovernanceStrings,
  getParentRoute: () => appRoute,
  path: "/governance/assessments/$id",
  component: lazyRouteComponent(
    () => import("./features/governance/routes/assessment-page"),
    "AssessmentPage",
  ),
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

const monitoringRoute = createRoute({
  beforeLoad: () => ensureFeatureStrings("monitoring"),
  getParentRoute: () => appRoute,
  path: "/monitoring",
  validateSearch: (
    search: Record<string, unknown>,
  ): { area?: string | undefined; kind?: string | undefined } => ({
    area: optionalString(search.area),
    kind: optionalString(search.kind),
  }),
  component: lazyRouteComponent(() => import("./features/monitoring/routes/visits-page"), "VisitsPage"),
});

const monitoringNewRoute = createRoute({
  beforeLoad: () => ensureFeatureStrings("monitoring"),
  getParentRoute: () => appRoute,
  path: "/monitoring/new",
  component: lazyRouteComponent(() => import("./features/monitoring/routes/new-visit-page"), "NewVisitPage"),
});

const monitoringVisitRoute = createRoute({
  beforeLoad: () => ensureFeatureStrings("monitoring"),
  getParentRoute: () => appRoute,
  path: "/monitoring/visits/$visitId",
  component: lazyRouteComponent(() => import("./features/monitoring/routes/visit-page"), "VisitPage"),
});

const monitoringFollowUpsRoute = createRoute({
  beforeLoad: () => ensureFeatureStrings("monitoring"),
  getParentRoute: () => appRoute,
  path: "/monitoring/follow-ups",
  validateSearch: (
    search: Record<string, unknown>,
  ): { scope?: string | undefined; show?: string | undefined } => ({
    scope: optionalString(search.scope),
    show: optionalString(search.show),
  }),
  component: lazyRouteComponent(
    () => import("./features/monitoring/routes/follow-ups-page"),
    "FollowUpsPage",
  ),
});

// Complaints (features/complaints) with the public tracking page, and damage cases (features/damage-cases).
const loadComplaintStrings = () => ensureFeatureStrings("complaints");

/** Public: anyone with a reference number follows a complaint here, signed in or not. */
const trackRoute = createRoute({
  beforeLoad: loadComplaintStrings,
  getParentRoute: () => rootRoute,
  path: "/track",
  component: lazyRouteComponent(() => import("./features/complaints/routes/track-page"), "TrackPage"),
});

const complaintsRoute = createRoute({
  beforeLoad: loadComplaintStrings,
  getParentRoute: () => appRoute,
  path: "/complaints",
  validateSearch: (
    search: Record<string, unknown>,
  ): { status?: string | undefined; overdue?: string | undefined } => ({
    status: optionalString(search.status),
    overdue: optionalString(search.overdue),
  }),
  component: lazyRouteComponent(
    () => import("./features/complaints/routes/complaints-page"),
    "ComplaintsPage",
  ),
});

const complaintNewRoute = createRoute({
  beforeLoad: loadComplaintStrings,
  getParentRoute: () => appRoute,
  path: "/complaints/new",
  component: lazyRouteComponent(
    () => import("./features/complaints/routes/complaint-new-page"),
    "ComplaintNewPage",
  ),
});

const complaintRoute = createRoute({
  beforeLoad: loadComplaintStrings,
  getParentRoute: () => appRoute,
  path: "/complaints/$id",
  component: lazyRouteComponent(() => import("./features/complaints/routes/complaint-page"), "ComplaintPage"),
});

const loadDamageStrings = () => ensureFeatureStrings("damageCases");

const damageCasesRoute = createRoute({
  beforeLoad: loadDamageStrings,
  getParentRoute: () => appRoute,
  path: "/damage-cases",
  component: lazyRouteComponent(
    () => import("./features/damage-cases/routes/damage-cases-page"),
    "DamageCasesPage",
  ),
});

const damageCaseRoute = createRoute({
  beforeLoad: loadDamageStrings,
  getParentRoute: () => appRoute,
  path: "/damage-cases/$id",
  component: lazyRouteComponent(
    () => import("./features/damage-cases/routes/damage-case-page"),
    "DamageCasePage",
  ),
});

// Savings groups (features/savings-groups): the list, a group with its tabs, and a member's statement.
const loadSavingsStrings = () => ensureFeatureStrings("savingsGroups");

const savingsGroupsRoute = createRoute({
  beforeLoad: loadSavingsStrings,
  getParentRoute: () => appRoute,
  path: "/savings-groups",
  component: lazyRouteComponent(
    () => import("./features/savings-groups/routes/groups-page"),
    "SavingsGroupsPage",
  ),
});

const savingsGroupRoute = createRoute({
  beforeLoad: loadSavingsStrings,
  getParentRoute: () => appRoute,
  path: "/savings-groups/$fundId",
  component: lazyRouteComponent(
    () => import("./features/savings-groups/routes/group-page"),
    "SavingsGroupPage",
  ),
});

const savingsMemberRoute = createRoute({
  beforeLoad: loadSavingsStrings,
  getParentRoute: () => appRoute,
  path: "/savings-groups/$fundId/members/$memberId",
  component: lazyRouteComponent(
    () => import("./features/savings-groups/routes/member-page"),
    "SavingsMemberPage",
  ),
});

// Knowledge library: search, records, learning centres and model villages (features/knowledge).
const loadKnowledgeStrings = () => ensureFeatureStrings("knowledge");

const knowledgeRoute = createRoute({
  beforeLoad: loadKnowledgeStrings,
  getParentRoute: () => appRoute,
  path: "/knowledge",
  validateSearch: (
    search: Record<string, unknown>,
  ): {
    q?: string | undefined;
    category?: string | undefined;
    area?: string | undefined;
    status?: string | undefined;
  } => ({
    q: optionalString(search.q),
    category: optionalString(search.category),
    area: optionalString(search.area),
    status: optionalString(search.status),
  }),
  component: lazyRouteComponent(
    () => import("./features/knowledge/routes/search-page"),
    "KnowledgeSearchPage",
  ),
});

const knowledgeNewRoute = createRoute({
  beforeLoad: loadKnowledgeStrings,
  getParentRoute: () => appRoute,
  path: "/knowledge/new",
  component: lazyRouteComponent(
    () => import("./features/knowledge/routes/record-form-page"),
    "KnowledgeNewPage",
  ),
});

const knowledgeCentresRoute = createRoute({
  beforeLoad: loadKnowledgeStrings,
  getParentRoute: () => appRoute,
  path: "/knowledge/centres",
  component: lazyRouteComponent(
    () => import("./features/knowledge/routes/centres-page"),
    "LearningCentresPage",
  ),
});

const knowledgeCentreRoute = createRoute({
  beforeLoad: loadKnowledgeStrings,
  getParentRoute: () => appRoute,
  path: "/knowledge/centres/$id",
  component: lazyRouteComponent(
    () => import("./features/knowledge/routes/centres-page"),
    "LearningCentrePage",
  ),
});

const knowledgeVillagesRoute = createRoute({
  beforeLoad: loadKnowledgeStrings,
  getParentRoute: () => appRoute,
  path: "/knowledge/villages",
  component: lazyRouteComponent(
    () => import("./features/knowledge/routes/villages-page"),
    "ModelVillagesPage",
  ),
});

const knowledgeVillageRoute = createRoute({
  beforeLoad: loadKnowledgeStrings,
  getParentRoute: () => appRoute,
  path: "/knowledge/villages/$id",
  component: lazyRouteComponent(
    () => import("./features/knowledge/routes/villages-page"),
    "ModelVillagePage",
  ),
});

const knowledgeRecordRoute = createRoute({
  beforeLoad: loadKnowledgeStrings,
  getParentRoute: () => appRoute,
  path: "/knowledge/$id",
  component: lazyRouteComponent(
    () => import("./features/knowledge/routes/record-page"),
    "KnowledgeRecordPage",
  ),
});

const knowledgeEditRoute = createRoute({
  beforeLoad: loadKnowledgeStrings,
  getParentRoute: () => appRoute,
  path: "/knowledge/$id/edit",
  component: lazyRouteComponent(
    () => import("./features/knowledge/routes/record-form-page"),
    "KnowledgeEditPage",
  ),
});

const livelihoodsRoute = createRoute({
  beforeLoad: () => ensureFeatureStrings("livelihoods"),
  getParentRoute: () => appRoute,
  path: "/livelihoods",
  component: lazyRouteComponent(
    () => import("./features/livelihoods/routes/livelihoods-page"),
    "LivelihoodsPage",
  ),
});

const livelihoodPlanRoute = createRoute({
  beforeLoad: () => ensureFeatureStrings("livelihoods"),
  getParentRoute: () => appRoute,
  path: "/livelihoods/plans/$planId",
  component: lazyRouteComponent(() => import("./features/livelihoods/routes/plan-page"), "PlanPage"),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  trackRoute,
  appRoute.addChildren([
    homeRoute,
    areaRoute,
    householdsRoute,
    householdRoute,
    importRoute,
    povertyTargetsRoute,
    povertyTargetImportRoute,
    povertyTargetReconcileRoute,
    povertyTargetListRoute,
    povertyProfileRoute,
    povertyCasesRoute,
    povertyOpenCaseRoute,
    povertyCaseRoute,
    povertyProgressRoute,
    povertyAgenciesRoute,
    myHouseholdsRoute,
    usersRoute,
    auditRoute,
    changePasswordRoute,
    complaintsRoute,
    complaintNewRoute,
    complaintRoute,
    damageCasesRoute,
    damageCaseRoute,
    savingsGroupsRoute,
    savingsGroupRoute,
    savingsMemberRoute,
    debtCentresRoute,
    debtCentreRoute,
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
    monitoringRoute,
    monitoringNewRoute,
    monitoringVisitRoute,
    monitoringFollowUpsRoute,
    livelihoodsRoute,
    livelihoodPlanRoute,
    riskRoute,
    fundRiskRoute,
    governanceRoute,
    fundGovernanceRoute,
    assessmentRoute,
    knowledgeRoute,
    knowledgeNewRoute,
    knowledgeCentresRoute,
    knowledgeCentreRoute,
    knowledgeVillagesRoute,
    knowledgeVillageRoute,
    knowledgeRecordRoute,
    knowledgeEditRoute,
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
