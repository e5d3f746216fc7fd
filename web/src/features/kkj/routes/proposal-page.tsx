// One project proposal (แบบเสนอโครงการ): the budget with its total in words, the พัฒนากร's opinion and the
// committee decision (each as a form for the person whose turn it is), the next step, and withdrawal.
import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { PrintButton } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { NotFoundPage, PageLoader } from "../../../components/status-page";
import { isApiError } from "../../../lib/api";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { householdRoundsQuery, kkjCalls, kkjKeys, type Proposal, proposalQuery, WITHDRAWABLE } from "../api";
import { Fact, ProposalStatusBadge, useBaht, useKkjAccess } from "../components/kkj-ui";
import { DecisionView, WorkerOpinionView } from "../components/review-views";

// Only the chair and the พัฒนากร fill these in: everyone else does not load them.
const WorkerOpinionForm = lazy(() =>
  import("../components/review-forms").then((m) => ({ default: m.WorkerOpinionForm })),
);
const DecisionForm = lazy(() =>
  import("../components/review-forms").then((m) => ({ default: m.DecisionForm })),
);

const route = getRouteApi("/signed-in/funds/$fundId/kkj/proposals/$proposalId");

function Withdraw({ proposal }: { proposal: Proposal }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: () => kkjCalls.withdrawProposal(proposal.fundId, proposal.id, reason.trim()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kkjKeys.all(proposal.fundId) }),
  });
  if (!open) {
    return (
      <Button variant="subtle" color="red" onClick={() => setOpen(true)} style={{ alignSelf: "flex-start" }}>
        {t("kkj.withdraw.open")}
      </Button>
    );
  }
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text size="sm">{t("kkj.withdraw.hint")}</Text>
        <ErrorAlert error={mutation.error} />
        <TextInput
          label={t("kkj.withdraw.reason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          required
          maxLength={500}
        />
        <Group>
          <Button
            color="red"
            loading={mutation.isPending}
            onClick={() => {
              if (reason.trim() === "") {
                setError(t("kkj.form.required"));
                return;
              }
              mutation.mutate();
            }}
          >
            {t("kkj.withdraw.confirm")}
          </Button>
          <Button variant="subtle" color="gray" onClick={() => setOpen(false)}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function NextStep({ proposal }: { proposal: Proposal }) {
  const { t } = useLanguage();
  const access = useKkjAccess(proposal.fundId);
  const rounds = useQuery(householdRoundsQuery(proposal.householdId));
  const round = rounds.data?.rounds.find((r) => r.proposal.id === proposal.id);
  const fundId = proposal.fundId;
  if (round?.contract) {
    return (
      <ButtonLink
        to="/funds/$fundId/kkj/contracts/$contractId"
        params={{ fundId, contractId: round.contract.id }}
        variant="light"
      >
        {t("kkj.next.openContract", { no: round.contract.contractNo })}
      </ButtonLink>
    );
  }
  if (round?.request && round.request.status !== "withdrawn") {
    return (
      <ButtonLink
        to="/funds/$fundId/kkj/requests/$requestId"
        params={{ fundId, requestId: round.request.id }}
        variant="light"
        data-testid="open-request"
      >
        {t("kkj.next.openRequest", { no: round.request.docNo })}
      </ButtonLink>
    );
  }
  if (proposal.status === "approved") {
    return access.isSecretary ? (
      <ButtonLink
        to="/funds/$fundId/kkj/requests/new"
        params={{ fundId }}
        search={{ proposal: proposal.id }}
        data-testid="new-request"
      >
        {t("kkj.request.new")}
      </ButtonLink>
    ) : (
      <Text size="sm" c="dimmed">
        {t("kkj.step.proposalApproved.waits")}
      </Text>
    );
  }
  return null;
}

function ProposalView({ proposal }: { proposal: Proposal }) {
  const { t } = useLanguage();
  const format = useFormat();
  const baht = useBaht();
  const fundId = proposal.fundId;
  const access = useKkjAccess(fundId);
  const key = kkjKeys.one(fundId, "proposal", proposal.id);
  const canWithdraw = WITHDRAWABLE.includes(proposal.status) && (access.isSecretary || access.isChair);

  return (
    <Stack gap="md">
      <AnchorLink to="/funds/$fundId/kkj" params={{ fundId }} size="sm">
        ← {t("kkj.nav.workspace")}
      </AnchorLink>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Title order={2} size="h3" data-testid="proposal-title">
            {t("kkj.proposal.pageTitle", { no: proposal.docNo })}
          </Title>
          <Text size="sm" c="dimmed">
            {proposal.applicantName} · {t("kkj.proposal.roundValue", { round: proposal.borrowRound })}
          </Text>
        </Stack>
        <Group gap="xs">
          <PrintButton href={`/api/funds/${fundId}/kkj/proposals/${proposal.id}/pdf`} testId="proposal-pdf" />
          <ProposalStatusBadge status={proposal.status} />
        </Group>
      </Group>

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
          <Fact label={t("kkj.proposal.applicant")}>{proposal.applicantName}</Fact>
          <Fact label={t("kkj.proposal.age")}>{proposal.applicantAge ?? "–"}</Fact>
          <Fact label={t("kkj.proposal.occupation")}>{proposal.occupation}</Fact>
          <Fact label={t("kkj.proposal.project")}>{proposal.projectName}</Fact>
          <Fact label={t("kkj.proposal.submittedOn")}>{format.date(proposal.submittedOn)}</Fact>
        </SimpleGrid>
      </Paper>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("kkj.proposal.budget")}
        </Title>
        <DataTable minWidth={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("kkj.proposal.lineNo")}</Table.Th>
              <Table.Th>{t("kkj.proposal.lineItem")}</Table.Th>
              <Table.Th className="num">{t("kkj.proposal.lineAmount")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposal.items.map((item) => (
              <Table.Tr key={item.no}>
                <Table.Td>{item.no}</Table.Td>
                <Table.Td>{item.description}</Table.Td>
                <Table.Td className="num">{format.money(item.amountSatang)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr className="kkj-total-row">
              <Table.Td colSpan={2}>{t("kkj.proposal.total")}</Table.Td>
              <Table.Td className="num" data-testid="proposal-page-total">
                {baht(proposal.totalSatang)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </DataTable>
        <Text size="sm" c="dimmed">
          ({proposal.totalWords})
        </Text>
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("kkj.opinion.workerTitle")}
        </Title>
        {proposal.workerOpinion ? (
          <WorkerOpinionView opinion={proposal.workerOpinion} />
        ) : proposal.status === "submitted" && access.isWorker ? (
          <Suspense fallback={<Loader size="sm" />}>
            <WorkerOpinionForm
              kind="proposal"
              minDate={proposal.submittedOn}
              submit={(body) => kkjCalls.proposalOpinion(fundId, proposal.id, body)}
              invalidate={kkjKeys.all(fundId)}
            />
          </Suspense>
        ) : (
          <Text size="sm" c="dimmed">
            {proposal.status === "submitted" ? t("kkj.step.proposalSubmitted.waits") : "–"}
          </Text>
        )}
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("kkj.decision.title")}
        </Title>
        {proposal.decision ? (
          <DecisionView fundId={fundId} decision={proposal.decision} />
        ) : proposal.status === "worker_reviewed" && access.isChair ? (
          <Suspense fallback={<Loader size="sm" />}>
            <DecisionForm
              fundId={fundId}
              defaultAmountSatang={proposal.totalSatang}
              minDate={proposal.workerOpinion?.on ?? proposal.submittedOn}
              submit={(body) => kkjCalls.decideProposal(fundId, proposal.id, body)}
              invalidate={key}
            />
          </Suspense>
        ) : (
          <Text size="sm" c="dimmed">
            {proposal.status === "worker_reviewed" ? t("kkj.step.proposalReviewed.waits") : "–"}
          </Text>
        )}
      </Stack>

      {proposal.status === "rejected" && (
        <Alert color="red" variant="light">
          {t("kkj.proposal.rejectedNote")}
        </Alert>
      )}
      <NextStep proposal={proposal} />
      {canWithdraw && <Withdraw proposal={proposal} />}
    </Stack>
  );
}

export function ProposalPage() {
  const { fundId, proposalId } = route.useParams();
  const proposal = useQuery(proposalQuery(fundId, proposalId));
  if (proposal.isPending) return <PageLoader />;
  if (proposal.isError) {
    if (isApiError(proposal.error) && (proposal.error.status === 404 || proposal.error.status === 400)) {
      return <NotFoundPage />;
    }
    return <ErrorAlert error={proposal.error} />;
  }
  return <ProposalView key={proposalId} proposal={proposal.data} />;
}
