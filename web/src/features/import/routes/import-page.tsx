// The household import wizard: template, file, dry run, then commit only when the dry run is clean.
import { Alert, Button, FileInput, Group, Paper, Stack, Stepper, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ImportReport } from "../../../../../src/shared/contracts/households";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { AnchorLink } from "../../../components/router-links";
import { ForbiddenPage } from "../../../components/status-page";
import { useLanguage } from "../../../lib/i18n";
import { useCan } from "../../../lib/session";
import { hasAcceptedExtension, MAX_FILE_BYTES, runImport, templateUrl } from "../api";
import { ImportReportView } from "../components/import-report-view";

export function ImportPage() {
  const { t } = useLanguage();
  const can = useCan();
  const queryClient = useQueryClient();
  const isPhone = useMediaQuery("(max-width: 48em)");
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState<ImportReport | null>(null);
  const [committed, setCommitted] = useState<ImportReport | null>(null);

  const check = useMutation({
    mutationFn: (f: File) => runImport(f, true),
    onSuccess: (report) => {
      setDryRun(report);
      setStep(3);
    },
  });

  const commit = useMutation({
    mutationFn: (f: File) => runImport(f, false),
    onSuccess: async (report) => {
      setCommitted(report);
      if (report.committed) {
        await queryClient.invalidateQueries({ queryKey: ["households"] });
        await queryClient.invalidateQueries({ queryKey: ["areas"] });
      }
    },
  });

  if (!can("households.import")) return <ForbiddenPage />;

  const chooseFile = (next: File | null) => {
    setFile(next);
    setDryRun(null);
    setCommitted(null);
    check.reset();
    commit.reset();
    if (next && !hasAcceptedExtension(next.name)) {
      setFileError(t("import.wrongType"));
      return;
    }
    if (next && next.size > MAX_FILE_BYTES) {
      setFileError(t("import.tooLarge", { mb: MAX_FILE_BYTES / 1024 / 1024 }));
      return;
    }
    if (next && next.size === 0) {
      setFileError(t("import.emptyFile"));
      return;
    }
    setFileError(null);
    if (next) setStep(2);
  };

  const canCommit =
    file !== null &&
    dryRun !== null &&
    dryRun.errors.length === 0 &&
    dryRun.rowCount > 0 &&
    !committed?.committed;

  return (
    <Stack gap="md">
      <PageHeader title={t("import.title")} subtitle={t("import.subtitle")} />
      <Stepper
        active={step}
        onStepClick={setStep}
        orientation={isPhone ? "vertical" : "horizontal"}
        allowNextStepsSelect={false}
      >
        <Stepper.Step label={t("import.step1")} description={t("import.step1Hint")}>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Text size="sm">{t("import.templateText")}</Text>
              <Group gap="sm">
                <Button
                  component="a"
                  href={templateUrl("xlsx")}
                  download
                  variant="light"
                  data-testid="template-xlsx"
                >
                  {t("import.templateXlsx")}
                </Button>
                <Button
                  component="a"
                  href={templateUrl("csv")}
                  download
                  variant="light"
                  data-testid="template-csv"
                >
                  {t("import.templateCsv")}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {t("import.templateNote")}
              </Text>
              <Group>
                <Button onClick={() => setStep(1)}>{t("common.next")}</Button>
              </Group>
            </Stack>
          </Paper>
        </Stepper.Step>

        <Stepper.Step label={t("import.step2")} description={t("import.step2Hint")}>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <FileInput
                label={t("import.file")}
                placeholder={t("import.filePlaceholder")}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={chooseFile}
                error={fileError}
                clearable
                data-testid="import-file"
              />
            </Stack>
          </Paper>
        </Stepper.Step>

        <Stepper.Step label={t("import.step3")} description={t("import.step3Hint")}>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Text size="sm">{t("import.dryRunText")}</Text>
              {file && (
                <Text size="sm" fw={500}>
                  {t("import.selected", { name: file.name })}
                </Text>
              )}
              <ErrorAlert error={check.error} />
              <Group>
                <Button
                  onClick={() => file && check.mutate(file)}
                  loading={check.isPending}
                  disabled={!file || fileError !== null}
                  data-testid="import-dry-run"
                >
                  {t("import.runDryRun")}
                </Button>
                <Button variant="subtle" color="gray" onClick={() => setStep(1)}>
                  {t("import.chooseAnother")}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Stepper.Step>

        <Stepper.Step label={t("import.step4")} description={t("import.step4Hint")}>
          <Paper withBorder p="md">
            <Stack gap="md">
              {dryRun && !committed && (
                <>
                  {dryRun.errors.length > 0 ? (
                    <Alert color="red" variant="light" title={t("import.hasErrorsTitle")}>
                      {t("import.hasErrorsText", { count: dryRun.errors.length })}
                    </Alert>
                  ) : dryRun.rowCount === 0 ? (
                    <Alert color="yellow" variant="light">
                      {t("import.noRows")}
                    </Alert>
                  ) : (
                    <Alert color="green" variant="light" title={t("import.cleanTitle")}>
                      {t("import.cleanText")}
                    </Alert>
                  )}
                  <ImportReportView report={dryRun} />
                </>
              )}
              {committed && (
                <>
                  {committed.committed ? (
                    <Alert color="green" variant="light" title={t("import.doneTitle")} role="status">
                      {t("import.doneText", {
                        households: committed.householdCount,
                        members: committed.memberCount,
                      })}
                    </Alert>
                  ) : (
                    <Alert color="red" variant="light" title={t("import.notCommittedTitle")}>
                      {t("import.notCommittedText")}
                    </Alert>
                  )}
                  <ImportReportView report={committed} />
                </>
              )}
              <ErrorAlert error={commit.error} />
              <Group>
                {!committed?.committed && (
                  <Button
                    color="teal"
                    onClick={() => file && commit.mutate(file)}
                    loading={commit.isPending}
                    disabled={!canCommit}
                    data-testid="import-commit"
                  >
                    {t("import.commit")}
                  </Button>
                )}
                <Button
                  variant="subtle"
                  color="gray"
                  onClick={() => {
                    chooseFile(null);
                    setStep(1);
                  }}
                >
                  {committed?.committed ? t("import.importAnother") : t("import.chooseAnother")}
                </Button>
              </Group>
              {committed?.committed && (
                <AnchorLink to="/households" search={{}} size="sm">
                  {t("import.viewHouseholds")}
                </AnchorLink>
              )}
            </Stack>
          </Paper>
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
