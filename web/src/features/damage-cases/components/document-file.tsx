// The file of one document on the case timeline: a link that opens it, and for writers a delete button or an upload button (the server checks type and size from the bytes).
import { ActionIcon, Anchor, Group, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatFileSize } from "../../../components/attachment-list";
import { AttachmentUpload } from "../../../components/attachment-upload";
import { ErrorAlert } from "../../../components/error-alert";
import { useLanguage } from "../../../lib/i18n";
import { type DamageCaseDetail, type DocumentFile, damageCalls, damageKeys, documentFileUrl } from "../api";

interface DocumentFileProps {
  caseId: string;
  documentId: string;
  file: DocumentFile | null;
  canWrite: boolean;
}

export function DocumentFileControl({ caseId, documentId, file, canWrite }: DocumentFileProps) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const show = (detail: DamageCaseDetail) => queryClient.setQueryData(damageKeys.one(caseId), detail);
  if (!file) {
    return canWrite ? (
      <AttachmentUpload<DamageCaseDetail>
        url={documentFileUrl(caseId, documentId)}
        labels={{
          upload: t("damage.file.attach"),
          uploading: t("damage.file.uploading"),
          help: t("damage.file.help"),
        }}
        onUploaded={show}
        testId={`damage-file-upload-${documentId}`}
      />
    ) : null;
  }
  const remove = async () => {
    if (!window.confirm(t("damage.file.confirmDelete", { name: file.fileName }))) return;
    setBusy(true);
    setError(null);
    try {
      show(await damageCalls.removeFile(caseId, documentId));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Group gap={6} wrap="nowrap">
        <Anchor
          size="xs"
          href={documentFileUrl(caseId, documentId)}
          target="_blank"
          rel="noopener noreferrer"
          title={t("damage.file.open")}
          style={{ overflowWrap: "anywhere" }}
          data-testid={`damage-file-link-${documentId}`}
        >
          {file.fileName}
        </Anchor>
        <Text size="xs" c="dimmed">
          {formatFileSize(file.sizeBytes)}
        </Text>
        {canWrite && (
          <ActionIcon
            size="xs"
            variant="subtle"
            color="red"
            loading={busy}
            aria-label={t("damage.file.delete")}
            title={t("damage.file.delete")}
            onClick={() => void remove()}
            data-testid={`damage-file-delete-${documentId}`}
          >
            ✕
          </ActionIcon>
        )}
      </Group>
      <ErrorAlert error={error} />
    </>
  );
}
