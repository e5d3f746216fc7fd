// Officers create a fund in a village of their area; the server adds its chart of accounts.
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { AreaPicker } from "../../../components/area-picker";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { ForbiddenPage } from "../../../components/status-page";
import { areaDetailQuery } from "../../../lib/area-queries";
import { useAreaLabels } from "../../../lib/areas";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso } from "../../../lib/format";
import { FUND_TYPES, type FundType, fundKeys } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput } from "../../../lib/money-input";
import { useCan } from "../../../lib/session";
import { type CreateFundBody, createFund } from "../api";

const VILLAGE_LEVEL = ["village"] as const;

const route = getRouteApi("/signed-in/funds/new");

interface Village {
  code: string;
  label: string;
}

export function CreateFundPage() {
  const can = useCan();
  if (!can("funds.write")) return <ForbiddenPage />;
  return <CreateFundForm />;
}

function CreateFundForm() {
  const { area } = route.useSearch();
  const { t } = useLanguage();
  const labels = useAreaLabels();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const initialArea = useQuery({
    ...areaDetailQuery(area ?? ""),
    enabled: Boolean(area && area.length === 8),
  });
  const [picked, setPicked] = useState<Village | null>(null);
  const [cleared, setCleared] = useState(false);
  const village: Village | null =
    picked ??
    (!cleared && initialArea.data?.area.level === "village"
      ? { code: initialArea.data.area.code, label: labels.fullName(initialArea.data.area) }
      : null);
  const [fundType, setFundType] = useState<FundType>("kkj");
  const [name, setName] = useState("");
  const [startedOn, setStartedOn] = useState<string | null>(todayIso());
  const [capital, setCapital] = useState("");
  const [isModel, setIsModel] = useState(false);
  const [modelYear, setModelYear] = useState("");
  const [isLearningCentre, setIsLearningCentre] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const mutation = useMutation({
    mutationFn: createFund,
    onSuccess: async (fund) => {
      await queryClient.invalidateQueries({ queryKey: fundKeys.all });
      void navigate({ to: "/funds/$fundId", params: { fundId: fund.id } });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!village) next.village = t("fundAdmin.form.villageRequired");
    if (name.trim() === "") next.name = t("fundAdmin.form.nameRequired");
    if (!startedOn) next.startedOn = t("fundAdmin.form.dateRequired");
    let capitalSatang: number | undefined;
    if (capital.trim() !== "") {
      const parsed = parseBahtInput(capital);
      if (parsed.ok) capitalSatang = parsed.value;
      else if (parsed.error !== "zero")
        next.capital = t(parsed.error === "empty" ? "money.invalid" : parsed.error);
      else capitalSatang = 0;
    }
    const year = Number(modelYear);
    if (isModel && modelYear !== "" && (!Number.isInteger(year) || year < 2500 || year > 2700)) {
      next.modelYear = t("fundAdmin.form.modelYearInvalid");
    }
    setErrors(next);
    if (Object.keys(next).length > 0 || !village || !startedOn) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    const body: CreateFundBody = {
      areaCode: village.code,
      fundType,
      name: name.trim(),
      startedOn,
      isModel,
      modelYear: isModel && modelYear !== "" ? year : null,
      isLearningCentre,
    };
    if (capitalSatang !== undefined) body.originalCapitalSatang = capitalSatang;
    mutation.mutate(body);
  };

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title={t("fundAdmin.createTitle")}
        breadcrumbs={[
          <AnchorLink key="funds" to="/funds">
            {t("funds.listTitle")}
          </AnchorLink>,
        ]}
      />
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="fund-form">
        <Stack gap="sm">
          <ErrorAlert error={mutation.error} />
          {village ? (
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Text size="sm" fw={500}>
                  {t("fundAdmin.village")}
                </Text>
                <Text size="sm">
                  {village.label}{" "}
                  <Text span size="xs" c="dimmed" ff="monospace">
                    {village.code}
                  </Text>
                </Text>
              </div>
              <Button
                variant="subtle"
                size="xs"
                onClick={() => {
                  setPicked(null);
                  setCleared(true);
                }}
              >
                {t("fundAdmin.form.changeVillage")}
              </Button>
            </Group>
          ) : (
            <AreaPicker
              label={t("fundAdmin.village")}
              placeholder={t("fundAdmin.form.villagePlaceholder")}
              levels={VILLAGE_LEVEL}
              required
              error={errors.village}
              onPick={(a) => {
                setPicked({ code: a.code, label: labels.fullName(a) });
                if (name.trim() === "" && fundType === "kkj")
                  setName(t("fundAdmin.form.kkjName", { name: a.nameTh }));
              }}
              testId="fund-village"
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NativeSelect
              label={t("fundAdmin.fundType")}
              value={fundType}
              onChange={(e) => setFundType(e.currentTarget.value as FundType)}
              data={FUND_TYPES.map((ft) => ({ value: ft, label: t(`funds.type.${ft}`) }))}
              data-testid="fund-type"
            />
            <DateField
              label={t("fundAdmin.startedOn")}
              value={startedOn}
              onChange={setStartedOn}
              maxDate={todayIso()}
              testId="fund-started"
            />
          </SimpleGrid>
          {errors.startedOn && (
            <Text size="xs" c="red">
              {errors.startedOn}
            </Text>
          )}
          <TextInput
            label={t("fundAdmin.name")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
            maxLength={200}
            data-testid="fund-name"
          />
          <TextInput
            label={t("fundAdmin.capital")}
            description={
              fundType === "kkj" ? t("fundAdmin.form.capitalKkjHint") : t("fundAdmin.form.capitalHint")
            }
            value={capital}
            onChange={(e) => setCapital(e.currentTarget.value)}
            inputMode="decimal"
            placeholder={fundType === "kkj" ? "280000.00" : "0.00"}
            rightSection={<Text size="xs">{t("money.baht")}</Text>}
            rightSectionWidth={48}
            error={errors.capital}
            data-testid="fund-capital"
          />
          <Group gap="lg">
            <Checkbox
              label={t("funds.model")}
              checked={isModel}
              onChange={(e) => setIsModel(e.currentTarget.checked)}
            />
            <Checkbox
              label={t("funds.learningCentre")}
              checked={isLearningCentre}
              onChange={(e) => setIsLearningCentre(e.currentTarget.checked)}
            />
          </Group>
          {isModel && (
            <TextInput
              label={t("fundAdmin.modelYear")}
              value={modelYear}
              onChange={(e) => setModelYear(e.currentTarget.value)}
              inputMode="numeric"
              maxLength={4}
              placeholder="2564"
              error={errors.modelYear}
              w={200}
            />
          )}
          <Group>
            <Button type="submit" loading={mutation.isPending} data-testid="fund-submit">
              {t("fundAdmin.create")}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
