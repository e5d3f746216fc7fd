// The before/after/details payload of one audit event, as readable JSON.
import { Code, SimpleGrid, Stack, Text } from "@mantine/core";
import type { AuditEvent } from "../../../../../src/shared/contracts/users";
import { useLanguage } from "../../../lib/i18n";

function Block({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" fw={700}>
        {label}
      </Text>
      <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
        {JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}

export function AuditChange({ event }: { event: AuditEvent }) {
  const { t } = useLanguage();
  const empty = event.before == null && event.after == null && event.details == null;
  return (
    <Stack gap="xs" py="xs">
      {empty && (
        <Text size="sm" c="dimmed">
          {t("audit.noPayload")}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        <Block label={t("audit.before")} value={event.before} />
        <Block label={t("audit.after")} value={event.after} />
        <Block label={t("audit.details")} value={event.details} />
      </SimpleGrid>
      {event.requestId && (
        <Text size="xs" c="dimmed">
          {t("audit.requestId", { id: event.requestId })}
        </Text>
      )}
    </Stack>
  );
}
