// User accounts within the administrator's area: search, create, change.
import { Alert, Badge, Button, Group, Loader, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useInfiniteQuery } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useState } from "react";
import type { User } from "../../../../../src/shared/contracts/users";
import { COMMITTEE_POSITIONS, ROLE_NAMES } from "../../../../../src/shared/roles";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { ForbiddenPage, PageLoader } from "../../../components/status-page";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { usersQuery } from "../api";

// The dialog's form widgets load on first use (and in the background once the list is shown).
const loadUserFormModal = () => import("../components/user-form-modal");
const UserFormModal = lazy(() => loadUserFormModal().then((m) => ({ default: m.UserFormModal })));

type Editing = { mode: "create" } | { mode: "edit"; user: User } | null;

function isCommitteePosition(value: string): value is (typeof COMMITTEE_POSITIONS)[number] {
  return (COMMITTEE_POSITIONS as readonly string[]).includes(value);
}

export function UsersPage() {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text.trim(), 300);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const allowed = can("users.read");
  const list = useInfiniteQuery({ ...usersQuery(q), enabled: allowed });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const mayWrite = can("users.write");

  useEffect(() => {
    if (mayWrite) void loadUserFormModal();
  }, [mayWrite]);

  if (!allowed) return <ForbiddenPage />;

  const positionText = (position: string | null) =>
    position === null ? "" : isCommitteePosition(position) ? t(`position.${position}`) : position;

  return (
    <Stack gap="md">
      <PageHeader
        title={t("user.title")}
        actions={
          <>
            <ExportLinks href="/api/users/export" query={{ q, lang }} testId="users-export" />
            {mayWrite ? (
              <Button onClick={() => setEditing({ mode: "create" })} data-testid="user-create">
                {t("user.create")}
              </Button>
            ) : undefined}
          </>
        }
      />
      {saved && (
        <Alert color="green" variant="light" withCloseButton onClose={() => setSaved(null)} role="status">
          {t("user.saved", { username: saved })}
        </Alert>
      )}
      <TextInput
        type="search"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        placeholder={t("user.searchPlaceholder")}
        aria-label={t("user.searchPlaceholder")}
        rightSection={list.isFetching && !list.isFetchingNextPage ? <Loader size={16} /> : null}
        data-testid="user-search"
      />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed">{t("user.none")}</Text>
      ) : (
        items.length > 0 && (
          <>
            <DataTable minWidth={760} striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("user.username")}</Table.Th>
                  <Table.Th>{t("user.displayName")}</Table.Th>
                  <Table.Th>{t("user.role")}</Table.Th>
                  <Table.Th>{t("user.scope")}</Table.Th>
                  <Table.Th>{t("user.position")}</Table.Th>
                  <Table.Th>{t("user.status")}</Table.Th>
                  <Table.Th>{t("user.lastLogin")}</Table.Th>
                  {mayWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((u) => (
                  <Table.Tr key={u.id} data-testid={`user-row-${u.username}`}>
                    <Table.Td ff="monospace">{u.username}</Table.Td>
                    <Table.Td>{u.displayName}</Table.Td>
                    <Table.Td>{ROLE_NAMES[u.role]?.[lang] ?? u.role}</Table.Td>
                    <Table.Td ff="monospace">
                      {u.scopeCode === "" ? t("area.wholeCountry") : u.scopeCode}
                    </Table.Td>
                    <Table.Td>{positionText(u.position)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {u.isActive ? (
                          <Badge color="green" variant="light">
                            {t("user.active")}
                          </Badge>
                        ) : (
                          <Badge color="gray" variant="light">
                            {t("user.inactive")}
                          </Badge>
                        )}
                        {u.isLocked && (
                          <Badge color="red" variant="light">
                            {t("user.locked")}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td className="nowrap">
                      {u.lastLoginAt ? format.dateTime(u.lastLoginAt) : "–"}
                    </Table.Td>
                    {mayWrite && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setEditing({ mode: "edit", user: u })}
                          data-testid={`user-edit-${u.username}`}
                        >
                          {t("common.edit")}
                        </Button>
                      </Table.Td>
                    )}
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
        )
      )}
      {editing && (
        <Suspense fallback={<PageLoader />}>
          <UserFormModal
            user={editing.mode === "edit" ? editing.user : undefined}
            onClose={() => setEditing(null)}
            onSaved={(u) => {
              setEditing(null);
              setSaved(u.username);
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}
