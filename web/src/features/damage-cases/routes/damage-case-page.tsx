// One damage case: amounts, people responsible, the step timeline with documents and their files, the repayment plan, recoveries, and the forms that move it.
import { Badge, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { caseQuery } from "../api";

const route = getRouteApi("/signed-in/damage-cases/$id");

// The forms load after the case is shown, so the page stays inside the first-load budget.
const CaseFormsPanel = lazy(() =>
  import("../components/case-forms").then((m) => ({ default: m.CaseFormsPanel })),
);
// The document files' links and upload buttons too: they are below the fold and only officers use them.
const DocumentFileControl = lazy(() =>
  import("../components/document-file").then((m) => ({ default: m.DocumentFileControl })),
);
const STATE_COLORS = { paid: "teal", partly_paid: "yellow", due: "blue", overdue: "red" } as const;

export function DamageCasePage() {
  const { id } = route.useParams();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const query = useQuery(caseQuery(id));
  if (query.isPending) return <Loader size="sm" />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  const detail = query.data;
  const c = detail.case;
  const word = (w: { th: string; en: string }) => (lang === "en" ? w.en : w.th);
  const open = c.status === "open";
  return (
    <Stack gap="md">
      <PageHeader
        title={c.title}
        subtitle={`${c.fundName} · ${word(c.caseTypeName)}`}
        actions={
          <Badge color={open ? "orange" : "gray"} size="lg" variant="light" data-testid="damage-stage">
            {open ? word(c.stageName) : t(`damage.closure.${c.closure ?? "fully_recovered"}`)}
          </Badge>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed">
            {t("damage.amount")}
          </Text>
          <Text fw={700}>
            {format.money(c.amountSatang)} {t("money.baht")}
          </Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed">
            {t("damage.recovered")}
          </Text>
          <Text fw={700} c="teal" data-testid="damage-recovered">
            {format.money(c.recoveredSatang)} {t("money.baht")}
          </Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text size="xs" c="dimmed">
            {t("damage.outstanding")}
          </Text>
          <Text fw={700} c={c.outstandingSatang > 0 ? "red" : undefined} data-testid="damage-outstanding">
            {format.money(c.outstandingSatang)} {t("money.baht")}
          </Text>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="sm">
        <Stack gap={4}>
          <Text size="sm">
            {t("damage.discoveredOn")}: {format.date(c.discoveredOn)}
            {c.closedOn ? ` · ${t("damage.closedOn")}: ${format.date(c.closedOn)}` : ""}
          </Text>
          {detail.persons.length > 0 && (
            <Text size="sm">
              {t("damage.persons")}:{" "}
              {detail.persons.map((p) => `${p.name} (${t(`damage.relation.${p.relation}`)})`).join(", ")}
            </Text>
          )}
          <Text style={{ whiteSpace: "pre-wrap" }}>{c.description}</Text>
          {c.closingNote && (
            <Text size="sm" fw={600}>
              {t("damage.closingNote")}: {c.closingNote}
              {c.writeOffApprovalRef ? ` (${t("damage.approvalRef")} ${c.writeOffApprovalRef})` : ""}
            </Text>
          )}
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="sm">
          <Title order={2} size="h5" mb="sm">
            {t("damage.timeline")}
          </Title>
          <Timeline
            active={detail.steps.length - 1}
            bulletSize={16}
            lineWidth={2}
            data-testid="damage-timeline"
          >
            {detail.steps.map((s) => (
              <Timeline.Item key={s.id} title={word(s.stageName)}>
                <Text size="xs" c="dimmed">
                  {format.date(s.stepOn)}
                  {s.note ? ` · ${s.note}` : ""}
                </Text>
                {s.documents.map((d) => (
                  <Stack key={d.id} gap={2} mt={4} data-testid="damage-document">
                    <Text size="xs">
                      📄 {d.docNo} · {format.date(d.docDate)} · {d.title}
                    </Text>
                    <Suspense fallback={null}>
                      <DocumentFileControl
                        caseId={c.id}
                        documentId={d.id}
                        file={d.file}
                        canWrite={can("damage.write")}
                      />
                    </Suspense>
                  </Stack>
                ))}
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
        <Stack gap="md">
          {detail.instalments.length > 0 && (
            <Paper withBorder p="sm">
              <Title order={2} size="h5" mb="xs">
                {t("damage.plan")}
              </Title>
              <Table striped fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("damage.seq")}</Table.Th>
                    <Table.Th>{t("damage.dueOn")}</Table.Th>
                    <Table.Th ta="right">{t("damage.amount")}</Table.Th>
                    <Table.Th ta="right">{t("damage.paid")}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {detail.instalments.map((i) => (
                    <Table.Tr key={i.seq}>
                      <Table.Td>{i.seq}</Table.Td>
                      <Table.Td>{format.date(i.dueOn)}</Table.Td>
                      <Table.Td ta="right">{format.money(i.amountSatang)}</Table.Td>
                      <Table.Td ta="right">{format.money(i.paidSatang)}</Table.Td>
                      <Table.Td>
                        <Badge size="xs" color={STATE_COLORS[i.state]} variant="light">
                          {t(`damage.instalmentState.${i.state}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
          <Paper withBorder p="sm">
            <Title order={2} size="h5" mb="xs">
              {t("damage.recoveries")}
            </Title>
            {detail.recoveries.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t("damage.noRecoveries")}
              </Text>
            ) : (
              detail.recoveries.map((r) => (
                <Group key={r.id} justify="space-between" data-testid="damage-recovery">
                  <Text size="sm">
                    {format.date(r.receivedOn)} · {r.payer} ·{" "}
                    {t(r.method === "bank" ? "damage.intoBank" : "damage.intoCash")}
                  </Text>
                  <Text size="sm" fw={600}>
                    {format.money(r.amountSatang)}
                  </Text>
                </Group>
              ))
            )}
          </Paper>
        </Stack>
      </SimpleGrid>
      {open && can("damage.write") && (
        <Suspense fallback={<Loader size="sm" />}>
          <CaseFormsPanel detail={detail} />
        </Suspense>
      )}
    </Stack>
  );
}
