// The status badge of a complaint (with "overdue" when an open one is past its due date).
import { Badge, Group } from "@mantine/core";
import { useLanguage } from "../../../lib/i18n";
import type { ComplaintStatus } from "../api";

const COLORS: Record<ComplaintStatus, string> = {
  received: "blue",
  in_progress: "yellow",
  replied: "teal",
  closed: "gray",
  rejected: "dark",
};

export function ComplaintStatusBadge({ status, overdue }: { status: ComplaintStatus; overdue?: boolean }) {
  const { t } = useLanguage();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={COLORS[status]} variant="light" data-testid="complaint-status">
        {t(`complaints.status.${status}`)}
      </Badge>
      {overdue && (
        <Badge color="red" variant="filled" data-testid="complaint-overdue">
          {t("complaints.overdue")}
        </Badge>
      )}
    </Group>
  );
}
