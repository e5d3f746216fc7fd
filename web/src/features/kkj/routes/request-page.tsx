// One loan request (แบบขอยืมเงินทุน): the amount in figures and in Thai words, the repayment plan and its
// instalments, the consenting spouse or heir, the พัฒนากร's opinion and the committee decision, then the
// contract.
import { Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { PrintButton } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { NotFoundPage, PageLoader } from "../../../components/status-page";
import { isApiError } from "../../../lib/api";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { householdRoundsQuery, kkjCalls, kkjKeys, type LoanRequest, requestQuery } from "../api";
import { InstalmentTable, PlanSummary } from "../components/instalment-table";
import { Fact, RequestStatusBadge, useBaht, useKkjAccess } from "../components/kkj-ui";
import { DecisionView, WorkerOpinionView } from "../components/review-views";

// Only the chair and the พัฒนากร fill these in: everyone else does not load them.
const WorkerOpinionForm = lazy(() =>
  import("../components/review-forms").then((m) => ({ default: m.WorkerOpinionForm })),
);
const DecisionForm = lazy(() =>
  import("../components/review-forms").then((m) => ({ default: m.DecisionForm })),
);

const route = getRouteApi("/signed-in/funds/$fundId/kkj/requests/$requestId");

function ContractStep({ request }: { request: LoanRequest }) {
  const { t } = useLanguage();
  const access = useKkjAccess(request.fundId);
  const fundId = request.fundId;
  const rounds = useQuery({
    ...householdRoundsQuery(request.householdId),
    enabled: request.status === "contracted",
  });
  const contract = rounds.data?.rounds.find((r) => r.request?.id === request.id)?.contract;
  if (contract) {
    return (
      <ButtonLink
        to="/funds/$fundId/kkj/contracts/$contractId"
        params={{ fundId, contractId: contract.id }}
        variant="light"
        data-testid="open-contract"
      >
        {t("kkj.next.openContract", { no: contract.contractNo })}
      </ButtonLink>
    );
  }
  if (request.status !== "approved") return null;
  return access.isSecretary ? (
    <ButtonLink
      to="/funds/$fundId/kkj/contracts/new"
      params={{ fundId }}
      search={{ request: request.id }}
      data-testid="new-contract"
    >
      {t("kkj.contract.new")}
    </ButtonLink>
  ) : (
    <Text size="sm" c="dimmed">
      {t("kkj.step.requestApproved.waits")}
    </Text>
  );
}

function RequestView({ request }: { request: LoanRequest }) {
  const { t } = useLanguage();
  const format = useFormat();
  const baht = useBaht();
  const fundId = request.fundId;
  const access = useKkjAccess(fundId);
  const key = kkjKeys.one(fundId, "request", request.id);
  return (
    <Stack gap="md">
      <AnchorLink
        to="/funds/$fundId/kkj/proposals/$proposalId"
        params={{ fundId, proposalId: request.proposalId }}
        size="sm"
      >
        ← {t("kkj.proposal.back")}
      </AnchorLink>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h3" data-testid="request-title">
          {t("kkj.request.pageTitle", { no: request.docNo })}
        </Title>
        <Group gap="xs">
          <PrintButton
            href={`/api/funds/${request.fundId}/kkj/requests/${request.id}/pdf`}
            testId="request-pdf"
          />
          <RequestStatusBadge status={request.status} />
        </Group>
      </Group>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <div>
            <Text size="xs" c="dimmed">
              {t("kkj.request.amount")}
            </Text>
            <Text fw={700} size="xl" data-testid="request-amount-figures">
              {baht(request.amountSatang)}
            </Text>
            <Text size="sm" data-testid="request-amount-words">
              ({request.amountWords})
            </Text>
          </div>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <Fact label={t("kkj.request.registerSeq")}>{request.registerSeq}</Fact>
            <Fact label={t("kkj.request.requestedOn")}>{format.date(request.requestedOn)}</Fact>
            <Fact label={t("kkj.request.plan")}>
              <PlanSummary plan={request.plan} />
            </Fact>
            <Fact label={t("kkj.consent.title")}>
              {request.consentName
                ? `${request.consentName}${request.consentRelation ? ` (${t(`kkj.consent.${request.consentRelation === "heir" ? "heir" : "spouse"}`)})` : ""}`
                : "–"}
            </Fact>
          </SimpleGrid>
        </Stack>
      </Paper>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("kkj.request.schedule")}
        </Title>
        <Text size="xs" c="dimmed">
          {t("kkj.request.scheduleNote")}
        </Text>
        {request.schedulePreview.length > 0 ? (
          <InstalmentTable rows={request.schedulePreview} />
        ) : (
          <Text size="sm" c="dimmed">
            –
          </Text>
        )}
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("kkj.opinion.workerTitle")}
        </Title>
        {request.workerOpinion ? (
          <WorkerOpinionView opinion={request.workerOpinion} />
        ) : request.status === "submitted" && access.isWorker ? (
          <Suspense fallback={<Loader size="sm" />}>
            <WorkerOpinionForm
              kind="request"
              minDate={request.requestedOn}
              submit={(body) => kkjCalls.requestOpinion(fundId, request.id, body)}
              invalidate={kkjKeys.all(fundId)}
            />
          </Suspense>
        ) : (
          <Text size="sm" c="dimmed">
            {request.status === "submitted" ? t("kkj.step.requestSubmitted.waits") : "–"}
          </Text>
        )}
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("kkj.decision.title")}
        </Title>
        {request.decision ? (
          <DecisionView
            fundId={fundId}
            decision={request.decision}
            amountWords={request.decision.amountWords}
          />
        ) : request.status === "worker_reviewed" && access.isChair ? (
          <Suspense fallback={<Loader size="sm" />}>
            <DecisionForm
              fundId={fundId}
              defaultAmountSatang={request.amountSatang}
              minDate={request.workerOpinion?.on ?? request.requestedOn}
              submit={(body) => kkjCalls.decideRequest(fundId, request.id, body)}
              invalidate={key}
            />
          </Suspense>
        ) : (
          <Text size="sm" c="dimmed">
            {request.status === "worker_reviewed" ? t("kkj.step.requestReviewed.waits") : "–"}
          </Text>
        )}
      </Stack>
      <ContractStep request={request} />
    </Stack>
  );
}

export function RequestPage() {
  const { fundId, requestId } = route.useParams();
  const request = useQuery(requestQuery(fundId, requestId));
  if (request.isPending) return <PageLoader />;
  if (request.isError) {
    if (isApiError(request.error) && (request.error.status === 404 || request.error.status === 400)) {
      return <NotFoundPage />;
    }
    return <ErrorAlert error={request.error} />;
  }
  return <RequestView key={requestId} request={request.data} />;
}
