// Annual debt confirmations (ยืนยันยอดหนี้): the loans not yet confirmed in a fiscal year, where the secretary
// records each household's answer (agrees, or disputes with the amount it says it owes), and those recorded.
import {
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { type FormEvent, lazy, Suspense, useRef, useState } from "react";
import { fiscalYearOf, fiscalYearRange } from "../../../../../src/shared/thai-date";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput } from "../../../lib/money-input";
import {
  confirmationsQuery,
  type DebtConfirmationBody,
  kkjCalls,
  kkjKeys,
  pendingConfirmationsQuery,
  type UnconfirmedLoan,
} from "../api";
import { LoanStatusBadge, useBaht, useKkjAccess } from "../components/kkj-ui";

const route = getRouteApi("/signed-in/funds/$fundId/kkj/confirmations");
// Loaded after the page: this page's first load sits at the 200 KB budget (npm run budget:web).
const ExportLinks = lazy(() =>
  import("../../../components/document-links").then((m) => ({ default: m.ExportLinks })),
);
const PrintButton = lazy(() =>
  import("../../../components/document-links").then((m) => ({ default: m.PrintButton })),
);

function ConfirmForm({
  fundId,
  fiscalYear,
  loan,
  onDone,
}: {
  fundId: string;
  fiscalYear: number;
  loan: UnconfirmedLoan;
  onDone: () => void;
}) {
  const { t } = useLanguage();
  const baht = useBaht();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const today = todayIso();
  const fyEnd = fiscalYearRange(fiscalYear).to;
  const [answer, setAnswer] = useState<"agree" | "dispute">("agree");
  const [claimed, setClaimed] = useState("");
  const [note, setNote] = useState("");
  const [confirmedOn, setConfirmedOn] = useState<string | null>(today);
  const [error, setError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: (body: DebtConfirmationBody) => kkjCalls.confirmDebt(fundId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: kkjKeys.confirmations(fundId, fiscalYear) });
      onDone();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let claimedSatang: number | undefined;
    if (answer === "dispute" && claimed.trim() !== "") {
      const parsed = parseBahtInput(claimed);
      if (!parsed.ok && parsed.error !== "zero") {
        setError(t(parsed.error === "empty" ? "kkj.form.required" : parsed.error));
        focusFirstInvalid(formRef.current);
        return;
      }
      claimedSatang = parsed.ok ? parsed.value : 0;
    }
    setError(undefined);
    mutation.mutate({
      loanId: loan.loanId,
      // A past fiscal year is confirmed as at its last day; the current one as at today.
      ...(fyEnd < today ? { asOf: fyEnd } : {}),
      agrees: answer === "agree",
      ...(claimedSatang !== undefined ? { claimedSatang } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(confirmedOn ? { confirmedOn } : {}),
    });
  };
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      ref={formRef}
      onSubmit={submit}
      noValidate
      data-testid="confirm-form"
    >
      <Stack gap="xs">
        <Text size="sm">
          {t("confirmations.question", { name: loan.borrowerName, amount: baht(loan.outstandingSatang) })}
        </Text>
        <ErrorAlert error={mutation.error} />
        <SegmentedControl
          value={answer}
          onChange={(v) => setAnswer(v as "agree" | "dispute")}
          data={[
            { value: "agree", label: t("confirmations.agree") },
            { value: "dispute", label: t("confirmations.dispute") },
          ]}
          aria-label={t("confirmations.answer")}
          style={{ alignSelf: "flex-start" }}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {answer === "dispute" && (
            <TextInput
              label={t("confirmations.claimed")}
              inputMode="decimal"
              value={claimed}
              onChange={(e) => setClaimed(e.currentTarget.value)}
              error={error}
              rightSection={<Text size="xs">{t("money.baht")}</Text>}
            />
          )}
          <TextInput
            label={t("confirmations.note")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={2000}
          />
          <DateField
            label={t("confirmations.confirmedOn")}
            value={confirmedOn}
            onChange={setConfirmedOn}
            maxDate={today}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="confirm-submit">
            {t("common.save")}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Pending({
  fundId,
  fiscalYear,
  canRecord,
}: {
  fundId: string;
  fiscalYear: number;
  canRecord: boolean;
}) {
  const { t } = useLanguage();
  const baht = useBaht();
  const [open, setOpen] = useState<string | null>(null);
  const list = useInfiniteQuery(pendingConfirmationsQuery(fundId, fiscalYear));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t("confirmations.pendingTitle")}
      </Title>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("confirmations.noPending")}</Text>
      ) : (
        <>
          {items.map((loan) => (
            <Paper withBorder p="sm" key={loan.loanId} data-testid="confirm-pending">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text fw={600}>{loan.borrowerName}</Text>
                  <Text size="sm" c="dimmed">
                    {t("kkj.contract.no")} {loan.contractNo} · {t("confirmations.outstanding")}{" "}
                    {baht(loan.outstandingSatang)}
                  </Text>
                </div>
                <Group gap="xs">
                  <LoanStatusBadge status={loan.loanStatus} />
                  {canRecord && open !== loan.loanId && (
                    <Button size="xs" variant="light" onClick={() => setOpen(loan.loanId)}>
                      {t("confirmations.record")}
                    </Button>
                  )}
                </Group>
              </Group>
              {open === loan.loanId && (
                <div style={{ marginTop: 8 }}>
                  <ConfirmForm
                    fundId={fundId}
                    fiscalYear={fiscalYear}
                    loan={loan}
                    onDone={() => setOpen(null)}
                  />
                </div>
              )}
            </Paper>
          ))}
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

function Recorded({ fundId, fiscalYear }: { fundId: string; fiscalYear: number }) {
  const { t } = useLanguage();
  const format = useFormat();
  const list = useInfiniteQuery(confirmationsQuery(fundId, fiscalYear));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t("confirmations.doneTitle")}
      </Title>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("confirmations.noneDone")}</Text>
      ) : (
        <>
          <DataTable minWidth={820} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("kkj.contract.no")}</Table.Th>
                <Table.Th>{t("kkj.contract.borrower")}</Table.Th>
                <Table.Th>{t("confirmations.asOf")}</Table.Th>
                <Table.Th className="num">{t("confirmations.outstanding")}</Table.Th>
                <Table.Th>{t("confirmations.answer")}</Table.Th>
                <Table.Th>{t("confirmations.confirmedOn")}</Table.Th>
                <Table.Th>{t("confirmations.note")}</Table.Th>
                <Table.Th aria-label={t("documents.print")} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id} data-testid="confirm-done">
                  <Table.Td className="nowrap">{c.contractNo}</Table.Td>
                  <Table.Td>{c.borrowerName}</Table.Td>
                  <Table.Td className="nowrap">{format.date(c.asOf)}</Table.Td>
                  <Table.Td className="num">{format.money(c.outstandingSatang)}</Table.Td>
                  <Table.Td>
                    <Badge color={c.agrees ? "teal" : "orange"} variant="light">
                      {t(c.agrees ? "confirmations.agreed" : "confirmations.disputed")}
                    </Badge>
                    {!c.agrees && c.claimedSatang !== null && (
                      <Text size="xs">
                        {t("confirmations.claimedValue", { amount: format.money(c.claimedSatang) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className="nowrap">{format.date(c.confirmedOn)}</Table.Td>
                  <Table.Td>{c.note ?? ""}</Table.Td>
                  <Table.Td>
                    <Suspense fallback={null}>
                      <PrintButton
                        href={`/api/funds/${c.fundId}/kkj/debt-confirmations/${c.id}/pdf`}
                        testId="confirmation-pdf"
                      />
                    </Suspense>
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

export function DebtConfirmationsPage() {
  const { fundId } = route.useParams();
  const { t, lang } = useLanguage();
  const access = useKkjAccess(fundId);
  const current = fiscalYearOf(todayIso());
  const [fiscalYear, setFiscalYear] = useState(current);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {t("confirmations.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("confirmations.hint")}
          </Text>
        </Stack>
        <NativeSelect
          label={t("confirmations.fiscalYear")}
          value={String(fiscalYear)}
          onChange={(e) => setFiscalYear(Number(e.currentTarget.value))}
          data={[current, current - 1, current - 2].map((y) => ({
            value: String(y),
            label: t("confirmations.fiscalYearValue", { year: y }),
          }))}
          data-testid="confirm-fiscal-year"
        />
      </Group>
      <Group justify="flex-end">
        <Suspense fallback={null}>
          <ExportLinks
            href={`/api/funds/${fundId}/kkj/debt-confirmations/export`}
            query={{ fiscalYear, lang }}
            testId="confirmations-export"
          />
        </Suspense>
      </Group>
      <Pending fundId={fundId} fiscalYear={fiscalYear} canRecord={access.isSecretary} />
      <Recorded fundId={fundId} fiscalYear={fiscalYear} />
    </Stack>
  );
}
