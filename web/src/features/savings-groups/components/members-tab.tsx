// Members of a group (with export); the admission form loads on demand for those who may admit.
import { Badge, Group, Loader, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { exportHref, type GroupDetail, membersQuery } from "../api";

// The date and number inputs of the form would put the page over the first-load budget (ADR 0005).
const AddMemberForm = lazy(() => import("./add-member-form").then((m) => ({ default: m.AddMemberForm })));

export function MembersTab({ group }: { group: GroupDetail }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const members = useQuery(membersQuery(group.fundId));
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <ExportLinks href={exportHref(group.fundId, "members")} query={{ lang }} testId="sg-members-export" />
      </Group>
      <ErrorAlert error={members.error} />
      {members.data && (
        <DataTable minWidth={720} striped data-testid="sg-members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("savings.member.no")}</Table.Th>
              <Table.Th>{t("savings.member.accountNo")}</Table.Th>
              <Table.Th>{t("savings.member.name")}</Table.Th>
              <Table.Th>{t("savings.member.joinedOn")}</Table.Th>
              <Table.Th>{t("savings.member.status")}</Table.Th>
              <Table.Th ta="right">{t("savings.member.shares")}</Table.Th>
              <Table.Th ta="right">{t("savings.member.loan")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.memberNo}</Table.Td>
                <Table.Td ff="monospace">{m.accountNo}</Table.Td>
                <Table.Td>
                  <AnchorLink
                    to="/savings-groups/$fundId/members/$memberId"
                    params={{ fundId: group.fundId, memberId: m.id }}
                    data-testid="sg-member-link"
                  >
                    {m.name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{format.date(m.joinedOn)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={m.status === "active" ? "green" : "gray"}>
                    {t(`savings.member.statusName.${m.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{format.money(m.sharesSatang)}</Table.Td>
                <Table.Td ta="right">{format.money(m.loanOutstandingSatang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      {group.can.recordMembers && (
        <Suspense fallback={<Loader size="sm" />}>
          <AddMemberForm group={group} />
        </Suspense>
      )}
    </Stack>
  );
}
