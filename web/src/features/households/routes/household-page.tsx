// One household: where it is, its members and its จปฐ. records; officers may add a record.

import { Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { levelOfCode } from "../../../../../src/shared/area-code";
import type { BmnRecord, HouseholdDetail, Member } from "../../../../../src/shared/contracts/households";
import { ageOn } from "../../../../../src/shared/thai-date";
import { formatCitizenId } from "../../../../../src/shared/thai-id";
import { useAreaBreadcrumbs } from "../../../components/area-breadcrumbs";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { ButtonLink } from "../../../components/router-links";
import { NotFoundPage, PageLoader } from "../../../components/status-page";
import { isApiError } from "../../../lib/api";
import { type PathArea, useAreaLabels } from "../../../lib/areas";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { householdDetailQuery } from "../api";
import { BmnForm } from "../components/bmn-form";
import { PassBadge } from "../components/pass-badge";

const route = getRouteApi("/signed-in/households/$id");

function toPathAreas(path: HouseholdDetail["household"]["areaPath"]): PathArea[] {
  return path.flatMap((a) => {
    const level = levelOfCode(a.code);
    if (!level) return [];
    return [{ ...a, level, villageNo: level === "village" ? Number(a.code.slice(6)) : null }];
  });
}

function MembersTable({ members }: { members: Member[] }) {
  const { t } = useLanguage();
  const format = useFormat();
  const today = todayIso();
  if (members.length === 0) return <Text c="dimmed">{t("member.none")}</Text>;
  return (
    <DataTable minWidth={720} striped verticalSpacing="xs" data-testid="members-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th className="num">{t("member.seq")}</Table.Th>
          <Table.Th>{t("member.name")}</Table.Th>
          <Table.Th>{t("member.relation")}</Table.Th>
          <Table.Th>{t("member.citizenId")}</Table.Th>
          <Table.Th>{t("member.sex")}</Table.Th>
          <Table.Th>{t("member.birthDate")}</Table.Th>
          <Table.Th className="num">{t("member.age")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...members]
          .sort((a, b) => a.seq - b.seq)
          .map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td className="num">{m.seq}</Table.Td>
              <Table.Td>{[m.title, m.firstName, m.lastName].filter(Boolean).join(" ")}</Table.Td>
              <Table.Td>{t(`relation.${m.relation}`)}</Table.Td>
              <Table.Td className="nowrap" ff="monospace">
                {m.citizenId === null ? (
                  <Text span c="dimmed" size="sm">
                    {t("member.noCitizenId")}
                  </Text>
                ) : (
                  <span title={m.citizenIdMasked ? t("member.citizenIdMasked") : undefined}>
                    {/^\d{13}$/.test(m.citizenId) ? formatCitizenId(m.citizenId) : m.citizenId}
                  </span>
                )}
              </Table.Td>
              <Table.Td>{m.sex === null ? "–" : t(`sex.${m.sex}`)}</Table.Td>
              <Table.Td className="nowrap">{m.birthDate ? format.date(m.birthDate) : "–"}</Table.Td>
              <Table.Td className="num">{m.birthDate ? ageOn(m.birthDate, today) : "–"}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </DataTable>
  );
}

function failedIndicators(record: BmnRecord): number[] {
  return Object.entries(record.indicators)
    .filter(([, pass]) => !pass)
    .map(([n]) => Number(n))
    .sort((a, b) => a - b);
}

function BmnTable({ records }: { records: BmnRecord[] }) {
  const { t } = useLanguage();
  const format = useFormat();
  if (records.length === 0) return <Text c="dimmed">{t("bmn.none")}</Text>;
  return (
    <DataTable minWidth={1000} striped verticalSpacing="xs" data-testid="bmn-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("bmn.surveyYear")}</Table.Th>
          <Table.Th className="num">{t("bmn.membersCount")}</Table.Th>
          <Table.Th className="num">{t("bmn.incomeMainSatang")}</Table.Th>
          <Table.Th className="num">{t("bmn.incomeSecondarySatang")}</Table.Th>
          <Table.Th className="num">{t("bmn.incomeOtherSatang")}</Table.Th>
          <Table.Th className="num">{t("bmn.incomeOwnProductionSatang")}</Table.Th>
          <Table.Th className="num">{t("bmn.total")}</Table.Th>
          <Table.Th className="num">{t("bmn.perPerson")}</Table.Th>
          <Table.Th className="num">{t("bmn.criterion")}</Table.Th>
          <Table.Th>{t("bmn.result")}</Table.Th>
          <Table.Th className="num">{t("bmn.failedIndicators")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...records]
          .sort((a, b) => b.surveyYear - a.surveyYear)
          .map((r) => {
            const failed = failedIndicators(r);
            return (
              <Table.Tr key={r.id} data-testid={`bmn-row-${r.surveyYear}`}>
                <Table.Td>{r.surveyYear}</Table.Td>
                <Table.Td className="num">{r.membersCount}</Table.Td>
                <Table.Td className="num">{format.money(r.incomeMainSatang)}</Table.Td>
                <Table.Td className="num">{format.money(r.incomeSecondarySatang)}</Table.Td>
                <Table.Td className="num">{format.money(r.incomeOtherSatang)}</Table.Td>
                <Table.Td className="num">{format.money(r.incomeOwnProductionSatang)}</Table.Td>
                <Table.Td className="num">{format.money(r.incomeTotalSatang)}</Table.Td>
                <Table.Td className="num" fw={700}>
                  {format.money(r.incomePerPersonSatang)}
                </Table.Td>
                <Table.Td className="num">{format.money(r.criterionSatang)}</Table.Td>
                <Table.Td>
                  <PassBadge passes={r.passesIncomeCriterion} />
                </Table.Td>
                <Table.Td className="num">
                  {r.failedIndicatorCount}
                  {failed.length > 0 && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: "normal" }} maw={160} ml="auto">
                      {t("bmn.failedList", { list: failed.join(", ") })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
      </Table.Tbody>
    </DataTable>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children}
      </Text>
    </div>
  );
}

export function HouseholdPage() {
  const { id } = route.useParams();
  const detail = useQuery(householdDetailQuery(id));
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) {
    if (isApiError(detail.error) && (detail.error.status === 404 || detail.error.status === 400)) {
      return <NotFoundPage />;
    }
    return <ErrorAlert error={detail.error} />;
  }
  return <HouseholdView key={id} detail={detail.data} />;
}

function HouseholdView({ detail }: { detail: HouseholdDetail }) {
  const { t } = useLanguage();
  const format = useFormat();
  const labels = useAreaLabels();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const { household, members, bmnRecords } = detail;
  const path = toPathAreas(household.areaPath);
  const latest = [...bmnRecords].sort((a, b) => b.surveyYear - a.surveyYear)[0];
  const crumbs = useAreaBreadcrumbs(path);

  return (
    <Stack gap="lg">
      <PageHeader
        breadcrumbs={can("areas.read") ? crumbs : undefined}
        title={t("household.title", { houseNo: household.houseNo })}
        titleTestId="household-title"
        subtitle={labels.address(path)}
        actions={
          can("poverty.write") &&
          household.status === "active" && (
            <ButtonLink
              to="/poverty/cases/open"
              search={{ household: household.id }}
              variant="light"
              data-testid="household-open-case"
            >
              {t("nav.povertyOpenCase")}
            </ButtonLink>
          )
        }
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <Fact label={t("household.head")}>{household.headName || "–"}</Fact>
          <Fact label={t("household.members")}>{format.count(household.memberCount)}</Fact>
          <Fact label={t("household.phone")}>{household.phone ?? "–"}</Fact>
          <Fact label={t("household.status")}>
            <Badge variant="light" color={household.status === "active" ? "teal" : "gray"}>
              {household.status === "active" ? t("household.statusActive") : household.status}
            </Badge>
          </Fact>
          <Fact label={t("household.latestBmnYear")}>{household.latestBmnYear ?? "–"}</Fact>
          <Fact label={t("household.incomePerPerson")}>
            {household.latestIncomePerPersonSatang === null
              ? "–"
              : format.money(household.latestIncomePerPersonSatang)}
          </Fact>
          <Fact label={t("household.criterion")}>
            <PassBadge passes={household.passesIncomeCriterion} />
          </Fact>
          {latest && (
            <Fact label={t("bmn.failedIndicators")}>{format.count(latest.failedIndicatorCount)}</Fact>
          )}
        </SimpleGrid>
      </Card>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("member.title")}
        </Title>
        <Paper withBorder p={0}>
          <MembersTable members={members} />
        </Paper>
      </Stack>

      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            {t("bmn.title")}
          </Title>
          {can("bmn.write") && !adding && (
            <Button onClick={() => setAdding(true)} data-testid="bmn-add">
              {t("bmn.add")}
            </Button>
          )}
        </Group>
        {adding && (
          <BmnForm
            householdId={household.id}
            defaultMembers={household.memberCount}
            existingYears={bmnRecords.map((r) => r.surveyYear)}
            onDone={() => setAdding(false)}
          />
        )}
        <Paper withBorder p={0}>
          <BmnTable records={bmnRecords} />
        </Paper>
      </Stack>
    </Stack>
  );
}
