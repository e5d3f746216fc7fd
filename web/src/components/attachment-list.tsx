// A list of a record's attached files: each opens in a new tab (images and PDF) or downloads, with an optional delete; the caller passes translated labels, so any feature can use it.
import { ActionIcon, Anchor, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { api } from "../lib/api";
import { formatDateTime } from "../lib/format";
import type { Language } from "../lib/i18n";
import { ErrorAlert } from "./error-alert";

/** An attachment as the API lists it (src/platform/attachments: AttachmentMeta). */
export interface AttachmentItem {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface AttachmentListLabels {
  empty: string;
  delete: string;
  /** With "{{name}}" replaced by the file's name. */
  confirmDelete: string;
}

interface AttachmentListProps {
  items: readonly AttachmentItem[];
  labels: AttachmentListLabels;
  lang: Language;
  /** Shows a delete button; called after a file was deleted. */
  onDeleted?: ((id: string) => void) | undefined;
  testId?: string;
}

/** "2.4 MB", "830 KB", "120 B". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

const KIND: Record<string, string> = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
};

export function AttachmentList({ items, labels, lang, onDeleted, testId }: AttachmentListProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid={testId}>
        {labels.empty}
      </Text>
    );
  }
  const remove = async (item: AttachmentItem) => {
    if (!window.confirm(labels.confirmDelete.replace("{{name}}", item.fileName))) return;
    setBusy(item.id);
    setError(null);
    try {
      await api.delete(`/api/attachments/${encodeURIComponent(item.id)}`);
      onDeleted?.(item.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap={6} data-testid={testId}>
      <ErrorAlert error={error} />
      {items.map((item) => (
        <Group key={item.id} justify="space-between" wrap="nowrap" gap="xs">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor
              href={`/api/attachments/${encodeURIComponent(item.id)}`}
              target="_blank"
              rel="noopener noreferrer"
              style={{ overflowWrap: "anywhere" }}
            >
              {item.fileName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {KIND[item.mediaType] ?? item.mediaType} · {formatFileSize(item.sizeBytes)} ·{" "}
              {formatDateTime(item.uploadedAt, lang)}
            </Text>
          </Stack>
          {onDeleted && (
            <ActionIcon
              title={labels.delete}
              variant="subtle"
              color="red"
              aria-label={`${labels.delete} ${item.fileName}`}
              loading={busy === item.id}
              onClick={() => void remove(item)}
            >
              ✕
            </ActionIcon>
          )}
        </Group>
      ))}
    </Stack>
  );
}
