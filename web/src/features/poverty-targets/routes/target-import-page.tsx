// The target-list import wizard: the list's details and template, the file, a dry run with every bad row and each match, then the commit.
import {
  Alert,
  Button,
  FileInput,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { ForbiddenPage } from "../../../components/status-page";
import { currentBuddhistYear } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import {
  type ImportDetails,
  MAX_FILE_BYTES,
  runTargetImport,
  SOURCE_KINDS,
  type SourceKind,
  type TargetImportReport,
  templateUrl,
} from "../api";
import { TargetReportView } from "../components/target-report-view";

const digitsOf = (text: string): string => text.replace(/[^0-9]/g, "");
const yearOk = (year: number): boolean => year >= 2540 && year <= 2700;

export function TargetImportPage() {
  const { t } = useLanguage();
  const can = useCan();
  const queryClient = useQueryClient();
  const [details, setDetails] = useState<ImportDetails>({
    name: "",
    sourceKind: "tpmap",
    agencyName: "",
    programmeYear: currentBuddhistYear(),
    dataYear: null,
  });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [report, setReport] = useState<TargetImportReport | null>(null);

  const check = useMutation({
    mutationFn: (f: File) => runTargetImport(f, details, true),
    onSuccess: setReport,
  });
  const commit = useMutation({
    mutationFn: (f: File) => runTargetImport(f, details, false),
    onSuccess: async (r) => {
      setReport(r);
      await queryClient.invalidateQueries({ queryKey: ["poverty-targets"] });
    },
  });

  if (!can("households.import")) return <ForbiddenPage />;

  const change = (patch: Partial<ImportDetails>) => {
    setDetails((d) => ({ ...d, ...patch }));
    setReport(null);
    check.reset();
    commit.reset();
  };
  const chooseFile = (next: File | null) => {
    setFile(next);
    setReport(null);
    check.reset();
    commit.reset();
    if (next && !/\.(csv|xlsx)$/i.test(next.name)) setFileError(t("povertyTargets.wrongType"));
    else if (next && next.size > MAX_FILE_BYTES) setFileError(t("povertyTargets.tooLarge"));
    else setFileError(null);
  };
  const detailsOk =
    details.name.trim() !== "" &&
    (details.sourceKind !== "agency" || details.agencyName.trim() !== "") &&
    yearOk(details.programmeYear) &&
    (details.dataYear === null || yearOk(details.dataYear));
  const ready = file !== null && fileError === null && detailsOk;
  const canCommit =
    ready && report !== null && !report.committed && report.errors.length === 0 && report.rowCount > 0;

  return (
    <Stack gap="md">
      <PageHeader title={t("povertyTargets.importTitle")} subtitle={t("povertyTargets.importSubtitle")} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text size="sm">{t("povertyTargets.templateText")}</Text>
          <Group gap="sm">
            <Button component="a" href={templateUrl("xlsx")} download variant="light" size="xs">
              {t("povertyTargets.templateXlsx")}
            </Button>
            <Button component="a" href={templateUrl("csv")} download variant="light" size="xs">
              {t("povertyTargets.templateCsv")}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("povertyTargets.listName")}
            value={details.name}
            onChange={(e) => change({ name: e.currentTarget.value })}
            required
            maxLength={200}
            data-testid="target-name"
          />
          <NativeSelect
            label={t("povertyTargets.sourceLabel")}
            data={SOURCE_KINDS.map((k) => ({ value: k, label: t(`povertyTargets.source.${k}`) }))}
            value={details.sourceKind}
            onChange={(e) => change({ sourceKind: e.currentTarget.value as SourceKind })}
          />
          {details.sourceKind === "agency" && (
            <TextInput
              label={t("povertyTargets.agencyName")}
              value={details.agencyName}
              onChange={(e) => change({ agencyName: e.currentTarget.value })}
              required
            />
          )}
          <TextInput
            label={t("povertyTargets.programmeYear")}
            description={t("povertyTargets.yearHint")}
            inputMode="numeric"
            maxLength={4}
            value={String(details.programmeYear || "")}
            onChange={(e) => change({ programmeYear: Number(digitsOf(e.currentTarget.value)) })}
            error={yearOk(details.programmeYear) ? null : t("povertyTargets.yearInvalid")}
          />
          <TextInput
            label={t("povertyTargets.dataYear")}
            description={t("povertyTargets.dataYearHint")}
            inputMode="numeric"
            maxLength={4}
            value={details.dataYear === null ? "" : String(details.dataYear)}
            onChange={(e) => {
              const digits = digitsOf(e.currentTarget.value);
              change({ dataYear: digits === "" ? null : Number(digits) });
            }}
            error={
              details.dataYear === null || yearOk(details.dataYear) ? null : t("povertyTargets.yearInvalid")
            }
          />
          <FileInput
            label={t("povertyTargets.file")}
            placeholder={t("povertyTargets.filePlaceholder")}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={chooseFile}
            error={fileError}
            clearable
            data-testid="target-file"
          />
        </SimpleGrid>
      </Paper>
      <Group>
        <Button
          onClick={() => file && check.mutate(file)}
          disabled={!ready}
          loading={check.isPending}
          data-testid="target-dry-run"
        >
          {t("povertyTargets.dryRun")}
        </Button>
        <Button
          color="green"
          onClick={() => file && commit.mutate(file)}
          disabled={!canCommit}
          loading={commit.isPending}
          data-testid="target-commit"
        >
          {t("povertyTargets.commit")}
        </Button>
      </Group>
      <ErrorAlert error={check.error ?? commit.error} />
      {report?.committed && report.listId && (
        <Alert color="green" data-testid="target-committed">
          {t("povertyTargets.committedText")}{" "}
          <AnchorLink to="/poverty/targets/$id" params={{ id: report.listId }}>
            {t("povertyTargets.openList")}
          </AnchorLink>
        </Alert>
      )}
      {report && !report.committed && report.errors.length > 0 && (
        <Alert color="orange">{t("povertyTargets.fixAndRetry")}</Alert>
      )}
      {report && <TargetReportView report={report} />}
    </Stack>
  );
}
