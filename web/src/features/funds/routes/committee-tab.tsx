// The committee tab: every committee set (newest first) with its term and members; officers add sets and members.
import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { todayIso, useFormat } from "../../../lib/format";
import { type CommitteeSet, type Fund, fundDetailQuery } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { committeeSetsQuery } from "../api";

const route = getRouteApi("/signed-in/funds/$fundId/committee");

// Officers' forms load when opened.
const CommitteeSetForm = lazy(() =>
  import("../components/committee-set-form").then((m) => ({ default: m.CommitteeSetForm })),
);
const AddMemberForm = lazy(() =>
  import("../components/add-member-form").then((m) => ({ default: m.AddMemberForm })),
);

function SetCard({ fund, set, canWrite }: { fund: Fund; set: CommitteeSet; canWrite: boolean }) {
  const { t } = useLanguage();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const ended = set.termEnd < todayIso();
  return (
    <Paper withBorder p="sm" data-testid={`committee-set-${set.setNo}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Title order={3} size="h5">
              {t("fundAdmin.committee.setNo", { no: set.setNo })}
            </Title>
            {set.isCurrent ? (
              <Badge color="teal" variant="light">
                {t("fundAdmin.committee.current")}
              </Badge>
            ) : ended ? (
              <Badge color="gray" variant="light">
                {t("fundAdmin.committee.ended")}
              </Badge>
            ) : (
              <Badge color="blue" variant="light">
                {t("fundAdmin.committee.upcoming")}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t("fundAdmin.committee.term", {
              from: format.date(set.termStart),
              to: format.date(set.termEnd),
            })}
          </Text>
        </Group>
        <DataTable minWidth={420} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th className="num">{t("fundAdmin.committee.seq")}</Table.Th>
              <Table.Th>{t("fundAdmin.committee.memberName")}</Table.Th>
              <Table.Th>{t("fundAdmin.committee.position")}</Table.Th>
              <Table.Th>{t("fundAdmin.committee.account")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {set.members.map((m, i) => (
              <Table.Tr key={m.id}>
                <Table.Td className="num">{i + 1}</Table.Td>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{t(`funds.positionName.${m.position}`)}</Table.Td>
                <Table.Td>
                  {m.userId ? (
                    <Badge variant="light" color="teal" size="sm">
                      {t("fundAdmin.committee.linked")}
                    </Badge>
                  ) : (
                    "–"
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
        {canWrite && !ended && !adding && (
          <Group>
            <Button variant="light" size="xs" onClick={() => setAdding(true)}>
              {t("fundAdmin.committee.addMember")}
            </Button>
          </Group>
        )}
        {adding && (
          <Suspense fallback={<Loader size="sm" />}>
            <AddMemberForm fund={fund} set={set} onDone={() => setAdding(false)} />
          </Suspense>
        )}
      </Stack>
    </Paper>
  );
}

export function CommitteeTab() {
  const { fundId } = route.useParams();
  const { t } = useLanguage();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const detail = useQuery(fundDetailQuery(fundId));
  const sets = useQuery(committeeSetsQuery(fundId));
  const fund = detail.data?.fund;
  if (!fund) return null;
  const canWrite = can("funds.write");
  return (
    <Stack gap="md">
      {canWrite && !creating && (
        <Group>
          <Button onClick={() => setCreating(true)} data-testid="committee-set-add">
            {t("fundAdmin.committee.newSet")}
          </Button>
        </Group>
      )}
      {creating && (
        <Suspense fallback={<Loader size="sm" />}>
          <CommitteeSetForm fund={fund} onDone={() => setCreating(false)} />
        </Suspense>
      )}
      <ErrorAlert error={sets.error} />
      {sets.isPending ? (
        <Loader size="sm" />
      ) : sets.data?.items.length === 0 ? (
        <Text c="dimmed">{t("fundAdmin.committee.none")}</Text>
      ) : (
        sets.data?.items.map((s) => <SetCard key={s.id} fund={fund} set={s} canWrite={canWrite} />)
      )}
    </Stack>
  );
}
