// A mentor's own households, most overdue visit first, with the visit form (findings per dimension, advice, next step, GPS).
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { caseActions, DIMENSIONS, myHouseholdsQuery, type WorklistItem } from "../api";
import { StageBadge } from "../components/case-ui";

function VisitForm({ item, onDone }: { item: WorklistItem; onDone: () => void }) {
  const { t } = useLanguage();
  const client = useQueryClient();
  const [visitedOn, setVisitedOn] = useState<string | null>(todayIso());
  const [findings, setFindings] = useState<Record<string, string>>({});
  const [advice, setAdvice] = useState("");
  const [nextStep, setNextStep] = useState("");
  const [gps, setGps] = useState<{ lat: number; lon: number } | null>(null);
  const save = useMutation({
    mutationFn: () =>
      caseActions.logVisit({
        pairingId: item.pairingId,
        visitedOn: visitedOn ?? "",
        findings: Object.fromEntries(Object.entries(findings).filter(([, v]) => v.trim() !== "")),
        ...(advice ? { advice } : {}),
        ...(nextStep ? { nextStep } : {}),
        ...(gps ? { latitude: gps.lat, longitude: gps.lon } : {}),
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: myHouseholdsQuery.queryKey });
      onDone();
    },
  });
  const locate = () =>
    navigator.geolocation?.getCurrentPosition((p) =>
      setGps({
        lat: Math.round(p.coords.latitude * 1e5) / 1e5,
        lon: Math.round(p.coords.longitude * 1e5) / 1e5,
      }),
    );
  return (
    <Stack gap="xs" mt="sm" data-testid="visit-form">
      <DateField
        label={t("povertyCases.mine.visitedOn")}
        value={visitedOn}
        onChange={setVisitedOn}
        maxDate={todayIso()}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {DIMENSIONS.map((d) => (
          <Textarea
            key={d}
            autosize
            minRows={1}
            label={t("povertyCases.mine.finding", { dimension: t(`povertyCases.dimension.${d}`) })}
            value={findings[d] ?? ""}
            onChange={(e) => setFindings({ ...findings, [d]: e.currentTarget.value })}
          />
        ))}
      </SimpleGrid>
      <Textarea
        label={t("povertyCases.mine.advice")}
        value={advice}
        onChange={(e) => setAdvice(e.currentTarget.value)}
      />
      <Textarea
        label={t("povertyCases.mine.nextStep")}
        value={nextStep}
        onChange={(e) => setNextStep(e.currentTarget.value)}
      />
      <Group>
        <Button variant="light" size="xs" onClick={locate}>
          {t("povertyCases.mine.gps")}
        </Button>
        {gps && <Text size="sm">{t("povertyCases.mine.gpsSet", { lat: gps.lat, lon: gps.lon })}</Text>}
      </Group>
      {save.error && <ErrorAlert error={save.error} />}
      <Button loading={save.isPending} onClick={() => save.mutate()} w="fit-content" data-testid="save-visit">
        {t("povertyCases.mine.visit")}
      </Button>
    </Stack>
  );
}

export function MyHouseholdsPage() {
  const { t } = useLanguage();
  const format = useFormat();
  const list = useQuery(myHouseholdsQuery);
  const [open, setOpen] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const data = list.data;
  return (
    <Stack gap="md">
      <PageHeader title={t("povertyCases.mine.title")} subtitle={t("povertyCases.mine.subtitle")} />
      {list.error && <ErrorAlert error={list.error} />}
      {data && !data.mentor && <Alert color="yellow">{t("povertyCases.mine.noMentor")}</Alert>}
      {data?.mentor && data.items.length === 0 && <Text c="dimmed">{t("povertyCases.mine.empty")}</Text>}
      {data && data.overdue > 0 && (
        <Alert color="red">{t("povertyCases.mine.overdueCount", { count: data.overdue })}</Alert>
      )}
      {saved && <Alert color="green">{t("povertyCases.mine.saved")}</Alert>}
      {data?.items.map((item) => (
        <Paper key={item.pairingId} withBorder p="md" data-testid="my-household">
          <Group justify="space-between">
            <Stack gap={2}>
              <Title order={5}>
                {item.headName} · {item.houseNo} · {item.areaCode}
              </Title>
              <Group gap="xs">
                {item.stage && <StageBadge stage={item.stage} />}
                {item.isOverdue ? (
                  <Badge color="red">{t("povertyCases.mine.overdue", { days: item.overdueDays })}</Badge>
                ) : (
                  <Badge color="gray" variant="light">
                    {t("povertyCases.mine.dueOn", { date: format.date(item.dueOn) })}
                  </Badge>
                )}
                <Text size="sm" c="dimmed">
                  {item.lastVisitOn
                    ? t("povertyCases.case.lastVisit", { date: format.date(item.lastVisitOn) })
                    : t("povertyCases.case.neverVisited")}
                </Text>
              </Group>
            </Stack>
            <Group gap="xs">
              {item.caseId && (
                <AnchorLink to="/poverty/cases/$id" params={{ id: item.caseId }}>
                  {t("povertyCases.mine.openCase")}
                </AnchorLink>
              )}
              <Button
                size="xs"
                variant="light"
                onClick={() => setOpen(open === item.pairingId ? null : item.pairingId)}
              >
                {t("povertyCases.mine.visit")}
              </Button>
            </Group>
          </Group>
          {open === item.pairingId && (
            <VisitForm
              item={item}
              onDone={() => {
                setOpen(null);
                setSaved(true);
              }}
            />
          )}
        </Paper>
      ))}
    </Stack>
  );
}
