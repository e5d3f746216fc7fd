// Opens the case of one household for a programme year: the household comes from its page (?household=) or a search here; a case that already exists is shown, not duplicated.
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import type { Page } from "../../../../../src/shared/contracts/common";
import type { HouseholdDetail, HouseholdSummary } from "../../../../../src/shared/contracts/households";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { api, isApiError } from "../../../lib/api";
import { useErrorMessage } from "../../../lib/errors";
import { useLanguage } from "../../../lib/i18n";
import { caseActions } from "../api";
import { currentProgrammeYear, programmeYears } from "../components/case-ui";

const route = getRouteApi("/signed-in/poverty/cases/open");

type Field = "household" | "programmeYear";

/** Which field a refusal belongs under; null for a refusal about the whole request. */
function fieldOf(error: unknown): Field | null {
  if (!isApiError(error)) return null;
  if (error.code === "poverty.case_exists") return "programmeYear";
  if (["poverty.household_closed", "common.not_found"].includes(error.code)) return "household";
  const issues = (error.details as { issues?: { path: string }[] } | undefined)?.issues ?? [];
  if (issues.some((i) => i.path.endsWith("programmeYear"))) return "programmeYear";
  if (issues.some((i) => i.path.endsWith("householdId"))) return "household";
  return null;
}

function existingCaseId(error: unknown): string | null {
  if (!isApiError(error) || error.code !== "poverty.case_exists") return null;
  const id = (error.details as { caseId?: unknown } | undefined)?.caseId;
  return typeof id === "string" ? id : null;
}

function HouseholdSearch({ onPick }: { onPick: (h: HouseholdSummary) => void }) {
  const { t } = useLanguage();
  const [q, setQ] = useState("");
  const [asked, setAsked] = useState("");
  const found = useQuery({
    queryKey: ["poverty-open-case-search", asked],
    queryFn: ({ signal }) =>
      api.get<Page<HouseholdSummary>>("/api/households", { q: asked, limit: 10 }, signal),
    enabled: asked.length > 0,
  });
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <TextInput
          label={t("povertyCases.open.search")}
          description={t("povertyCases.open.searchHelp")}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") setAsked(q.trim());
          }}
          data-testid="open-case-search"
        />
        <Button variant="light" onClick={() => setAsked(q.trim())}>
          {t("povertyCases.open.find")}
        </Button>
      </Group>
      {found.error && <ErrorAlert error={found.error} />}
      {found.data && found.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("povertyCases.open.noneFound")}
        </Text>
      )}
      {found.data?.items.map((h) => (
        <Group key={h.id} justify="space-between" data-testid="open-case-result">
          <Text size="sm">
            {h.headName} · {t("povertyCases.list.house")} {h.houseNo} · {h.villageName} ({h.villageCode})
          </Text>
          <Button size="xs" variant="light" onClick={() => onPick(h)}>
            {t("povertyCases.open.pick")}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}

export function OpenCasePage() {
  const { household: fromPage } = route.useSearch();
  const { t } = useLanguage();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [picked, setPicked] = useState<Pick<
    HouseholdSummary,
    "id" | "headName" | "houseNo" | "villageCode"
  > | null>(null);
  const [year, setYear] = useState(String(currentProgrammeYear()));
  const given = useQuery({
    queryKey: ["poverty-open-case-household", fromPage],
    queryFn: ({ signal }) =>
      api.get<HouseholdDetail>(`/api/households/${encodeURIComponent(fromPage ?? "")}`, undefined, signal),
    enabled: fromPage !== undefined && picked === null,
  });
  const household = picked ?? given.data?.household ?? null;
  const open = useMutation({
    mutationFn: () => caseActions.openCase({ householdId: household?.id ?? "", programmeYear: Number(year) }),
    onSuccess: (c) => {
      void client.invalidateQueries({ queryKey: ["poverty-cases"] });
      void navigate({ to: "/poverty/cases/$id", params: { id: c.id } });
    },
  });
  const field = fieldOf(open.error);
  const existing = existingCaseId(open.error);
  const errorUnder = (f: Field) => (field === f && !existing ? message(open.error) : undefined);
  return (
    <Stack gap="md">
      <PageHeader
        title={t("povertyCases.open.title")}
        subtitle={t("povertyCases.open.subtitle")}
        breadcrumbs={[
          <AnchorLink key="list" to="/poverty/cases">
            {t("povertyCases.case.back")}
          </AnchorLink>,
        ]}
      />
      <Paper withBorder p="md">
        <Stack gap="sm">
          {household ? (
            <Group justify="space-between" data-testid="open-case-household">
              <Stack gap={0}>
                <Text size="sm" c="dimmed">
                  {t("povertyCases.open.household")}
                </Text>
                <Text fw={600}>
                  {household.headName} · {t("povertyCases.list.house")} {household.houseNo} ·{" "}
                  {household.villageCode}
                </Text>
                {errorUnder("household") && (
                  <Text size="sm" c="red" role="alert">
                    {errorUnder("household")}
                  </Text>
                )}
              </Stack>
              <Button
                size="xs"
                variant="subtle"
                onClick={() => {
                  setPicked(null);
                  open.reset();
                  void navigate({ to: "/poverty/cases/open", search: {} });
                }}
              >
                {t("povertyCases.open.change")}
              </Button>
            </Group>
          ) : (
            <>
              {given.error && <ErrorAlert error={given.error} />}
              <HouseholdSearch
                onPick={(h) => {
                  open.reset();
                  setPicked(h);
                }}
              />
            </>
          )}
          <NativeSelect
            label={t("povertyCases.open.year")}
            value={year}
            onChange={(e) => {
              open.reset();
              setYear(e.currentTarget.value);
            }}
            data={programmeYears().map((y) => ({ value: String(y), label: String(y) }))}
            error={errorUnder("programmeYear")}
            w={200}
            data-testid="open-case-year"
          />
          {existing && (
            <Alert color="blue" data-testid="open-case-exists">
              <Group justify="space-between">
                <Text size="sm">{message(open.error)}</Text>
                <AnchorLink to="/poverty/cases/$id" params={{ id: existing }}>
                  {t("povertyCases.open.goToCase")}
                </AnchorLink>
              </Group>
            </Alert>
          )}
          {open.error && field === null && <ErrorAlert error={open.error} />}
          <Button
            w="fit-content"
            disabled={!household}
            loading={open.isPending}
            onClick={() => open.mutate()}
            data-testid="open-case-submit"
          >
            {t("povertyCases.open.submit")}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
