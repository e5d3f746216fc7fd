// One case: profile by dimension (from จปฐ. or a list), stage with the evaluated criteria and the confirm button, history, plan from the menu, deliveries with evidence files, loans, debt survey and plans, mentors' visits with photos, closing.
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  NumberInput,
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
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { useMe } from "../../../lib/session";
import {
  type CaseDetail,
  CLOSING_REASONS,
  caseActions,
  caseQuery,
  caseVisitsQuery,
  DIMENSIONS,
  EVIDENCE_KINDS,
  menuQuery,
  STAGES,
  type Stage,
} from "../api";
import { StageBadge } from "../components/case-ui";

const route = getRouteApi("/signed-in/poverty/cases/$id");

// Files load after the page: the case page is close to the first-load budget.
const DeliveryFiles = lazy(() =>
  import("../components/case-files").then((m) => ({ default: m.DeliveryFiles })),
);
const VisitPhotos = lazy(() => import("../components/case-files").then((m) => ({ default: m.VisitPhotos })));

function useCaseMutation<B>(id: string, fn: (body: B) => Promise<CaseDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (detail) => {
      client.setQueryData(caseQuery(id).queryKey, detail);
      void client.invalidateQueries({ queryKey: ["poverty-cases"] });
    },
  });
}

function StagePanel({ detail, canWrite }: { detail: CaseDetail; canWrite: boolean }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const id = detail.case.id;
  const [reason, setReason] = useState("");
  const move = useCaseMutation(id, (body: { to: Stage; reason?: string }) =>
    caseActions.confirmStage(id, body),
  );
  const { evaluation } = detail;
  const current = detail.case.stage;
  const earlier = STAGES.slice(0, STAGES.indexOf(current));
  const open = detail.case.status === "open";
  return (
    <Paper withBorder p="md">
      <Title order={4}>{t("povertyCases.case.stage")}</Title>
      <Group my="xs">
        <Text>{t("povertyCases.case.current", { stage: t(`povertyCases.stage.${current}`) })}</Text>
        <StageBadge stage={current} />
      </Group>
      <Text size="sm" c="dimmed">
        {t("povertyCases.case.evaluated", { year: evaluation.dataYear ?? "—" })}
      </Text>
      <List size="sm" spacing={2} my="xs" data-testid="stage-criteria">
        {evaluation.stages.flatMap((s) =>
          s.results.map((r) => (
            <List.Item key={`${s.stage}-${r.kind}-${r.reason.en}`}>
              <Badge size="xs" color={r.met ? "green" : "gray"} mr={6}>
                {r.met ? t("povertyCases.case.met") : t("povertyCases.case.unmet")}
              </Badge>
              {t(`povertyCases.stage.${s.stage}`)}: {lang === "en" ? r.reason.en : r.reason.th}
            </List.Item>
          )),
        )}
      </List>
      {evaluation.graduationRequiresLoansCurrent && (
        <Text size="sm">
          {t("povertyCases.case.loansRule")}:{" "}
          {lang === "en" ? evaluation.loansCurrent.reason.en : evaluation.loansCurrent.reason.th}
        </Text>
      )}
      {move.error && <ErrorAlert error={move.error} />}
      {open && canWrite && evaluation.proposedStage && (
        <Alert color="green" my="xs">
          <Group justify="space-between">
            <Text>
              {t("povertyCases.case.proposed", {
                stage: t(`povertyCases.stage.${evaluation.proposedStage}`),
              })}
            </Text>
            <Button
              size="xs"
              loading={move.isPending}
              onClick={() => move.mutate({ to: evaluation.proposedStage! })}
              data-testid="confirm-stage"
            >
              {t("povertyCases.case.confirm")}
            </Button>
          </Group>
        </Alert>
      )}
      {open && canWrite && earlier.length > 0 && (
        <Group align="flex-end" mt="xs">
          <TextInput
            label={t("povertyCases.case.relapseReason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {earlier.map((s) => (
            <Button
              key={s}
              size="xs"
              variant="light"
              color="orange"
              onClick={() => move.mutate({ to: s, reason })}
            >
              {t("povertyCases.case.relapse")} → {t(`povertyCases.stage.${s}`)}
            </Button>
          ))}
        </Group>
      )}
      <Title order={5} mt="md">
        {t("povertyCases.case.history")}
      </Title>
      <List size="sm" spacing={2} data-testid="stage-history">
        {detail.history.map((h) => (
          <List.Item key={h.seq}>
            {format.date(h.on)} · {t(`povertyCases.case.historyKind.${h.kind as "opened"}`)} ·{" "}
            {t(`povertyCases.stage.${h.stage}`)} · {t("povertyCases.case.by", { name: h.confirmedByName })}
            {h.reason ? ` · ${h.reason}` : ""}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

function PlanPanel({
  detail,
  canWrite,
  canDeliver,
}: {
  detail: CaseDetail;
  canWrite: boolean;
  canDeliver: boolean;
}) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const id = detail.case.id;
  const province = detail.case.areaCode.slice(0, 2);
  const menu = useQuery({ ...menuQuery(province), enabled: canWrite });
  const [menuItemId, setMenuItemId] = useState("");
  const [quantity, setQuantity] = useState<number | string>(1);
  const add = useCaseMutation(id, (body: { menuItemId: string; quantity: number }) =>
    caseActions.addPlanItem(id, body),
  );
  const [planItemId, setPlanItemId] = useState("");
  const [deliveredOn, setDeliveredOn] = useState<string | null>(todayIso());
  const [kind, setKind] = useState<string>("receipt");
  const [ref, setRef] = useState("");
  const deliver = useCaseMutation(id, (body: Parameters<typeof caseActions.logDelivery>[1]) =>
    caseActions.logDelivery(id, body),
  );
  const open = detail.case.status === "open";
  const client = useQueryClient();
  return (
    <Paper withBorder p="md">
      <Title order={4}>{t("povertyCases.case.plan")}</Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t("povertyCases.case.planTotals", {
          planned: format.money(detail.totals.plannedSatang),
          delivered: format.money(detail.totals.deliveredSatang),
        })}
      </Text>
      <DataTable minWidth={720} striped data-testid="plan-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("povertyCases.case.item")}</Table.Th>
            <Table.Th>{t("povertyCases.filters.dimension")}</Table.Th>
            <Table.Th>{t("povertyCases.case.agency")}</Table.Th>
            <Table.Th>{t("povertyCases.case.quantity")}</Table.Th>
            <Table.Th>{t("povertyCases.case.planned")}</Table.Th>
            <Table.Th>{t("povertyCases.case.delivered")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {detail.plan.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{lang === "en" && p.nameEn ? p.nameEn : p.nameTh}</Table.Td>
              <Table.Td>{t(`povertyCases.dimension.${p.dimension}`)}</Table.Td>
              <Table.Td>{p.agencyNameTh}</Table.Td>
              <Table.Td>
                {p.quantity} {p.unit}
              </Table.Td>
              <Table.Td>{format.money(p.plannedValueSatang)}</Table.Td>
              <Table.Td>{format.money(p.deliveredSatang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      {open && canWrite && (
        <Group align="flex-end" mt="sm">
          <NativeSelect
            label={t("povertyCases.case.addItem")}
            value={menuItemId}
            onChange={(e) => setMenuItemId(e.currentTarget.value)}
            data={[
              { value: "", label: "—" },
              ...(menu.data?.items ?? [])
                .filter((m) => m.isActive)
                .map((m) => ({
                  value: m.id,
                  label: `${t(`povertyCases.dimension.${m.dimension}`)} · ${m.nameTh} (${format.money(m.unitValueSatang)}/${m.unit})`,
                })),
            ]}
            data-testid="menu-select"
          />
          <NumberInput
            label={t("povertyCases.case.quantity")}
            value={quantity}
            onChange={setQuantity}
            min={1}
            w={100}
          />
          <Button
            disabled={!menuItemId}
            loading={add.isPending}
            onClick={() => add.mutate({ menuItemId, quantity: Number(quantity) })}
            data-testid="add-plan-item"
          >
            {t("povertyCases.case.add")}
          </Button>
        </Group>
      )}
      {add.error && <ErrorAlert error={add.error} />}
      <Title order={5} mt="md">
        {t("povertyCases.case.deliveries")}
      </Title>
      {detail.deliveries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("povertyCases.case.noDeliveries")}
        </Text>
      ) : (
        <List size="sm" spacing={6} data-testid="deliveries">
          {detail.deliveries.map((d) => (
            <List.Item key={d.id}>
              {format.date(d.deliveredOn)} · {t(`povertyCases.dimension.${d.dimension}`)} · {d.agencyNameTh} ·{" "}
              {d.quantity} · {format.money(d.valueSatang)} ·{" "}
              {d.evidence
                .map((e) => `${t(`povertyCases.evidence.${e.kind as "note"}`)}: ${e.ref}`)
                .join("; ")}
              <Suspense fallback={null}>
                <DeliveryFiles
                  caseId={id}
                  deliveryId={d.id}
                  files={d.files}
                  canUpload={canDeliver}
                  onChanged={() => void client.invalidateQueries({ queryKey: caseQuery(id).queryKey })}
                />
              </Suspense>
            </List.Item>
          ))}
        </List>
      )}
      {canDeliver && detail.plan.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} mt="sm" spacing="sm">
          <NativeSelect
            label={t("povertyCases.case.logDelivery")}
            value={planItemId}
            onChange={(e) => setPlanItemId(e.currentTarget.value)}
            data={[{ value: "", label: "—" }, ...detail.plan.map((p) => ({ value: p.id, label: p.nameTh }))]}
            data-testid="delivery-item"
          />
          <DateField
            label={t("povertyCases.case.deliveredOn")}
            value={deliveredOn}
            onChange={setDeliveredOn}
            maxDate={todayIso()}
          />
          <NativeSelect
            label={t("povertyCases.case.evidenceKind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value)}
            data={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`povertyCases.evidence.${k}`) }))}
          />
          <TextInput
            label={t("povertyCases.case.evidenceRef")}
            value={ref}
            onChange={(e) => setRef(e.currentTarget.value)}
          />
          <Button
            mt="auto"
            disabled={!planItemId || !deliveredOn}
            loading={deliver.isPending}
            onClick={() =>
              deliver.mutate({
                planItemId,
                deliveredOn: deliveredOn ?? "",
                quantity: 1,
                evidence: [{ kind, ref }],
              })
            }
            data-testid="log-delivery"
          >
            {t("povertyCases.case.logDelivery")}
          </Button>
        </SimpleGrid>
      )}
      {deliver.error && <ErrorAlert error={deliver.error} />}
    </Paper>
  );
}

function LoansPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useLanguage();
  const format = useFormat();
  if (detail.loans === null) return null;
  return (
    <Paper withBorder p="md">
      <Title order={4}>{t("povertyCases.case.loans")}</Title>
      {detail.loans.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("povertyCases.case.noLoans")}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {detail.loans.map((l) => (
            <List.Item key={l.id}>
              <AnchorLink to="/loans/$loanId" params={{ loanId: l.id }}>
                {l.loanNo}
              </AnchorLink>{" "}
              · {t("povertyCases.case.outstanding")} {format.money(l.outstandingSatang)} ·{" "}
              {t("povertyCases.case.class")}{" "}
              {l.classification
                ? t(`povertyCases.case.loanClass.${l.classification}`, { defaultValue: l.classification })
                : t(`povertyCases.case.loanStatus.${l.status}`, { defaultValue: l.status })}
            </List.Item>
          ))}
        </List>
      )}
      <Title order={5} mt="sm">
        {t("povertyCases.case.debtSurvey")}
      </Title>
      <Text size="sm" c={detail.debtSurvey ? undefined : "dimmed"} data-testid="debt-survey">
        {detail.debtSurvey
          ? t("povertyCases.case.debtSurveyLine", {
              date: format.date(detail.debtSurvey.surveyedOn),
              debts: detail.debtSurvey.debts,
              outstanding: format.money(detail.debtSurvey.outstandingSatang),
              arrears: format.money(detail.debtSurvey.arrearsSatang),
            })
          : t("povertyCases.case.noDebtSurvey")}
      </Text>
      <Title order={5} mt="sm">
        {t("povertyCases.case.debtPlans")}
      </Title>
      {(detail.debtPlans ?? []).length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("povertyCases.case.noDebtPlans")}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {(detail.debtPlans ?? []).map((p) => (
            <List.Item key={p.id}>
              {p.centreName} · {format.date(p.plannedOn)} ·{" "}
              {t(`povertyCases.case.debtPlanStatus.${p.status}`, { defaultValue: p.status })}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

function MentorsPanel({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const visits = useQuery({ ...caseVisitsQuery(detail.case.id), enabled: me.role !== "agency_officer" });
  if (me.role === "agency_officer") return null;
  return (
    <Paper withBorder p="md">
      <Title order={4}>{t("povertyCases.case.mentors")}</Title>
      {detail.mentors.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("povertyCases.case.noMentor")}
        </Text>
      )}
      <List size="sm" spacing={2}>
        {detail.mentors.map((m) => (
          <List.Item key={m.pairingId}>
            {m.mentorName} · {lang === "en" ? m.schemeName.en : m.schemeName.th} ·{" "}
            {m.lastVisitOn
              ? t("povertyCases.case.lastVisit", { date: format.date(m.lastVisitOn) })
              : t("povertyCases.case.neverVisited")}
          </List.Item>
        ))}
      </List>
      <Title order={5} mt="sm">
        {t("povertyCases.mine.visits")}
      </Title>
      <List size="sm" spacing={4}>
        {(visits.data?.items ?? []).map((v) => (
          <List.Item key={v.id}>
            {format.date(v.visitedOn)} · {v.mentorName}:{" "}
            {Object.entries(v.findings)
              .map(([d, text]) => `${t(`povertyCases.dimension.${d as "health"}`)}: ${text}`)
              .join("; ")}
            {v.advice ? ` · ${v.advice}` : ""}
            <Suspense fallback={null}>
              <VisitPhotos visitId={v.id} photos={v.photos} />
            </Suspense>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

function ClosePanel({ detail }: { detail: CaseDetail }) {
  const { t } = useLanguage();
  const id = detail.case.id;
  const [reason, setReason] = useState<string>("graduated");
  const [note, setNote] = useState("");
  const close = useCaseMutation(id, (body: { reason: string; note?: string }) => caseActions.close(id, body));
  return (
    <Paper withBorder p="md">
      <Title order={4}>{t("povertyCases.case.close")}</Title>
      <Group align="flex-end">
        <NativeSelect
          label={t("povertyCases.case.closeReason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data={CLOSING_REASONS.map((r) => ({ value: r, label: t(`povertyCases.closing.${r}`) }))}
        />
        <TextInput
          label={t("povertyCases.case.closeNote")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button
          color="red"
          variant="light"
          loading={close.isPending}
          onClick={() => close.mutate({ reason, ...(note ? { note } : {}) })}
          data-testid="close-case"
        >
          {t("povertyCases.case.close")}
        </Button>
      </Group>
      {close.error && <ErrorAlert error={close.error} />}
    </Paper>
  );
}

export function CasePage() {
  const { id } = route.useParams();
  const { t } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const query = useQuery(caseQuery(id));
  if (query.error) return <ErrorAlert error={query.error} />;
  const detail = query.data;
  if (!detail) return null;
  const c = detail.case;
  const canWrite =
    me.permissions.includes("poverty.write") && me.role !== "mentor" && me.role !== "agency_officer";
  const canDeliver =
    c.status === "open" && me.permissions.includes("poverty.deliver") && me.role !== "mentor";
  return (
    <Stack gap="md">
      <PageHeader
        title={t("povertyCases.case.title", { name: c.headName, house: c.houseNo })}
        subtitle={t("povertyCases.case.subtitle", {
          year: c.programmeYear,
          village: c.areaCode,
          opened: format.date(c.openedOn),
        })}
        breadcrumbs={[
          <AnchorLink key="list" to="/poverty/cases">
            {t("povertyCases.case.back")}
          </AnchorLink>,
        ]}
      />
      {c.status === "closed" && c.closedOn && (
        <Alert color="gray" data-testid="case-closed">
          {t("povertyCases.case.closed", {
            date: format.date(c.closedOn),
            reason: t(`povertyCases.closing.${c.closingReason as "other"}`),
          })}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Title order={4} data-testid="case-profile">
          {detail.profile
            ? t(
                detail.profile.source === "import"
                  ? "povertyCases.case.profileImported"
                  : "povertyCases.case.profile",
                { year: detail.profile.dataYear },
              )
            : t("povertyCases.case.noProfile")}
        </Title>
        {detail.profile && (
          <SimpleGrid cols={{ base: 1, sm: 5 }} mt="xs">
            {DIMENSIONS.map((d) => {
              const failing = detail.profile!.failingIndicators[d] ?? [];
              // A list may mark a dimension failing without naming its indicators.
              const fails = failing.length > 0 || detail.profile!.failingDimensions.includes(d);
              return (
                <Stack key={d} gap={2}>
                  <Text fw={600}>{t(`povertyCases.dimension.${d}`)}</Text>
                  <Badge color={fails ? "red" : "green"} variant="light">
                    {!fails
                      ? t("povertyCases.case.passes")
                      : failing.length > 0
                        ? t("povertyCases.case.fails", { list: failing.join(", ") })
                        : t("povertyCases.case.failsDimension")}
                  </Badge>
                </Stack>
              );
            })}
          </SimpleGrid>
        )}
      </Paper>
      <StagePanel detail={detail} canWrite={canWrite} />
      <PlanPanel detail={detail} canWrite={canWrite} canDeliver={canDeliver} />
      <LoansPanel detail={detail} />
      <MentorsPanel detail={detail} />
      {c.status === "open" && canWrite && <ClosePanel detail={detail} />}
    </Stack>
  );
}
