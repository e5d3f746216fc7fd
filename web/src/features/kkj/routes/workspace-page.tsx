// The กข.คจ. workspace of a fund: a board of borrowing rounds by step with counts and whose move it is,
// then every round (proposal) with a status filter and "load more".
import {
  Alert,
  Badge,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import {
  boardQuery,
  type Contract,
  type LoanRequest,
  PROPOSAL_STATUSES,
  type Proposal,
  proposalsQuery,
  type Voucher,
} from "../api";
import { BOARD_STEPS, type BoardCard, buildBoard, isMyTurn } from "../board";
import { ProposalStatusBadge, useBaht, useKkjAccess } from "../components/kkj-ui";

const route = getRouteApi("/signed-in/funds/$fundId/kkj/");
const SHOWN_PER_STEP = 4;

function CardLink({ fundId, card }: { fundId: string; card: BoardCard }) {
  const { t } = useLanguage();
  const baht = useBaht();
  const label = (
    <>
      <Text size="sm" fw={600} span>
        {card.name}
      </Text>
      <Text size="xs" c="dimmed" component="div">
        {card.projectName} · {baht(card.amountSatang)}
        {card.awaitingSignatures !== undefined &&
          ` · ${t(card.awaitingSignatures ? "kkj.board.awaitingSignatures" : "kkj.board.awaitingPayout")}`}
      </Text>
    </>
  );
  const style = { display: "block" } as const;
  switch (card.link.kind) {
    case "request":
      return (
        <AnchorLink
          to="/funds/$fundId/kkj/requests/$requestId"
          params={{ fundId, requestId: card.link.id }}
          style={style}
        >
          {label}
        </AnchorLink>
      );
    case "contract":
      return (
        <AnchorLink
          to="/funds/$fundId/kkj/contracts/$contractId"
          params={{ fundId, contractId: card.link.id }}
          style={style}
        >
          {label}
        </AnchorLink>
      );
    default:
      return (
        <AnchorLink
          to="/funds/$fundId/kkj/proposals/$proposalId"
          params={{ fundId, proposalId: card.link.id }}
          style={style}
        >
          {label}
        </AnchorLink>
      );
  }
}

function StepBoard({ fundId }: { fundId: string }) {
  const { t } = useLanguage();
  const format = useFormat();
  const access = useKkjAccess(fundId);
  const proposals = useQuery(boardQuery<Proposal>(fundId, "proposals", ""));
  const requests = useQuery(boardQuery<LoanRequest>(fundId, "requests", ""));
  const contracts = useQuery(boardQuery<Contract>(fundId, "contracts", ""));
  const vouchers = useQuery(boardQuery<Voucher>(fundId, "vouchers", "pending"));
  const error = proposals.error ?? requests.error ?? contracts.error ?? vouchers.error;
  if (error) return <ErrorAlert error={error} />;
  if (!proposals.data || !requests.data || !contracts.data || !vouchers.data) return <Loader size="sm" />;
  const board = buildBoard(
    proposals.data.items,
    requests.data.items,
    contracts.data.items,
    vouchers.data.items,
  );
  const mine = BOARD_STEPS.filter((s) => isMyTurn(s.waits, access.me.role, access.positions)).reduce(
    (n, s) => n + board[s.key].length,
    0,
  );
  const partial = proposals.data.nextCursor !== null;

  return (
    <Stack gap="sm">
      {mine > 0 && (
        <Alert color="orange" variant="light" data-testid="kkj-my-turn">
          {t("kkj.board.myTurn", { count: mine })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="sm" data-testid="kkj-board">
        {BOARD_STEPS.map((step, i) => {
          const cards = board[step.key];
          const myTurn = cards.length > 0 && isMyTurn(step.waits, access.me.role, access.positions);
          return (
            <Paper
              key={step.key}
              withBorder
              p="sm"
              className={myTurn ? "kkj-step-mine" : undefined}
              visibleFrom={cards.length === 0 ? "sm" : undefined}
              data-testid={`kkj-step-${step.key}`}
              aria-labelledby={`kkj-step-${step.key}-title`}
              component="section"
            >
              <Stack gap={6}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <ThemeIcon size="sm" radius="xl" variant="light" aria-hidden="true">
                    <Text size="xs" fw={700}>
                      {i + 1}
                    </Text>
                  </ThemeIcon>
                  <Title order={3} size="h6" id={`kkj-step-${step.key}-title`} style={{ flex: 1 }}>
                    {t(`kkj.step.${step.key}.title`)}
                  </Title>
                  <Text fw={700} size="lg" lh={1} data-testid="kkj-step-count">
                    {format.count(cards.length)}
                  </Text>
                </Group>
                <Badge
                  variant={myTurn ? "filled" : "light"}
                  color={step.waits === "none" ? "gray" : myTurn ? "orange" : "blue"}
                  style={{ whiteSpace: "normal", height: "auto", textTransform: "none" }}
                  fw={500}
                >
                  {t(`kkj.step.${step.key}.waits`)}
                  {myTurn ? ` · ${t("kkj.board.yourTurn")}` : ""}
                </Badge>
                {cards.slice(0, SHOWN_PER_STEP).map((card) => (
                  <CardLink key={card.proposalId} fundId={fundId} card={card} />
                ))}
                {cards.length > SHOWN_PER_STEP && (
                  <Text size="xs" c="dimmed">
                    {t("kkj.board.andMore", { count: cards.length - SHOWN_PER_STEP })}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Text size="xs" c="dimmed" hiddenFrom="sm">
        {t("kkj.board.phoneNote")}
      </Text>
      {partial && (
        <Text size="xs" c="dimmed">
          {t("kkj.board.partial", { count: proposals.data.items.length })}
        </Text>
      )}
    </Stack>
  );
}

function RoundList({ fundId }: { fundId: string }) {
  const { t } = useLanguage();
  const format = useFormat();
  const baht = useBaht();
  const [status, setStatus] = useState("");
  const list = useInfiniteQuery(proposalsQuery(fundId, status, 30));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={3} size="h4">
          {t("kkj.rounds.title")}
        </Title>
        <NativeSelect
          label={t("kkj.rounds.filter")}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[
            { value: "", label: t("kkj.rounds.all") },
            ...PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`kkj.proposalStatus.${s}`) })),
          ]}
          data-testid="kkj-round-filter"
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("kkj.rounds.none")}</Text>
      ) : (
        <>
          <DataTable minWidth={720} striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("kkj.proposal.docNo")}</Table.Th>
                <Table.Th>{t("kkj.proposal.applicant")}</Table.Th>
                <Table.Th>{t("kkj.proposal.project")}</Table.Th>
                <Table.Th>{t("kkj.proposal.round")}</Table.Th>
                <Table.Th>{t("kkj.proposal.submittedOn")}</Table.Th>
                <Table.Th className="num">{t("kkj.proposal.amount")}</Table.Th>
                <Table.Th>{t("kkj.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id} data-testid="kkj-round-row">
                  <Table.Td className="nowrap">
                    <AnchorLink
                      size="sm"
                      to="/funds/$fundId/kkj/proposals/$proposalId"
                      params={{ fundId, proposalId: p.id }}
                    >
                      {p.docNo}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{p.applicantName}</Table.Td>
                  <Table.Td>{p.projectName}</Table.Td>
                  <Table.Td>{p.borrowRound}</Table.Td>
                  <Table.Td className="nowrap">{format.date(p.submittedOn)}</Table.Td>
                  <Table.Td className="num">{baht(p.decision?.amountSatang ?? p.totalSatang)}</Table.Td>
                  <Table.Td>
                    <ProposalStatusBadge status={p.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          <LoadMore
            shown={items.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </Stack>
  );
}

export function KkjWorkspacePage() {
  const { fundId } = route.useParams();
  const { t } = useLanguage();
  const access = useKkjAccess(fundId);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h3" data-testid="kkj-workspace-title">
            {t("kkj.workspace.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("kkj.workspace.hint")}
          </Text>
        </Stack>
        {access.isSecretary && (
          <Group gap="xs">
            <ButtonLink
              to="/funds/$fundId/kkj/proposals/new"
              params={{ fundId }}
              search={{ target: undefined }}
              data-testid="kkj-new-proposal"
            >
              {t("kkj.proposal.new")}
            </ButtonLink>
            <ButtonLink to="/funds/$fundId/kkj/meetings" params={{ fundId }} variant="light">
              {t("kkj.meeting.record")}
            </ButtonLink>
          </Group>
        )}
      </Group>
      <StepBoard fundId={fundId} />
      <RoundList fundId={fundId} />
    </Stack>
  );
}
