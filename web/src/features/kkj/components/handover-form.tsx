// The handover record form of the brown book (ส่งมอบ-รับมอบ): loaded only when an officer opens it.
import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { useMe } from "../../../lib/session";
import { type HandoverBody, kkjCalls, kkjKeys } from "../api";

export function HandoverForm({ fundId, onDone }: { fundId: string; onDone: () => void }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [handedOn, setHandedOn] = useState<string | null>(todayIso());
  const me = useMe();
  // The officer recording the handover is usually the one handing over.
  const [fields, setFields] = useState({
    fromName: me.displayName,
    fromPosition: "",
    toName: "",
    toPosition: "",
    notes: "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof fields) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };
  const mutation = useMutation({
    mutationFn: (body: HandoverBody) => kkjCalls.recordHandover(fundId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: kkjKeys.all(fundId) });
      onDone();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    for (const key of ["fromName", "fromPosition", "toName", "toPosition"] as const) {
      if (fields[key].trim() === "") next[key] = t("kkj.form.required");
    }
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    mutation.mutate({
      ...(handedOn ? { handedOn } : {}),
      fromName: fields.fromName.trim(),
      fromPosition: fields.fromPosition.trim(),
      toName: fields.toName.trim(),
      toPosition: fields.toPosition.trim(),
      ...(fields.notes.trim() ? { notes: fields.notes.trim() } : {}),
    });
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="kkj-no-print"
      data-testid="handover-form"
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("books.brown.recordHandover")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("books.brown.handoverHint")}
        </Text>
        <ErrorAlert error={mutation.error} />
        <DateField
          label={t("books.brown.handedOn")}
          value={handedOn}
          onChange={setHandedOn}
          maxDate={todayIso()}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("books.brown.fromName")}
            value={fields.fromName}
            onChange={set("fromName")}
            error={errors.fromName}
            required
            maxLength={200}
          />
          <TextInput
            label={t("books.brown.fromPosition")}
            placeholder={t("books.brown.positionPlaceholder")}
            value={fields.fromPosition}
            onChange={set("fromPosition")}
            error={errors.fromPosition}
            required
            maxLength={200}
          />
          <TextInput
            label={t("books.brown.toName")}
            value={fields.toName}
            onChange={set("toName")}
            error={errors.toName}
            required
            maxLength={200}
          />
          <TextInput
            label={t("books.brown.toPosition")}
            placeholder={t("books.brown.positionPlaceholder")}
            value={fields.toPosition}
            onChange={set("toPosition")}
            error={errors.toPosition}
            required
            maxLength={200}
          />
        </SimpleGrid>
        <Textarea
          label={t("books.brown.notes")}
          value={fields.notes}
          onChange={set("notes")}
          autosize
          minRows={2}
          maxLength={5000}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="handover-submit">
            {t("common.save")}
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
