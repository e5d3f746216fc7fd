// Debt centres (ศจก.) in the user's area with their households surveyed, planned, repaying, debt-free and relapsed, and a form to set one up.
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { AreaPicker } from "../../../components/area-picker";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import type { AreaOption } from "../../../lib/area-queries";
import { useLanguage } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/session";
import {
  areaCountsQuery,
  type Centre,
  type CentreCounts,
  centreCalls,
  centreKeys,
  centreListQuery,
  fieldErrors,
} from "../api";
import { CountBadges } from "../components/count-badges";

function CentreCard({ centre, counts }: { centre: Centre; counts: CentreCounts | undefined }) {
  const { t } = useLanguage();
  return (
    <Paper withBorder p="sm" data-testid={`centre-card-${centre.areaCode}`}>
      <Stack gap={6}>
        <AnchorLink to="/debt-centres/$id" params={{ id: centre.id }} fw={700} data-testid="centre-link">
          {centre.name}
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {t("debtCentre.villageCode")}{" "}
          <Text span ff="monospace" size="sm">
            {centre.areaCode}
          </Text>{" "}
          · {t("debtCentre.params.rate")} {(centre.rateBp / 100).toFixed(2)}%
        </Text>
        <CountBadges counts={counts} />
      </Stack>
    </Paper>
  );
}

function CreateCentreForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const [village, setVillage] = useState<AreaOption | null>(null);
  const [name, setName] = useState("");
  const [rate, setRate] = useState("6");
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: centreCalls.create,
    onSuccess: async (centre) => {
      await queryClient.invalidateQueries({ queryKey: centreKeys.all });
      onCreated(centre.id);
    },
  });
  const server = fieldErrors(mutation.error, lang);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!village) next.areaCode = t("debtCentre.create.villageRequired");
    if (name.trim() === "") next.name = t("debtCentre.create.nameRequired");
    const rateBp = Math.round(Number(rate) * 100);
    if (!/^\d+(\.\d{1,2})?$/.test(rate.trim()) || rateBp > 1500)
      next.rateBp = t("debtCentre.create.rateInvalid");
    setLocal(next);
    if (Object.keys(next).length > 0 || !village) return;
    mutation.mutate({ areaCode: village.code, name: name.trim(), rateBp });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="centre-create">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("debtCentre.create.title")}
        </Title>
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {village ? (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t("debtCentre.create.village")}
              </Text>
              <Group gap="xs">
                <Text size="sm">{village.nameTh}</Text>
                <Button variant="subtle" size="compact-xs" onClick={() => setVillage(null)}>
                  {t("debtCentre.create.change")}
                </Button>
              </Group>
            </Stack>
          ) : (
            <AreaPicker
              label={t("debtCentre.create.village")}
              levels={["village"]}
              required
              error={local.areaCode ?? server.areaCode}
              onPick={(a) => {
                setVillage(a);
                if (name.trim() === "") setName(`ศูนย์จัดการกองทุนชุมชน${a.nameTh}`);
              }}
              testId="centre-village"
            />
          )}
          <TextInput
            label={t("debtCentre.create.name")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={local.name ?? server.name}
            required
            maxLength={200}
          />
          <TextInput
            label={t("debtCentre.create.rate")}
            description={t("debtCentre.create.rateHint")}
            value={rate}
            onChange={(e) => setRate(e.currentTarget.value)}
            error={local.rateBp ?? server.rateBp}
            inputMode="decimal"
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="centre-create-submit">
            {t("debtCentre.create.submit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function CentresPage() {
  const { t, lang } = useLanguage();
  const me = useMe();
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useInfiniteQuery(centreListQuery(""));
  const counts = useQuery(areaCountsQuery(""));
  const byCentre = new Map((counts.data?.byCentre ?? []).map((c) => [c.centreId, c]));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={t("debtCentre.listTitle")}
        subtitle={me.scopeCode === "" ? t("area.wholeCountry") : me.scopeName}
        actions={
          <>
            <ExportLinks href="/api/debt-centres/export" query={{ lang }} testId="centres-export" />
            {can("funds.write") && (
              <Button variant="light" onClick={() => setCreating((v) => !v)} data-testid="centre-create-open">
                {t("debtCentre.create.open")}
              </Button>
            )}
          </>
        }
      />
      {counts.data && (
        <Paper withBorder p="sm">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              {t("debtCentre.areaSummary", {
                centres: counts.data.centres,
                surveyed: counts.data.surveyedHouseholds,
                debtFree: counts.data.debtFreeHouseholds,
                relapsed: counts.data.relapsedHouseholds,
              })}
            </Text>
            <ExportLinks href="/api/debt-centres/counts/export" query={{ lang }} testId="counts-export" />
          </Group>
        </Paper>
      )}
      {creating && (
        <CreateCentreForm onCreated={(id) => void navigate({ to: "/debt-centres/$id", params: { id } })} />
      )}
      <ErrorAlert error={list.error ?? counts.error} />
      {list.isSuccess && items.length === 0 && <Text c="dimmed">{t("debtCentre.empty")}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {items.map((c) => (
          <CentreCard key={c.id} centre={c} counts={byCentre.get(c.id)} />
        ))}
      </SimpleGrid>
      {items.length > 0 && (
        <LoadMore
          shown={items.length}
          hasMore={Boolean(list.hasNextPage)}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      )}
    </Stack>
  );
}
