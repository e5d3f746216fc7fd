// A mentor's own households, most overdue visit first, with the visit form (findings per dimension, advice, next step, GPS, photos from the phone's camera) and the latest visits with their photos.
import {
  Alert,
  Badge,
  Button,
  Group,
  Input,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { caseActions, DIMENSIONS, myHouseholdsQuery, pairingVisitsQuery, type WorklistItem } from "../api";
import { VisitPhotos } from "../components/case-files";
import { StageBadge } from "../components/case-ui";

/** The pairing's latest visits, newest first, with their photos as thumbnails. */
function RecentVisits({ pairingId }: { pairingId: string }) {
  const { t } = useLanguage();
  const format = useFormat();
  const visits = useQuery(pairingVisitsQuery(pairingId));
  const items = (visits.data?.items ?? []).slice(0, 3);
  if (visits.error) return <ErrorAlert error={visits.error} />;
  if (items.length === 0) return null;
  return (
    <Stack gap={4} mt="sm">
      <Text size="sm" fw={600}>
        {t("povertyCases.mine.visits")}
      </Text>
      <List size="sm" spacing={6} data-testid="visit-list">
        {items.map((v) => (
          <List.Item key={v.id} data-testid="visit-item">
            {format.date(v.visitedOn)} ·{" "}
            {Object.entries(v.findings)
              .map(([d, text]) => `${t(`povertyCases.dimension.${d as "health"}`)}: ${text}`)
              .join("; ")}
            {v.nextStep ? ` · ${t("povertyCases.mine.nextStep")}: ${v.nextStep}` : ""}
            <VisitPhotos visitId={v.id} photos={v.photos} />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function VisitForm({ item, onDone }: { item: WorklistItem; onDone: (photoError: unknown) => void }) {
  const { t } = useLanguage();
  const client = useQueryClient();
  const [visitedOn, setVisitedOn] = useState<string | null>(todayIso());
  const [findings, setFindings] = useState<Record<string, string>>({});
  const [advice, setAdvice] = useState("");
  const [nextStep, setNextStep] = useState("");
  const [gps, setGps] = useState<{ lat: number; lon: number } | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const save = useMutation({
    mutationFn: async () => {
      const visit = await caseActions.logVisit({
        pairingId: item.pairingId,
        visitedOn: visitedOn ?? "",
        findings: Object.fromEntries(Object.entries(findings).filter(([, v]) => v.trim() !== "")),
        ...(advice ? { advice } : {}),
        ...(nextStep ? { nextStep } : {}),
        ...(gps ? { latitude: gps.lat, longitude: gps.lon } : {}),
      });
      // The visit is saved first; a refused photo is reported without losing the visit.
      let photoError: unknown = null;
      for (const photo of photos) {
        try {
          await caseActions.uploadVisitPhoto(visit.id, photo);
        } catch (e) {
          photoError = e;
        }
      }
      return photoError;
    },
    onSuccess: (photoError) => {
      void client.invalidateQueries({ queryKey: myHouseholdsQuery.queryKey });
      void client.invalidateQueries({ queryKey: pairingVisitsQuery(item.pairingId).queryKey });
      onDone(photoError);
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
      <Input.Wrapper label={t("povertyCases.mine.photos")} description={t("povertyCases.mine.photosHelp")}>
        <input
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          onChange={(e) => setPhotos(Array.from(e.currentTarget.files ?? []))}
          data-testid="visit-photo-input"
          style={{ display: "block", marginTop: 4 }}
        />
      </Input.Wrapper>
      {photos.length > 0 && (
        <Text size="sm" c="dimmed">
          {t("povertyCases.mine.photosChosen", { count: photos.length })}
        </Text>
      )}
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
  const [photoError, setPhotoError] = useState<unknown>(null);
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
      {saved && (
        <Alert color="green" data-testid="visit-saved">
          {t("povertyCases.mine.saved")}
        </Alert>
      )}
      <ErrorAlert error={photoError} title={t("povertyCases.mine.photoRefused")} />
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
                data-testid="open-visit-form"
              >
                {t("povertyCases.mine.visit")}
              </Button>
            </Group>
          </Group>
          <RecentVisits pairingId={item.pairingId} />
          {open === item.pairingId && (
            <VisitForm
              item={item}
              onDone={(failed) => {
                setOpen(null);
                setSaved(true);
                setPhotoError(failed);
              }}
            />
          )}
        </Paper>
      ))}
    </Stack>
  );
}
