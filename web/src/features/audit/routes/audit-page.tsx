// The audit log: who did what, where and when; filter by area, actor, entity type and date range.
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Fragment, lazy, Suspense, useEffect, useState } from "react";
import { ROLE_NAMES, ROLES, type Role } from "../../../../../src/shared/roles";
import { DataTable, Table } from "../../../components/data-table";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { ForbiddenPage, PageLoader } from "../../../components/status-page";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { type AuditFilters, auditQuery, ENTITY_TYPES, isKnownAction } from "../api";
import { AuditChange } from "../components/audit-change";

// The calendar (and dayjs) loads right after the page, so it does not weigh on the page's first load.
const loadDateInput = () => import("../../../components/be-date-input");
const BeDateInput = lazy(() => loadDateInput().then((m) => ({ default: m.BeDateInput })));

function DateField(props: {
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
  minDate?: string | undefined;
  maxDate?: string | undefined;
  testId: string;
}) {
  return (
    <Suspense fallback={<TextInput label={props.label} disabled value="" readOnly />}>
      <BeDateInput {...props} />
    </Suspense>
  );
}

const AREA_PATTERN = /^(\d{2}|\d{4}|\d{6}|\d{8})$/;

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function AuditPage() {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const can = useCan();
  const [areaText, setAreaText] = useState("");
  const [area] = useDebouncedValue(areaText.trim(), 400);
  const [entityType, setEntityType] = useState("");
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [actor, setActor] = useState<{ id: string; name: string } | null>(null);
  const [expanded, setExpanded] = useState<number | null>(null);

  const areaInvalid = area !== "" && !AREA_PATTERN.test(area);
  const rangeInvalid = from !== null && to !== null && from > to;
  const filters: AuditFilters = {
    area: area && !areaInvalid ? area : undefined,
    actor: actor?.id,
    entityType: entityType || undefined,
    from: from ?? undefined,
    to: to ?? undefined,
  };
  const allowed = can("audit.read");
  useEffect(() => {
    void loadDateInput();
  }, []);
  const list = useInfiniteQuery({
    ...auditQuery(filters),
    enabled: allowed && !areaInvalid && !rangeInvalid,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  if (!allowed) return <ForbiddenPage />;

  const clear = () => {
    setAreaText("");
    setEntityType("");
    setFrom(null);
    setTo(null);
    setActor(null);
  };

  const roleText = (role: string | null) => (role && isRole(role) ? ROLE_NAMES[role][lang] : (role ?? ""));
  const hasFilters = Boolean(areaText || entityType || from || to || actor);

  return (
    <Stack gap="md">
      <PageHeader
        title={t("audit.title")}
        subtitle={t("audit.subtitle")}
        actions={<ExportLinks href="/api/audit/export" query={{ ...filters, lang }} testId="audit-export" />}
      />
      <Paper withBorder p="sm">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <TextInput
              label={t("audit.area")}
              placeholder={t("audit.areaPlaceholder")}
              value={areaText}
              onChange={(e) => setAreaText(e.currentTarget.value.replace(/\D/g, ""))}
              inputMode="numeric"
              maxLength={8}
              error={areaInvalid ? t("audit.areaInvalid") : undefined}
              data-testid="audit-area"
            />
            <NativeSelect
              label={t("audit.entityType")}
              data={[
                { value: "", label: t("audit.allTypes") },
                ...ENTITY_TYPES.map((e) => ({ value: e, label: t(`entityType.${e}`) })),
              ]}
              value={entityType}
              onChange={(e) => setEntityType(e.currentTarget.value)}
              data-testid="audit-entity-type"
            />
            <DateField
              label={t("audit.from")}
              value={from}
              onChange={setFrom}
              maxDate={to ?? undefined}
              testId="audit-from"
            />
            <DateField
              label={t("audit.to")}
              value={to}
              onChange={setTo}
              minDate={from ?? undefined}
              testId="audit-to"
            />
          </SimpleGrid>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Group gap="xs">
              {actor ? (
                <Badge
                  size="lg"
                  variant="light"
                  tt="none"
                  rightSection={
                    <ActionIcon
                      size="xs"
                      variant="transparent"
                      onClick={() => setActor(null)}
                      aria-label={t("audit.clearActor")}
                    >
                      ×
                    </ActionIcon>
                  }
                >
                  {t("audit.actorFilter", { name: actor.name })}
                </Badge>
              ) : (
                <Text size="xs" c="dimmed">
                  {t("audit.actorHint")}
                </Text>
              )}
            </Group>
            {hasFilters && (
              <Button size="xs" variant="subtle" color="gray" onClick={clear}>
                {t("audit.clearFilters")}
              </Button>
            )}
          </Group>
          {rangeInvalid && (
            <Text size="sm" c="red">
              {t("audit.rangeInvalid")}
            </Text>
          )}
        </Stack>
      </Paper>
      <ErrorAlert error={list.error} />
      {list.isPending && !areaInvalid && !rangeInvalid ? (
        <PageLoader />
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed">{t("audit.none")}</Text>
      ) : (
        items.length > 0 && (
          <>
            <DataTable minWidth={820} verticalSpacing="xs" highlightOnHover data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("audit.when")}</Table.Th>
                  <Table.Th>{t("audit.actor")}</Table.Th>
                  <Table.Th>{t("audit.action")}</Table.Th>
                  <Table.Th>{t("audit.entity")}</Table.Th>
                  <Table.Th>{t("audit.areaCode")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Fragment key={e.id}>
                    <Table.Tr>
                      <Table.Td className="nowrap">{format.dateTime(e.occurredAt)}</Table.Td>
                      <Table.Td>
                        {e.actorId && e.actorUsername ? (
                          <Anchor
                            component="button"
                            type="button"
                            size="sm"
                            ff="monospace"
                            onClick={() => setActor({ id: e.actorId ?? "", name: e.actorUsername ?? "" })}
                            title={t("audit.filterByActor")}
                          >
                            {e.actorUsername}
                          </Anchor>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {e.actorUsername ?? t("audit.system")}
                          </Text>
                        )}
                        {e.actorRole && (
                          <Text size="xs" c="dimmed">
                            {roleText(e.actorRole)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {isKnownAction(e.action) ? t(`auditAction.${e.action}`) : e.action}
                        </Text>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {e.action}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {(ENTITY_TYPES as readonly string[]).includes(e.entityType)
                            ? t(`entityType.${e.entityType as (typeof ENTITY_TYPES)[number]}`)
                            : e.entityType}
                        </Text>
                        {e.entityId && (
                          <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: "break-all" }}>
                            {e.entityId}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ff="monospace">{e.areaCode ?? "–"}</Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setExpanded(expanded === e.id ? null : e.id)}
                          aria-expanded={expanded === e.id}
                        >
                          {expanded === e.id ? t("audit.hide") : t("audit.show")}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                    {expanded === e.id && (
                      <Table.Tr>
                        <Table.Td colSpan={6}>
                          <AuditChange event={e} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
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
    </Stack>
  );
}
