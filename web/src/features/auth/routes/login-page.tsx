// Sign-in: username and password; sends a user who must change the password to that page first.
import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { LanguageSwitch } from "../../../components/language-switch";
import { useLanguage } from "../../../lib/i18n";
import { logIn, safeRedirect, useSessionReset } from "../../../lib/session";

const route = getRouteApi("/login");

export function LoginPage() {
  const { t } = useLanguage();
  const search = route.useSearch();
  const navigate = useNavigate();
  const resetSession = useSessionReset();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});

  const login = useMutation({
    mutationFn: () => logIn(username.trim(), password),
    onSuccess: async (session) => {
      resetSession(session);
      if (session.user.mustChangePassword) await navigate({ to: "/account/password" });
      else await navigate({ href: safeRedirect(search.redirect) });
    },
    onError: () => setPassword(""),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { username: username.trim() === "", password: password === "" };
    setMissing(next);
    if (next.username || next.password) return;
    login.mutate();
  };

  return (
    <Box mih="100dvh" bg="gray.0" p="md">
      <Group justify="flex-end">
        <LanguageSwitch />
      </Group>
      <Center mih="80dvh">
        <Paper
          component="form"
          onSubmit={submit}
          withBorder
          shadow="sm"
          radius="lg"
          p="xl"
          w="100%"
          maw={420}
          noValidate
        >
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={1} c="teal.8">
                {t("app.name")}
              </Title>
              <Text c="dimmed" size="sm">
                {t("app.tagline")}
              </Text>
            </Stack>
            <Title order={2} size="h3">
              {t("login.title")}
            </Title>
            {search.redirect && !login.isError && (
              <Alert color="blue" variant="light">
                {t("login.sessionEnded")}
              </Alert>
            )}
            <ErrorAlert error={login.error} title={t("login.failed")} />
            <TextInput
              label={t("login.username")}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              error={missing.username ? t("login.usernameRequired") : undefined}
              data-testid="login-username"
              autoFocus
            />
            <PasswordInput
              label={t("login.password")}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              required
              error={missing.password ? t("login.passwordRequired") : undefined}
              data-testid="login-password"
            />
            <Button type="submit" loading={login.isPending} fullWidth size="md" data-testid="login-submit">
              {t("login.submit")}
            </Button>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
