// สัมมาชีพชุมชน: action plans with their progress through the five steps, supporting organisations and trainings.
import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  TextInput,
} from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { bangkokDate, fiscalYearOf } from "../../../../../src/shared/thai-date";
import { AreaPicker } from "../../../components/area-picker";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import type { AreaOption } from "../../../lib/area-queries";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { createPlan, livelihoodKeys, organisationListQuery, planListQuery, trainingListQuery } from "../api";

function NewPlanForm() {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [area, setArea] = useState<AreaOption | null>(null);
  const [year, setYear] = useState<number>(fiscalYearOf(bangkokDate(new Date())));
  const [title, setTitle] = useState("");
  const mutation = useMutation({
    mutationFn: () => createPlan({ areaCode: area?.code ?? "", fiscalYear: year, title }),
    onSuccess: async (plan) => {
      await queryClient.invalidateQueries({ queryKey: livelihoodKeys.all });
      await navigate({ to: "/livelihoods/plans/$planId", params: { planId: plan.id } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (area && title.trim() !== "") mutation.mutate();
  };
  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <ErrorAlert error={mutation.error} />
          {area ? (
            <Text size="sm">
              {area.nameTh} ({area.code})
            </Text>
          ) : (
            <AreaPicker
              label={t("livelihoods.planArea")}
              levels={["subdistrict", "village"]}
              onPick={setArea}
              testId="plan-area"
            />
          )}
          <Group grow>
            <NumberInput
              label={t("livelihoods.fiscalYear")}
              value={year}
              onChange={(v) => setYear(Number(v))}
              min={2560}
              max={2700}
            />
            <TextInput
              label={t("livelihoods.planTitle")}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              data-testid="plan-title"
            />
          </Group>
          <Button
            type="submit"
            size="xs"
            w="fit-content"
            loading={mutation.isPending}
            disabled={!area || title.trim() === ""}
          >
            {t("livelihoods.createPlan")}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function Plans() {
  const { t, lang } = useLanguage();
  const can = useCan();
  const list = useInfiniteQuery(planListQuery());
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <ExportLinks href="/api/livelihoods/plans/export" query={{ lang }} testId="plans-export" />
      </Group>
      {can("livelihoods.write") && <NewPlanForm />}
      <ErrorAlert error={list.error} />
      {items.length === 0 && !list.isPending && <Text c="dimmed">{t("livelihoods.noPlans")}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {items.map((p) => (
          <Paper key={p.id} withBorder p="sm" data-testid="plan-card">
            <Stack gap={4}>
              <AnchorLink to="/livelihoods/plans/$planId" params={{ planId: p.id }} fw={700}>
                {p.title}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                {p.areaName} · {t("livelihoods.fiscalYear")} {p.fiscalYear}
              </Text>
              <Progress value={Math.min(100, ((p.stepNumber - 1) / 5) * 100)} />
              <Text size="sm">
                {t("livelihoods.stepOf", { n: Math.min(p.stepNumber, 5) })} {t(`livelihoods.step.${p.step}`)}{" "}
                · {t("livelihoods.householdCounts", { all: p.targetHouseholds, model: p.modelHouseholds })}
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <LoadMore
        shown={items.length}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}

function Organisations() {
  const { t } = useLanguage();
  const list = useInfiniteQuery(organisationListQuery());
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      <ErrorAlert error={list.error} />
      {items.length === 0 && !list.isPending && <Text c="dimmed">{t("livelihoods.noOrganisations")}</Text>}
      {items.map((o) => (
        <Paper key={o.id} withBorder p="sm" data-testid="organisation">
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={700}>{o.name}</Text>
              <Badge variant="light">{t(`livelihoods.kind.${o.kind}`)}</Badge>
            </Group>
            {o.mission && <Text size="sm">{o.mission}</Text>}
            <Text size="sm" c="dimmed">
              {o.members.map((m) => `${m.name} (${t(`livelihoods.role.${m.role}`)})`).join(", ")}
            </Text>
          </Stack>
        </Paper>
      ))}
      <LoadMore
        shown={items.length}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}

function Trainings() {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const list = useInfiniteQuery(trainingListQuery());
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <ExportLinks href="/api/livelihoods/trainings/export" query={{ lang }} testId="trainings-export" />
      </Group>
      <ErrorAlert error={list.error} />
      {items.length === 0 && !list.isPending && <Text c="dimmed">{t("livelihoods.noTrainings")}</Text>}
      {items.map((x) => (
        <Paper key={x.id} withBorder p="sm" data-testid="training">
          <Stack gap={4}>
            <Text fw={700}>{x.topic}</Text>
            <Text size="sm" c="dimmed">
              {format.dateLong(x.heldOn)} · {x.place}
            </Text>
            <Text size="sm">
              {t("livelihoods.lecturers")}: {x.lecturers.map((l) => l.name).join(", ") || "-"}
            </Text>
            <Text size="sm">
              {t("livelihoods.participants", { count: x.participants.length })}:{" "}
              {x.participants.map((p) => p.name).join(", ")}
            </Text>
          </Stack>
        </Paper>
      ))}
      <LoadMore
        shown={items.length}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}

export function LivelihoodsPage() {
  const { t } = useLanguage();
  return (
    <Stack gap="md">
      <PageHeader title={t("livelihoods.title")} />
      <Tabs defaultValue="plans" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="plans">{t("livelihoods.plans")}</Tabs.Tab>
          <Tabs.Tab value="organisations">{t("livelihoods.organisations")}</Tabs.Tab>
          <Tabs.Tab value="trainings">{t("livelihoods.trainings")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plans" pt="sm">
          <Plans />
        </Tabs.Panel>
        <Tabs.Panel value="organisations" pt="sm">
          <Organisations />
        </Tabs.Panel>
        <Tabs.Panel value="trainings" pt="sm">
          <Trainings />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
