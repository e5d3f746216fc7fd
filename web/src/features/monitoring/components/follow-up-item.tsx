// One follow-up action: what, who, when, its state (overdue in red), and the form that marks it done.
import { Badge, Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { completeFollowUp, type FollowUp, monitoringKeys } from "../api";

export function FollowUpItem({
  item,
  canComplete,
  showVisit,
}: {
  item: FollowUp;
  canComplete: boolean;
  showVisit?: boolean;
}) {
  const { t } = useLanguage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [doneOn, setDoneOn] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () => completeFollowUp(item.id, { doneOn: doneOn ?? "", note }),
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: monitoringKeys.all });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!doneOn || note.trim() === "") {
      setMissing(true);
      return;
    }
    setMissing(false);
    mutation.mutate();
  };
  return (
    <Paper withBorder p="sm" data-testid="follow-up">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={600} style={{ overflowWrap: "anywhere" }}>
            {item.description}
          </Text>
          {item.status === "done" ? (
            <Badge color="green">{t("monitoring.status.done")}</Badge>
          ) : item.isOverdue ? (
            <Badge color="red" data-testid="follow-up-overdue">
              {t("monitoring.daysOverdue", { count: item.daysOverdue })}
            </Badge>
          ) : (
            <Badge color="gray">{t("monitoring.status.open")}</Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t("monitoring.owner")}: {item.ownerName} · {t("monitoring.dueOn")}: {format.date(item.dueOn)}
        </Text>
        {showVisit && item.visitedOn && (
          <AnchorLink to="/monitoring/visits/$visitId" params={{ visitId: item.visitId }} size="sm">
            {t("monitoring.visitOf", { date: format.date(item.visitedOn), subject: item.subjectName ?? "" })}
          </AnchorLink>
        )}
        {item.status === "done" && (
          <Text size="sm">
            {t("monitoring.doneAt", { date: format.date(item.doneOn ?? "") })}: {item.doneNote}
          </Text>
        )}
        {item.status === "open" && canComplete && !open && (
          <Button
            size="xs"
            variant="light"
            w="fit-content"
            onClick={() => setOpen(true)}
            data-testid="follow-up-complete"
          >
            {t("monitoring.complete")}
          </Button>
        )}
        {open && (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <ErrorAlert error={mutation.error} />
              <DateField
                label={t("monitoring.doneOn")}
                value={doneOn}
                onChange={setDoneOn}
                testId="follow-up-done-on"
              />
              <Textarea
                label={t("monitoring.note")}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                error={missing && note.trim() === "" ? t("monitoring.required") : undefined}
                autosize
                minRows={2}
                data-testid="follow-up-note"
              />
              <Group>
                <Button type="submit" size="xs" loading={mutation.isPending} data-testid="follow-up-save">
                  {t("monitoring.save")}
                </Button>
                <Button size="xs" variant="subtle" color="gray" onClick={() => setOpen(false)}>
                  {t("monitoring.cancel")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
