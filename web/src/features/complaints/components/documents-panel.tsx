// A complaint's documents for the officers who handle it: letters, photos and PDFs, opened in a new tab (served
// sandboxed, only in the complaint's area), uploaded and deleted while the complaint is open. Never public.
import { ActionIcon, Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatFileSize } from "../../../components/attachment-list";
import { AttachmentUpload } from "../../../components/attachment-upload";
import { ErrorAlert } from "../../../components/error-alert";
import { formatDateTime } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { complaintDocumentsQuery, complaintDocumentUrl, deleteComplaintDocument } from "../api";

export function DocumentsPanel({
  complaintId,
  anonymous,
  open,
}: {
  complaintId: string;
  anonymous: boolean;
  open: boolean;
}) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const documents = useQuery(complaintDocumentsQuery(complaintId));
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: complaintDocumentsQuery(complaintId).queryKey });
  const remove = useMutation({
    mutationFn: (fileId: string) => deleteComplaintDocument(complaintId, fileId),
    onSuccess: refresh,
  });
  const items = documents.data?.items ?? [];
  return (
    <Paper withBorder p="sm" data-testid="complaint-documents">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("complaints.documents.title")}
        </Title>
        {anonymous && (
          <Text size="xs" c="orange.8" data-testid="complaint-documents-anonymous">
            {t("complaints.documents.anonymousHint")}
          </Text>
        )}
        <ErrorAlert error={documents.error ?? remove.error} />
        {items.length === 0 && !documents.isPending && (
          <Text size="sm" c="dimmed">
            {t("complaints.documents.empty")}
          </Text>
        )}
        {items.map((d) => (
          <Group key={d.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="complaint-document">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor
                href={complaintDocumentUrl(complaintId, d.id)}
                target="_blank"
                rel="noopener noreferrer"
                style={{ overflowWrap: "anywhere" }}
              >
                {d.fileName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {formatFileSize(d.sizeBytes)} · {formatDateTime(d.uploadedAt, lang)}
              </Text>
            </Stack>
            {open && (
              <ActionIcon
                variant="subtle"
                color="red"
                title={t("complaints.documents.delete")}
                aria-label={`${t("complaints.documents.delete")} ${d.fileName}`}
                loading={remove.isPending && remove.variables === d.id}
                onClick={() => {
                  if (window.confirm(t("complaints.documents.confirmDelete", { name: d.fileName })))
                    remove.mutate(d.id);
                }}
                data-testid="complaint-document-delete"
              >
                ✕
              </ActionIcon>
            )}
          </Group>
        ))}
        {open && (
          <AttachmentUpload
            url={`/api/complaints/${encodeURIComponent(complaintId)}/documents`}
            labels={{
              upload: t("complaints.documents.upload"),
              uploading: t("complaints.documents.uploading"),
              help: t("complaints.documents.help"),
            }}
            onUploaded={() => void refresh()}
            testId="complaint-document-upload"
          />
        )}
      </Stack>
    </Paper>
  );
}
