// The purple book (สมุดสีม่วง, เล่ม 7): the target-household register in rank order with incomes before and
// after the first loan and each household's loans; the secretary registers eligible households from the
// village; the committee sets and the พัฒนากร of the area.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import {
  type Candidate,
  candidatesQuery,
  kkjCalls,
  kkjKeys,
  type PurpleBook,
  purpleBookQuery,
  type Target,
} from "../api";
import { BookBand, positionName, useBaht, useKkjAccess } from "../components/kkj-ui";

const route = getRouteApi("/signed-in/funds/$fundId/kkj/books/purple");
// Loaded after the page: this page's first load sits at the 200 KB budget (npm run budget:web).
const ExportLinks = lazy(() =>
  import("../../../components/document-links").then((m) => ({ default: m.ExportLinks })),
);

function IncomeCell({ value }: { value: number | null }) {
  const format = useFormat();
  return <Table.Td className="num">{value === null ? "–" : format.money(value)}</Table.Td>;
}

function TargetLoans({ fundId, target }: { fundId: string; target: Target }) {
  const { t } = useLanguage();
  const baht = useBaht();
  const format = useFormat();
  if (target.loans.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t("books.purple.noLoans")}
      </Text>
    );
  return (
    <Stack gap={2}>
      {target.loans.map((l) => (
        <Text size="xs" key={l.contractId}>
          <AnchorLink
            to="/funds/$fundId/kkj/contracts/$contractId"
            params={{ fundId, contractId: l.contractId }}
            size="xs"
          >
            {t("books.purple.loanLine", { round: l.borrowRound, no: l.contractNo })}
          </AnchorLink>{" "}
          {format.date(l.signedOn)} · {baht(l.amountSatang)} · {t("books.purple.outstanding")}{" "}
          {baht(l.outstandingSatang)}
        </Text>
      ))}
    </Stack>
  );
}

interface RegisterProps {
  fundId: string;
  targets: Target[];
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

function Register({ fundId, targets, hasMore, loading, onLoadMore }: RegisterProps) {
  const { t } = useLanguage();
  const format = useFormat();
  const access = useKkjAccess(fundId);
  if (targets.length === 0) return <Text c="dimmed">{t("books.purple.empty")}</Text>;
  return (
    <>
      <DataTable minWidth={920} striped data-testid="purple-register">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("books.purple.seq")}</Table.Th>
            <Table.Th>{t("books.purple.head")}</Table.Th>
            <Table.Th>{t("books.purple.houseNo")}</Table.Th>
            <Table.Th className="num">{t("books.purple.members")}</Table.Th>
            <Table.Th className="num">{t("books.purple.incomeBefore")}</Table.Th>
            <Table.Th className="num">{t("books.purple.after1")}</Table.Th>
            <Table.Th className="num">{t("books.purple.after2")}</Table.Th>
            <Table.Th className="num">{t("books.purple.after3")}</Table.Th>
            <Table.Th>{t("books.purple.loans")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((target) => (
            <Table.Tr key={target.id} data-testid="purple-row">
              <Table.Td>{target.registerSeq}</Table.Td>
              <Table.Td>
                {target.headName}
                {target.status !== "active" && (
                  <Badge ml={4} size="xs" color="gray" variant="light">
                    {t(`books.purple.targetStatus.${target.status}`, { defaultValue: target.status })}
                  </Badge>
                )}
                {access.isSecretary && target.status === "active" && (
                  <div className="kkj-no-print">
                    <AnchorLink
                      size="xs"
                      to="/funds/$fundId/kkj/proposals/new"
                      params={{ fundId }}
                      search={{ target: target.id }}
                      data-testid="purple-propose"
                    >
                      + {t("kkj.proposal.new")}
                    </AnchorLink>
                  </div>
                )}
              </Table.Td>
              <Table.Td>{target.houseNo}</Table.Td>
              <Table.Td className="num">{target.membersCount}</Table.Td>
              <Table.Td className="num">
                {format.money(target.incomePerPersonSatang)}
                <Text size="xs" c="dimmed">
                  {t("books.purple.bmnYear", { year: target.bmnYear })}
                </Text>
              </Table.Td>
              <IncomeCell value={target.incomeAfter1Satang} />
              <IncomeCell value={target.incomeAfter2Satang} />
              <IncomeCell value={target.incomeAfter3Satang} />
              <Table.Td>
                <TargetLoans fundId={fundId} target={target} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      <Text size="xs" c="dimmed">
        {t("books.purple.incomeNote")}
      </Text>
      <div className="kkj-no-print">
        <LoadMore shown={targets.length} hasMore={hasMore} loading={loading} onLoadMore={onLoadMore} />
      </div>
    </>
  );
}

function CandidateReason({ c }: { c: Candidate }) {
  const { t } = useLanguage();
  const color = c.eligible ? "teal" : c.reason === "no_bmn_record" ? "gray" : "orange";
  return (
    <Badge color={color} variant="light">
      {t(`books.candidates.reason.${c.reason}`)}
    </Badge>
  );
}

function Candidates({ fundId, onDone }: { fundId: string; onDone: () => void }) {
  const { t } = useLanguage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(candidatesQuery(fundId));
  const [chosen, setChosen] = useState<string[]>([]);
  const [registered, setRegistered] = useState<number | null>(null);
  const register = useMutation({
    mutationFn: () => kkjCalls.registerTargets(fundId, chosen),
    onSuccess: async (result) => {
      setRegistered(result.items.length);
      setChosen([]);
      await queryClient.invalidateQueries({ queryKey: kkjKeys.all(fundId) });
    },
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  return (
    <Paper withBorder p="md" className="kkj-no-print" data-testid="candidates">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            {t("books.candidates.title")}
          </Title>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t("kkj.close")}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t("books.candidates.hint")}
        </Text>
        {registered !== null && (
          <Alert color="teal" variant="light" data-testid="candidates-registered">
            {t("books.candidates.registered", { count: registered })}
          </Alert>
        )}
        <ErrorAlert error={list.error ?? register.error} />
        {list.isPending ? (
          <Loader size="sm" />
        ) : items.length === 0 ? (
          <Text c="dimmed">{t("books.candidates.none")}</Text>
        ) : (
          <>
            <DataTable minWidth={720} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th aria-label={t("books.candidates.choose")} />
                  <Table.Th>{t("books.purple.houseNo")}</Table.Th>
                  <Table.Th>{t("books.purple.head")}</Table.Th>
                  <Table.Th className="num">{t("books.purple.members")}</Table.Th>
                  <Table.Th className="num">{t("books.candidates.income")}</Table.Th>
                  <Table.Th className="num">{t("books.candidates.criterion")}</Table.Th>
                  <Table.Th>{t("books.candidates.eligibility")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.householdId} data-testid="candidate-row">
                    <Table.Td>
                      <Checkbox
                        aria-label={t("books.candidates.chooseOne", { name: c.headName, houseNo: c.houseNo })}
                        checked={chosen.includes(c.householdId)}
                        disabled={!c.eligible}
                        onChange={(e) => toggle(c.householdId, e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>{c.houseNo}</Table.Td>
                    <Table.Td>{c.headName}</Table.Td>
                    <Table.Td className="num">{c.memberCount}</Table.Td>
                    <Table.Td className="num">
                      {c.incomePerPersonSatang === null ? "–" : format.money(c.incomePerPersonSatang)}
                      {c.bmnYear !== null && (
                        <Text size="xs" c="dimmed">
                          {t("books.purple.bmnYear", { year: c.bmnYear })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td className="num">
                      {c.criterionSatang === null ? "–" : format.money(c.criterionSatang)}
                    </Table.Td>
                    <Table.Td>
                      <CandidateReason c={c} />
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
            <Group>
              <Button
                disabled={chosen.length === 0}
                loading={register.isPending}
                onClick={() => register.mutate()}
                data-testid="candidates-register"
              >
                {t("books.candidates.register", { count: chosen.length })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function CommitteeSets({ book }: { book: PurpleBook }) {
  const { t } = useLanguage();
  const format = useFormat();
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t("books.purple.committeeSets")}
      </Title>
      {book.committeeSets.length === 0 && <Text c="dimmed">{t("books.purple.noCommittee")}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {book.committeeSets.map((set) => (
          <Paper withBorder p="sm" key={set.setNo}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={700}>{t("books.purple.setNo", { no: set.setNo })}</Text>
              {set.isCurrent && (
                <Badge color="teal" variant="light">
                  {t("books.purple.currentSet")}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t("books.purple.term", { from: format.date(set.termStart), to: format.date(set.termEnd) })}
            </Text>
            <Stack gap={0} mt={4}>
              {set.members.map((m, i) => (
                <Text size="sm" key={`${m.position}-${m.name}`}>
                  {i + 1}. {m.name} — {positionName(t, m.position)}
                </Text>
              ))}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <Title order={3} size="h4">
        {t("books.purple.workers")}
      </Title>
      {book.workers.length === 0 ? (
        <Text c="dimmed">{t("books.purple.noWorker")}</Text>
      ) : (
        book.workers.map((w) => (
          <Text size="sm" key={w.userId}>
            {w.displayName}
            {w.position ? ` — ${w.position}` : ""}
          </Text>
        ))
      )}
    </Stack>
  );
}

export function PurpleBookPage() {
  const { fundId } = route.useParams();
  const { t, lang } = useLanguage();
  const access = useKkjAccess(fundId);
  const book = useInfiniteQuery(purpleBookQuery(fundId));
  const [adding, setAdding] = useState(false);
  const first = book.data?.pages[0];
  return (
    <Stack gap="md" className="kkj-printable kkj-landscape">
      <BookBand
        book="purple"
        fundName={first ? `${first.fund.name} · ${first.fund.villageName}` : undefined}
        extra={
          <Button
            variant="white"
            color="dark"
            size="xs"
            onClick={() => window.print()}
            className="kkj-no-print"
          >
            {t("kkj.print")}
          </Button>
        }
      />
      <Group justify="flex-end" className="kkj-no-print">
        <Suspense fallback={null}>
          <ExportLinks
            href={`/api/funds/${fundId}/kkj/books/purple/export`}
            query={{ lang }}
            testId="purple-book-export"
          />
        </Suspense>
      </Group>
      <ErrorAlert error={book.error} />
      {book.isPending ? (
        <Loader size="sm" />
      ) : first ? (
        <>
          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h4">
              {t("books.purple.registerTitle")}
            </Title>
            {access.isSecretary && !adding && (
              <Button
                variant="light"
                onClick={() => setAdding(true)}
                className="kkj-no-print"
                data-testid="purple-add-targets"
              >
                {t("books.candidates.open")}
              </Button>
            )}
          </Group>
          {adding && <Candidates fundId={fundId} onDone={() => setAdding(false)} />}
          <Register
            fundId={fundId}
            targets={book.data?.pages.flatMap((p) => p.targets.items) ?? []}
            hasMore={book.hasNextPage}
            loading={book.isFetchingNextPage}
            onLoadMore={() => void book.fetchNextPage()}
          />
          <CommitteeSets book={first} />
        </>
      ) : null}
    </Stack>
  );
}
