// Home: the top of the area navigator within the user's scope, with search.
import { Card, Group, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { ButtonLink } from "../../../components/router-links";
import { PageLoader } from "../../../components/status-page";
import { useAreaLabels } from "../../../lib/areas";
import { useLanguage } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/session";
import { topAreasQuery } from "../api";
import { AreaSearch } from "../components/area-search";
import { AreaTable } from "../components/area-table";

function AreaNavigator() {
  const { t } = useLanguage();
  const me = useMe();
  const can = useCan();
  const labels = useAreaLabels();
  const top = useInfiniteQuery(topAreasQuery());
  const items = top.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={
          me.scopeCode === ""
            ? t("area.country")
            : items[0]?.code === me.scopeCode
              ? labels.fullName(items[0])
              : me.scopeName
        }
        subtitle={t("home.subtitle")}
        actions={
          can("households.read") ? (
            <ButtonLink to="/households" search={{}} variant="light">
              {t("area.allHouseholds")}
            </ButtonLink>
          ) : undefined
        }
      />
      <AreaSearch />
      <ErrorAlert error={top.error} />
      {top.isPending ? (
        <PageLoader />
      ) : (
        !top.isError && (
          <AreaTable
            items={items}
            hasMore={top.hasNextPage}
            loadingMore={top.isFetchingNextPage}
            onLoadMore={() => void top.fetchNextPage()}
          />
        )
      )}
    </Stack>
  );
}

function Welcome() {
  const { t } = useLanguage();
  const me = useMe();
  const can = useCan();
  return (
    <Stack gap="md">
      <PageHeader title={t("home.welcome", { name: me.displayName })} />
      <Group align="stretch">
        {me.householdId && can("households.read") && (
          <Card withBorder maw={360}>
            <Title order={3} size="h4">
              {t("nav.myHousehold")}
            </Title>
            <Text size="sm" c="dimmed" my="xs">
              {t("home.myHouseholdText")}
            </Text>
            <ButtonLink to="/households/$id" params={{ id: me.householdId }}>
              {t("home.openMyHousehold")}
            </ButtonLink>
          </Card>
        )}
        {can("users.read") && (
          <Card withBorder maw={360}>
            <Title order={3} size="h4">
              {t("nav.users")}
            </Title>
            <Text size="sm" c="dimmed" my="xs">
              {t("home.usersText")}
            </Text>
            <ButtonLink to="/admin/users">{t("home.openUsers")}</ButtonLink>
          </Card>
        )}
        {can("audit.read") && (
          <Card withBorder maw={360}>
            <Title order={3} size="h4">
              {t("nav.audit")}
            </Title>
            <Text size="sm" c="dimmed" my="xs">
              {t("home.auditText")}
            </Text>
            <ButtonLink to="/admin/audit">{t("home.openAudit")}</ButtonLink>
          </Card>
        )}
      </Group>
    </Stack>
  );
}

export function HomePage() {
  const can = useCan();
  return can("areas.read") ? <AreaNavigator /> : <Welcome />;
}
