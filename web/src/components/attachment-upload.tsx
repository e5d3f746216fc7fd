// A button that uploads one file (multipart field "file") to an attachments endpoint; the server checks type and size from the bytes, the accept list only helps the file picker.
import { Button, FileButton, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { api } from "../lib/api";
import { ErrorAlert } from "./error-alert";

export const ATTACHMENT_ACCEPT =
  "image/jpeg,image/png,image/webp,application/pdf,.xlsx,.docx," +
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet," +
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface AttachmentUploadLabels {
  upload: string;
  uploading: string;
  help: string;
}

interface AttachmentUploadProps<T> {
  /** e.g. `/api/knowledge/<id>/attachments`. */
  url: string;
  labels: AttachmentUploadLabels;
  onUploaded: (meta: T) => void;
  testId?: string;
}

export function AttachmentUpload<T>({ url, labels, onUploaded, testId }: AttachmentUploadProps<T>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const upload = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append("file", file, file.name);
      onUploaded(await api.post<T>(url, form));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <FileButton onChange={(file) => void upload(file)} accept={ATTACHMENT_ACCEPT}>
          {(props) => (
            <Button {...props} variant="light" size="xs" loading={busy} data-testid={testId}>
              {busy ? labels.uploading : labels.upload}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {labels.help}
        </Text>
      </Group>
      <ErrorAlert error={error} />
    </Stack>
  );
}
