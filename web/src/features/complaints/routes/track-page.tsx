// Public tracking (no sign-in): a complaint's status, dates and public replies by reference number (+ the phone's last 4 digits).
import { Alert, Box, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { LanguageSwitch } from "../../../components/language-switch";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { trackComplaint } from "../api";
import { ComplaintStatusBadge } from "../components/complaint-status";

export function TrackPage() {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const [referenceNo, setReferenceNo] = useState("");
  const [phoneLast4, setPhoneLast4] = useState("");
  const [missing, setMissing] = useState(false);
  const track = useMutation({ mutationFn: trackComplaint });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(referenceNo.trim() === "");
    if (referenceNo.trim() === "") return;
    track.mutate({
      referenceNo: referenceNo.trim(),
      ...(phoneLast4.trim() ? { phoneLast4: phoneLast4.trim() } : {}),
    });
  };
  const result = track.data;
  return (
    <Box mih="100dvh" bg="gray.0" p="md">
      <Group justify="space-between">
        <Title order={1} size="h3" c="teal.8">
          {t("app.name")}
        </Title>
        <LanguageSwitch />
      </Group>
      <Stack maw={560} mx="auto" mt="lg" gap="md">
        <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate data-testid="track-form">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t("complaints.trackTitle")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("complaints.trackIntro")}
            </Text>
            <ErrorAlert error={track.error} />
            <TextInput
              label={t("complaints.referenceNo")}
              placeholder="KJ-XXXXXXXXXXX"
              value={referenceNo}
              onChange={(e) => setReferenceNo(e.currentTarget.value)}
              autoCapitalize="characters"
              spellCheck={false}
              error={missing ? t("complaints.form.referenceRequired") : undefined}
              required
              data-testid="track-reference"
            />
            <TextInput
              label={t("complaints.phoneLast4")}
              description={t("complaints.phoneLast4Hint")}
              value={phoneLast4}
              onChange={(e) => setPhoneLast4(e.currentTarget.value)}
              inputMode="numeric"
              maxLength={4}
              data-testid="track-phone"
            />
            <Button type="submit" loading={track.isPending} data-testid="track-submit">
              {t("complaints.trackSubmit")}
            </Button>
          </Stack>
        </Paper>
        {result && (
          <Paper withBorder p="lg" data-testid="track-result">
            <Stack gap="sm">
              <Group justify="space-between">
                <Text ff="monospace" fw={700}>
                  {result.referenceNo}
                </Text>
                <ComplaintStatusBadge status={result.status} />
              </Group>
              <Text size="sm">{lang === "en" ? result.categoryName.en : result.categoryName.th}</Text>
              <Text size="sm">
                {t("complaints.receivedOn")}: {format.date(result.receivedOn)} · {t("complaints.dueOn")}:{" "}
                {format.date(result.dueOn)}
                {result.closedOn ? ` · ${t("complaints.closedOn")}: ${format.date(result.closedOn)}` : ""}
              </Text>
              {result.outcome && (
                <Text size="sm" fw={600}>
                  {t("complaints.outcomeLabel")}: {t(`complaints.outcome.${result.outcome}`)}
                </Text>
              )}
              <Title order={3} size="h5">
                {t("complaints.replies")}
              </Title>
              {result.replies.length === 0 ? (
                <Alert variant="light">{t("complaints.noReplies")}</Alert>
              ) : (
                result.replies.map((r) => (
                  <Paper key={`${r.repliedOn}:${r.body}`} withBorder p="sm" data-testid="track-reply">
                    <Text size="xs" c="dimmed">
                      {format.date(r.repliedOn)}
                    </Text>
                    <Text style={{ whiteSpace: "pre-wrap" }}>{r.body}</Text>
                  </Paper>
                ))
              )}
            </Stack>
          </Paper>
        )}
      </Stack>
    </Box>
  );
}
