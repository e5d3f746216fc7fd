// A red box with the user-facing message of an error, or nothing when there is none.
import { Alert } from "@mantine/core";
import { useErrorMessage } from "../lib/errors";
import { useLanguage } from "../lib/i18n";

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useLanguage();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title ?? t("errors.title")} role="alert">
      {message(error)}
    </Alert>
  );
}
