// The fund's health from the daily job: loans at risk, repayment rate, idle money, missing fund, warnings.
import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "../../../components/error-alert";
import { isApiError } from "../../../lib/api";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { fundHealthQuery } from "../api";
import { Fact } from "./fact";

/** Basis points as a percentage with one decimal: 1234 → "12.3 %". */
function percent(bp: number | null): string {
  if (bp === null) return "–";
  return `${(Math.round(bp / 10) / 10).toFixed(1)} %`;
}

export function FundHealthCard({ fundId }: { fundId: string }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const health = useQuery(fundHealthQuery(fundId));
  if (health.isPending) return null;
  if (health.isError) {
    // Not computed yet (the daily job has not run): say so quietly; other failures show as errors.
    const notComputed = isApiError(health.error) && health.error.code === "health.not_computed";
    return notComputed ? (
      <Text size="sm" c="dimmed" data-testid="fund-health-pending">
        {t("fundAdmin.health.notComputed")}
      </Text>
    ) : (
      <ErrorAlert error={health.error} />
    );
  }
  const h = health.data;
  const baht = (v: number) => `${format.money(v)} ${t("money.baht")}`;
  return (
    <Card withBorder data-testid="fund-health">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t("fundAdmin.health.title")}
          </Title>
          <Text size="xs" c="dimmed">
            {t("funds.asOf", { date: format.date(h.asOf) })}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Fact label={t("fundAdmin.health.loansActive")}>{format.count(h.loansActive)}</Fact>
          <Fact label={t("fundAdmin.health.outstanding")}>{baht(h.outstandingSatang)}</Fact>
          <Fact label={t("fundAdmin.health.par30")}>
            {percent(h.par30Bp)}{" "}
            <Text span size="xs" c="dimmed">
              ({baht(h.atRisk30Satang)})
            </Text>
          </Fact>
          <Fact label={t("fundAdmin.health.repaymentRate")}>{percent(h.repaymentRateBp)}</Fact>
          <Fact label={t("fundAdmin.health.idle")}>{percent(h.idleBp)}</Fact>
          <Fact label={t("fundAdmin.health.defaulted")}>{baht(h.defaultedSatang)}</Fact>
          <Fact label={t("fundAdmin.health.missing")}>
            <Text span c={h.missingSatang > 0 ? "red" : undefined} fw={700} size="sm">
              {baht(h.missingSatang)}
            </Text>
          </Fact>
        </SimpleGrid>
        {h.atRisk.length > 0 ? (
          <Alert color="orange" variant="light" title={t("fundAdmin.health.atRiskTitle")}>
            <Group gap={4}>
              {h.atRisk.map((r) => (
                <Badge key={r.reason} color="orange" variant="light" style={{ textTransform: "none" }}>
                  {lang === "en" ? r.nameEn : r.nameTh}
                </Badge>
              ))}
            </Group>
          </Alert>
        ) : (
          <Text size="sm" c="teal.8">
            {t("fundAdmin.health.noRisk")}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
