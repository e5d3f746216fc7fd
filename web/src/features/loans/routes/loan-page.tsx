// One loan: borrower, amounts (due today, outstanding, payoff), schedule, versions (ผ่อนผัน) and receipts;
// the actions a committee seat allows (repay, reschedule, write off, cancel the latest receipt).
import { Button, Card, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, type ReactNode, Suspense, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { NotFoundPage, PageLoader } from "../../../components/status-page";
import { isApiError } from "../../../lib/api";
import { useFormat } from "../../../lib/format";
import { fundDetailQuery, holdsAny } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/session";
import { type LoanDetail, loanDetailQuery } from "../api";
import { LoanClassBadge } from "../components/loan-class-badge";
import { LoanReceipts } from "../components/repayments-table";
import { ScheduleTable } from "../components/schedule-table";
import { VersionsList } from "../components/versions-list";
import { liveDetailClass } from "../loan-class";

const route = getRouteApi("/signed-in/loans/$loanId");

// The chair's decision forms load when opened: most visitors of a loan never see them.
const loadDecisions = () => import("../components/decision-forms");
const RescheduleForm = lazy(() => loadDecisions().then((m) => ({ default: m.RescheduleForm })));
const WriteOffForm = lazy(() => loadDecisions().then((m) => ({ default: m.WriteOffForm })));
const ReverseRepaymentForm = lazy(() => loadDecisions().then((m) => ({ default: m.ReverseRepaymentForm })));

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

export function LoanPage() {
  const { loanId } = route.useParams();
  const detail = useQuery(loanDetailQuery(loanId));
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) {
    if (isApiError(detail.error) && (detail.error.status === 404 || detail.error.status === 400)) {
      return <NotFoundPage />;
    }
    return <ErrorAlert error={detail.error} />;
  }
  return <LoanView key={loanId} detail={detail.data} />;
}

type Panel = "reschedule" | "writeOff" | "reverse" | null;

function LoanView({ detail }: { detail: LoanDetail }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const me = useMe();
  const { loan } = detail;
  const fund = useQuery({ ...fundDetailQuery(loan.fundId), enabled: can("funds.read") });
  const [panel, setPanel] = useState<Panel>(null);
  const baht = (v: number) => `${format.money(v)} ${t("money.baht")}`;
  const active = loan.status === "active";
  const canRepay = active && holdsAny(fund.data, ["secretary", "finance"]);
  const isChair = holdsAny(fund.data, ["chair"]);
  const lastLive = [...detail.repayments]
    .filter((r) => !r.isCancelled)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const hasInterest = detail.product.interestMethod !== "none";
  const live = liveDetailClass(detail);
  const crumbs = fund.data
    ? [
        <AnchorLink key="funds" to="/funds">
          {t("funds.listTitle")}
        </AnchorLink>,
        <AnchorLink key="fund" to="/funds/$fundId/loans" params={{ fundId: loan.fundId }}>
          {fund.data.fund.name}
        </AnchorLink>,
      ]
    : me.householdId
      ? [
          <AnchorLink key="mine" to="/household-loans/$householdId" params={{ householdId: me.householdId }}>
            {t("nav.myLoans")}
          </AnchorLink>,
        ]
      : undefined;

  return (
    <Stack gap="lg">
      <PageHeader
        breadcrumbs={crumbs}
        title={loan.borrowerName}
        titleTestId="loan-title"
        subtitle={
          <Group gap="xs">
            <span>
              {t("loans.contractNo")} {loan.loanNo} ·{" "}
              {lang === "en" ? detail.product.name.en : detail.product.name.th}
            </span>
            <LoanClassBadge loan={loan} loanClass={live.loanClass} />
          </Group>
        }
        actions={
          canRepay ? (
            <ButtonLink
              to="/funds/$fundId/repay"
              params={{ fundId: loan.fundId }}
              search={{ loan: loan.id }}
              size="md"
              data-testid="loan-repay"
            >
              {t("funds.openRepayment")}
            </ButtonLink>
          ) : undefined
        }
      />

      <Card withBorder>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Fact label={t("repayment.dueToday")} testId="loan-due-today">
            <Text span fw={700} size="lg" c={detail.dueToday.totalSatang > 0 ? "red.8" : undefined}>
              {baht(detail.dueToday.totalSatang)}
            </Text>
          </Fact>
          <Fact label={t("loans.outstanding")} testId="loan-outstanding">
            <Text span fw={700} size="lg">
              {baht(detail.outstanding.totalSatang)}
            </Text>
          </Fact>
          <Fact label={t("loans.principal")}>{baht(loan.principalSatang)}</Fact>
          <Fact label={t("loans.nextDue")}>{loan.nextDueOn ? format.date(loan.nextDueOn) : "–"}</Fact>
          {hasInterest && (
            <Fact label={t("loans.outstandingSplit")}>
              {t("loans.amountPair", {
                principal: format.money(detail.outstanding.principalSatang),
                interest: format.money(detail.outstanding.interestSatang),
              })}
            </Fact>
          )}
          {detail.payoff && <Fact label={t("loans.payoff")}>{baht(detail.payoff.payoffSatang)}</Fact>}
          <Fact label={t("loans.contractedOn")}>{format.date(loan.contractedOn)}</Fact>
          <Fact label={t("loans.disbursedOn")}>{loan.disbursedOn ? format.date(loan.disbursedOn) : "–"}</Fact>
          {live.daysOverdue > 0 && (
            <Fact label={t("loans.overdue")}>
              <Text span c="red.8" fw={700} size="sm">
                {t("loans.daysPastDue", { days: live.daysOverdue })}
              </Text>
            </Fact>
          )}
          {loan.writtenOffOn && (
            <Fact label={t("loans.class.written_off")}>
              {format.date(loan.writtenOffOn)} · {baht(loan.writeOffSatang ?? 0)}
              {loan.writeOffReason && (
                <Text size="xs" c="dimmed">
                  {loan.writeOffReason} ({loan.writeOffResolutionRef})
                </Text>
              )}
            </Fact>
          )}
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="xs">
          {t("funds.asOf", { date: format.date(detail.asOf) })}
        </Text>
      </Card>

      {(isChair && active) || (isChair && lastLive) ? (
        <Stack gap="xs">
          <Group gap="xs">
            {active && (
              <Button
                variant="light"
                onClick={() => setPanel(panel === "reschedule" ? null : "reschedule")}
                data-testid="loan-reschedule"
              >
                {t("loans.decision.reschedule")}
              </Button>
            )}
            {active && (
              <Button
                variant="light"
                color="red"
                onClick={() => setPanel(panel === "writeOff" ? null : "writeOff")}
                data-testid="loan-write-off"
              >
                {t("loans.decision.writeOff")}
              </Button>
            )}
            {lastLive && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => setPanel(panel === "reverse" ? null : "reverse")}
                data-testid="loan-reverse"
              >
                {t("loans.decision.reverse")}
              </Button>
            )}
          </Group>
          <Suspense fallback={<Loader size="sm" />}>
            {panel === "reschedule" && <RescheduleForm detail={detail} onDone={() => setPanel(null)} />}
            {panel === "writeOff" && <WriteOffForm detail={detail} onDone={() => setPanel(null)} />}
            {panel === "reverse" && lastLive && (
              <ReverseRepaymentForm detail={detail} repayment={lastLive} onDone={() => setPanel(null)} />
            )}
          </Suspense>
        </Stack>
      ) : null}

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("loans.schedule.title")}
        </Title>
        <Paper withBorder p={0}>
          <ScheduleTable instalments={detail.schedule} testId="schedule-table" />
        </Paper>
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("loans.receipts.title")}
        </Title>
        <LoanReceipts loanId={loan.id} />
      </Stack>

      {detail.versions.length > 1 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t("loans.versions.title")}
          </Title>
          <VersionsList versions={detail.versions} currentVersionNo={loan.currentVersionNo} />
        </Stack>
      )}
    </Stack>
  );
}
