// Damage cases of the officer's area, newest discovery first, with exports and the form that opens a case.
import { Badge, Button, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { caseListQuery, type DamageCase } from "../api";
import { OpenCaseForm } from "../components/open-case-form";

function CaseCard({ c }: { c: DamageCase }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  return (
    <Paper withBorder p="sm" data-testid="damage-card">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <AnchorLink to="/damage-cases/$id" params={{ id: c.id }} fw={700} data-testid="damage-link">
            {c.title}
          </AnchorLink>
          <Badge color={c.status === "open" ? "orange" : "gray"} variant="light">
            {c.status === "open"
              ? lang === "en"
                ? c.stageName.en
                : c.stageName.th
              : t("damage.closedBadge")}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {c.fundName} · {lang === "en" ? c.caseTypeName.en : c.caseTypeName.th}
        </Text>
        <Text size="sm">
          {t("damage.amount")}: <b>{format.money(c.amountSatang)}</b> · {t("damage.recovered")}:{" "}
          {format.money(c.recoveredSatang)} · {t("damage.outstanding")}:{" "}
          <b>{format.money(c.outstandingSatang)}</b> {t("money.baht")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("damage.discoveredOn")}: {format.date(c.discoveredOn)}
        </Text>
      </Stack>
    </Paper>
  );
}

export function DamageCasesPage() {
  const { t, lang } = useLanguage();
  const can = useCan();
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [opening, setOpening] = useState(false);
  const list = useInfiniteQuery(caseListQuery(status));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={t("damage.title")}
        subtitle={t("damage.subtitle")}
        actions={
          <>
            <ExportLinks href="/api/damage-cases/export" query={{ status, lang }} testId="damage-export" />
            {can("damage.write") && !opening && (
              <Button onClick={() => setOpening(true)} data-testid="damage-open">
                {t("damage.open")}
              </Button>
            )}
          </>
        }
      />
      {opening && <OpenCaseForm onCancel={() => setOpening(false)} />}
      <NativeSelect
        label={t("damage.filterStatus")}
        value={status ?? ""}
        onChange={(e) => setStatus(e.currentTarget.value || undefined)}
        data={[
          { value: "", label: t("damage.all") },
          { value: "open", label: t("damage.openCases") },
          { value: "closed", label: t("damage.closedCases") },
        ]}
        maw={320}
      />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed">{t("damage.none")}</Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {items.map((c) => (
              <CaseCard key={c.id} c={c} />
            ))}
          </SimpleGrid>
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
