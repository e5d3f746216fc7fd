// The officer's note on a fund for a fiscal year: development level, other supporting agencies, and for a
// problem village the cause and the remedy, as printed in the ข้อ 27 and fund-problem reports.
import { Button, Group, Loader, NativeSelect, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { fundDetailQuery } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { currentFiscalYear, type ReportNote, reportKeys, reportNoteQuery, saveReportNote } from "../api";

const route = getRouteApi("/signed-in/reports/notes/$fundId");

export function ReportNotePage() {
  const { fundId } = route.useParams();
  const search = route.useSearch();
  const { t } = useLanguage();
  const fiscalYear = Number(search.fy) >= 2537 ? Number(search.fy) : currentFiscalYear();
  const fund = useQuery(fundDetailQuery(fundId));
  const note = useQuery(reportNoteQuery(fundId, fiscalYear));

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title={t("reports.note.title")}
        subtitle={`${fund.data?.fund.name ?? ""} · ${t("reports.fiscalYearOption", { year: fiscalYear })}`}
        breadcrumbs={[
          <AnchorLink key="reports" to="/reports" search={{ report: "problems" }}>
            {t("reports.title")}
          </AnchorLink>,
        ]}
      />
      {note.isError && <ErrorAlert error={note.error} />}
      {note.isPending && <Loader size="sm" />}
      {/* The form starts from the saved note and starts again from what the server kept after each save. */}
      {note.data && <NoteForm key={note.data.updatedAt ?? "new"} note={note.data} />}
    </Stack>
  );
}

function NoteForm({ note }: { note: ReportNote }) {
  const { t } = useLanguage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState(note.developmentLevel === null ? "" : String(note.developmentLevel));
  const [agencies, setAgencies] = useState(note.supportingAgencies ?? "");
  const [cause, setCause] = useState(note.problemCause ?? "");
  const [remedy, setRemedy] = useState(note.problemRemedy ?? "");
  const save = useMutation({
    mutationFn: () =>
      saveReportNote(note.fundId, note.fiscalYear, {
        developmentLevel: level === "" ? null : Number(level),
        supportingAgencies: agencies.trim() === "" ? null : agencies,
        problemCause: cause.trim() === "" ? null : cause,
        problemRemedy: remedy.trim() === "" ? null : remedy,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(reportKeys.note(note.fundId, note.fiscalYear), saved);
      // The reports that print the note are read again when next shown.
      void queryClient.invalidateQueries({
        queryKey: reportKeys.all,
        predicate: (q) => q.queryKey[1] !== "note",
      });
    },
  });

  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <NativeSelect
            label={t("reports.note.level")}
            value={level}
            onChange={(e) => setLevel(e.currentTarget.value)}
            data={[
              { value: "", label: t("reports.note.levelNone") },
              ...[1, 2, 3].map((n) => ({
                value: String(n),
                label: t("reports.note.levelOption", { level: n }),
              })),
            ]}
            data-testid="note-level"
          />
          <Textarea
            label={t("reports.note.agencies")}
            value={agencies}
            onChange={(e) => setAgencies(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="note-agencies"
          />
          <Textarea
            label={t("reports.note.cause")}
            value={cause}
            onChange={(e) => setCause(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            data-testid="note-cause"
          />
          <Textarea
            label={t("reports.note.remedy")}
            value={remedy}
            onChange={(e) => setRemedy(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            data-testid="note-remedy"
          />
          {save.isError && <ErrorAlert error={save.error} />}
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="note-saved">
              {note.updatedAt ? t("reports.note.updated", { when: format.dateTime(note.updatedAt) }) : ""}
            </Text>
            <Button type="submit" loading={save.isPending} data-testid="note-save">
              {t("reports.note.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
