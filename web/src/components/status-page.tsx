// Full-page states: not found, not allowed, loading.
import { Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useLanguage } from "../lib/i18n";
import { ButtonLink } from "./router-links";

export function NotFoundPage() {
  const { t } = useLanguage();
  return (
    <Stack align="center" py="xl" gap="sm">
      <Title order={2}>{t("status.notFoundTitle")}</Title>
      <Text c="dimmed">{t("status.notFoundText")}</Text>
      <ButtonLink to="/">{t("status.goHome")}</ButtonLink>
    </Stack>
  );
}

export function ForbiddenPage() {
  const { t } = useLanguage();
  return (
    <Stack align="center" py="xl" gap="sm">
      <Title order={2}>{t("status.forbiddenTitle")}</Title>
      <Text c="dimmed">{t("status.forbiddenText")}</Text>
      <ButtonLink to="/">{t("status.goHome")}</ButtonLink>
    </Stack>
  );
}

export function PageLoader() {
  const { t } = useLanguage();
  return (
    <Center py="xl">
      <Loader aria-label={t("status.loading")} />
    </Center>
  );
}
