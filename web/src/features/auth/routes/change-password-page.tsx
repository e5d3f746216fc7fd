// Changing one's own password (required after an administrator set or reset it).
import { Alert, Button, Paper, PasswordInput, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { focusFirstInvalid } from "../../../lib/focus";
import { useLanguage } from "../../../lib/i18n";
import { changePassword, sessionQueryKey, useMe } from "../../../lib/session";

const MIN_LENGTH = 10;

interface FieldErrors {
  currentPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

export function ChangePasswordPage() {
  const { t } = useLanguage();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirmPassword, setConfirmPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);

  const mutation = useMutation({
    mutationFn: () => changePassword(currentPassword, newPassword),
    onSuccess: async () => {
      setDone(true);
      setCurrentPassword("");
      setNewPassword("");
      setConfirmPassword("");
      const wasRequired = me.mustChangePassword;
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      if (wasRequired) await navigate({ to: "/" });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!currentPassword) next.currentPassword = t("password.currentRequired");
    if (newPassword.length < MIN_LENGTH) next.newPassword = t("password.tooShort", { min: MIN_LENGTH });
    else if (newPassword === currentPassword) next.newPassword = t("password.sameAsCurrent");
    if (confirmPassword !== newPassword) next.confirmPassword = t("password.mismatch");
    setErrors(next);
    setDone(false);
    if (Object.keys(next).length === 0) mutation.mutate();
    else focusFirstInvalid(event.currentTarget as HTMLFormElement);
  };

  return (
    <Stack maw={480}>
      <PageHeader title={t("password.title")} />
      {me.mustChangePassword && (
        <Alert color="yellow" variant="light" title={t("password.requiredTitle")}>
          {t("password.requiredText")}
        </Alert>
      )}
      {done && (
        <Alert color="green" variant="light" role="status">
          {t("password.changed")}
        </Alert>
      )}
      <ErrorAlert error={mutation.error} />
      <Paper component="form" onSubmit={submit} withBorder p="md" noValidate>
        <Stack>
          <PasswordInput
            label={t("password.current")}
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.currentTarget.value)}
            autoComplete="current-password"
            error={errors.currentPassword}
            required
          />
          <PasswordInput
            label={t("password.new")}
            description={t("password.rule", { min: MIN_LENGTH })}
            value={newPassword}
            onChange={(e) => setNewPassword(e.currentTarget.value)}
            autoComplete="new-password"
            error={errors.newPassword}
            required
          />
          <PasswordInput
            label={t("password.confirm")}
            value={confirmPassword}
            onChange={(e) => setConfirmPassword(e.currentTarget.value)}
            autoComplete="new-password"
            error={errors.confirmPassword}
            required
          />
          <Text size="xs" c="dimmed">
            {t("password.hint")}
          </Text>
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            {t("password.submit")}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
