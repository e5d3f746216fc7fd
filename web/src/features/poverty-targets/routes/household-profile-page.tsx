// A household's deprivation profile: the five dimensions with their indicators, failing ones marked, from its latest จปฐ. record or an imported list.
import { Alert, Badge, Card, Group, List, Loader, SimpleGrid, Stack, Text, ThemeIcon } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useLanguage } from "../../../lib/i18n";
import { DIMENSIONS, householdProfileQuery } from "../api";

const route = getRouteApi("/signed-in/poverty/households/$id/profile");

export function HouseholdProfilePage() {
  const { id } = route.useParams();
  const { t, lang } = useLanguage();
  const query = useQuery(householdProfileQuery(id));
  const data = query.data;
  const profile = data?.profile ?? null;
  return (
    <Stack gap="md">
      <PageHeader
        title={
          data
            ? t("povertyTargets.profileTitle", { name: data.headName, house: data.houseNo })
            : t("povertyTargets.profileHeading")
        }
        subtitle={
          profile
            ? t(profile.source === "bmn" ? "povertyTargets.fromBmn" : "povertyTargets.fromImport", {
                year: profile.dataYear,
                version: profile.configVersion,
                list: data?.fromImport?.listName ?? "",
              })
            : undefined
        }
        breadcrumbs={[
          <AnchorLink key="household" to="/households/$id" params={{ id }}>
            {t("povertyTargets.householdLink")}
          </AnchorLink>,
        ]}
      />
      <ErrorAlert error={query.error} />
      {query.isPending && <Loader size="sm" />}
      {data && !profile && <Alert color="gray">{t("povertyTargets.noProfile")}</Alert>}
      {data && profile && (
        <>
          <Group gap="xs" data-testid="profile-summary">
            {profile.isDeprived ? (
              <Badge color="red">
                {t("povertyTargets.deprived", { count: profile.failingDimensions.length })}
              </Badge>
            ) : (
              <Badge color="green">{t("povertyTargets.notDeprived")}</Badge>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            {DIMENSIONS.map((d) => {
              const failing = profile.failingIndicators[d];
              const fails = profile.failingDimensions.includes(d);
              const indicators = data.indicators.filter((i) => i.dimension === d);
              return (
                <Card key={d} withBorder data-testid={`dimension-${d}`}>
                  <Group justify="space-between" mb="xs">
                    <Text fw={700}>{t(`povertyTargets.dimension.${d}`)}</Text>
                    <Badge color={fails ? "red" : "green"} variant="light">
                      {fails ? t("povertyTargets.fail") : t("povertyTargets.pass")}
                    </Badge>
                  </Group>
                  <List spacing={4} size="sm" center>
                    {indicators.map((i) => {
                      const isFailing = failing.includes(i.bmn);
                      const unassessed = profile.unassessed.includes(i.bmn);
                      return (
                        <List.Item
                          key={i.bmn}
                          icon={
                            <ThemeIcon
                              size={16}
                              radius="xl"
                              color={isFailing ? "red" : unassessed ? "gray" : "green"}
                            >
                              <span aria-hidden>{isFailing ? "✕" : unassessed ? "?" : "✓"}</span>
                            </ThemeIcon>
                          }
                        >
                          <Text size="sm" fw={isFailing ? 600 : 400}>
                            {t("povertyTargets.indicatorNo", { no: i.bmn })}{" "}
                            {lang === "en" ? i.name.en : i.name.th}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {lang === "en" ? i.threshold.en : i.threshold.th}
                          </Text>
                        </List.Item>
                      );
                    })}
                  </List>
                </Card>
              );
            })}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
