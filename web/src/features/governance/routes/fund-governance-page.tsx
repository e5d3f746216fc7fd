// A fund's governance: its assessment for a fiscal year (open it or start it) and its bank reconciliations with the form to record one.
import {
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { todayIso, useFormat } from "../../../lib/format";
import { fundDetailQuery } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput } from "../../../lib/money-input";
import { useCan } from "../../../lib/session";
import {
  assessmentListQuery,
  createAssessment,
  currentFiscalYear,
  governanceKeys,
  reconciliationsQuery,
  recordReconciliation,
} from "../api";
import { FiscalYearSelect, LevelBadge } from "../components/assessment-parts";

const route = getRouteApi("/signed-in/governance/funds/$fundId");

function AssessmentSection({ fundId }: { fundId: string }) {
  const { t } = useLanguage();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [fiscalYear, setFiscalYear] = useState(currentFiscalYear());
  const list = useInfiniteQuery(assessmentListQuery(fiscalYear, "", fundId));
  const found = list.data?.pages.flatMap((p) => p.items)[0];
  const start = useMutation({
    mutationFn: () => createAssessment(fundId, fiscalYear),
    onSuccess: (a) => {
      void queryClient.invalidateQueries({ queryKey: governanceKeys.all });
      void navigate({ to: "/governance/assessments/$id", params: { id: a.id } });
    },
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t("governance.fund.assessment")}</Title>
        <FiscalYearSelect value={fiscalYear} onChange={setFiscalYear} testId="fund-assessment-fy" />
        {list.isError && <ErrorAlert error={list.error} />}
        {list.isPending && <Loader size="sm" />}
        {found && (
          <Group justify="space-between">
            <AnchorLink
              to="/governance/assessments/$id"
              params={{ id: found.id }}
              data-testid="fund-assessment-link"
            >
              {t("governance.fund.open", { year: found.fiscalYear })} ·{" "}
              {t(`governance.status.${found.status}`)}
            </AnchorLink>
            <LevelBadge a={found} />
          </Group>
        )}
        {list.isSuccess && !found && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t("governance.fund.noAssessment", { year: fiscalYear })}
            </Text>
            {can("funds.write") && (
              <Button onClick={() => start.mutate()} loading={start.isPending} data-testid="assessment-start">
                {t("governance.fund.start")}
              </Button>
            )}
          </Group>
        )}
        {start.isError && <ErrorAlert error={start.error} />}
      </Stack>
    </Paper>
  );
}

function ReconciliationSection({ fundId }: { fundId: string }) {
  const { t } = useLanguage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const list = useQuery(reconciliationsQuery(fundId));
  const [statementDate, setStatementDate] = useState<string | null>(todayIso());
  const [balance, setBalance] = useState("");
  const [note, setNote] = useState("");
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: { statementDate: string; statementBalanceSatang: number; note?: string }) =>
      recordReconciliation(fundId, body),
    onSuccess: () => {
      setBalance("");
      setNote("");
      void queryClient.invalidateQueries({ queryKey: governanceKeys.reconciliations(fundId) });
    },
  });
  const submit = () => {
    setFormError(null);
    if (!statementDate) return setFormError(t("governance.reconciliation.dateRequired"));
    const parsed = parseBahtInput(balance);
    // A statement balance of 0 is a real balance; only an empty or malformed field is refused here.
    if (!parsed.ok && parsed.error !== "zero")
      return setFormError(
        parsed.error === "empty" ? t("governance.reconciliation.balanceRequired") : t(parsed.error),
      );
    save.mutate({
      statementDate,
      statementBalanceSatang: parsed.ok ? parsed.value : 0,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t("governance.reconciliation.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("governance.reconciliation.intro")}
        </Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <DateField
                label={t("governance.reconciliation.statementDate")}
                value={statementDate}
                onChange={setStatementDate}
                maxDate={todayIso()}
                testId="rec-date"
              />
              <TextInput
                label={t("governance.reconciliation.statementBalance")}
                value={balance}
                onChange={(e) => setBalance(e.currentTarget.value)}
                inputMode="decimal"
                data-testid="rec-balance"
              />
            </SimpleGrid>
            <Textarea
              label={t("governance.reconciliation.note")}
              description={t("governance.reconciliation.noteHint")}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={2000}
              autosize
              minRows={2}
              data-testid="rec-note"
            />
            {formError && (
              <Text c="red" size="sm" role="alert">
                {formError}
              </Text>
            )}
            {save.isError && <ErrorAlert error={save.error} />}
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} data-testid="rec-save">
                {t("governance.reconciliation.save")}
              </Button>
            </Group>
          </Stack>
        </form>
        {list.isError && <ErrorAlert error={list.error} />}
        {list.data && list.data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("governance.reconciliation.none")}
          </Text>
        )}
        {list.data && list.data.items.length > 0 && (
          <DataTable minWidth={560} striped data-testid="rec-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("governance.reconciliation.statementDate")}</Table.Th>
                <Table.Th ta="right">{t("governance.reconciliation.bank")}</Table.Th>
                <Table.Th ta="right">{t("governance.reconciliation.book")}</Table.Th>
                <Table.Th ta="right">{t("governance.reconciliation.difference")}</Table.Th>
                <Table.Th>{t("governance.reconciliation.note")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{format.date(r.statementDate)}</Table.Td>
                  <Table.Td ta="right">{format.money(r.statementBalanceSatang)}</Table.Td>
                  <Table.Td ta="right">{format.money(r.bookBalanceSatang)}</Table.Td>
                  <Table.Td ta="right" c={r.differenceSatang === 0 ? undefined : "red"}>
                    {format.money(r.differenceSatang)}
                  </Table.Td>
                  <Table.Td>{r.note ?? ""}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )}
      </Stack>
    </Paper>
  );
}

export function FundGovernancePage() {
  const { fundId } = route.useParams();
  const { t } = useLanguage();
  const fund = useQuery(fundDetailQuery(fundId));
  return (
    <Stack gap="md" maw={900}>
      <PageHeader
        title={t("governance.fund.title")}
        subtitle={fund.data?.fund.name}
        breadcrumbs={[
          <AnchorLink key="gov" to="/governance">
            {t("governance.assessments.title")}
          </AnchorLink>,
        ]}
        actions={
          <ButtonLink to="/risk/$fundId" params={{ fundId }} variant="light">
            {t("governance.fund.toRisk")}
          </ButtonLink>
        }
      />
      {fund.isError && <ErrorAlert error={fund.error} />}
      <AssessmentSection fundId={fundId} />
      <ReconciliationSection fundId={fundId} />
    </Stack>
  );
}
