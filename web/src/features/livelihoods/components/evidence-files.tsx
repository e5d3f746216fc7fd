// The files of one evidence entry (served only in the plan's area) and the upload of another one.
import { Anchor, Group, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { formatFileSize } from "../../../components/attachment-list";
import { AttachmentUpload } from "../../../components/attachment-upload";
import { useLanguage } from "../../../lib/i18n";
import { type EvidenceFile, evidenceFileUrl, livelihoodKeys } from "../api";

export function EvidenceFiles({
  evidenceId,
  files,
  canUpload,
}: {
  evidenceId: string;
  files: readonly EvidenceFile[];
  canUpload: boolean;
}) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  return (
    <Stack gap={2} pl="md">
      {files.map((f) => (
        <Group key={f.id} gap="xs" wrap="nowrap">
          <Anchor
            href={evidenceFileUrl(evidenceId, f.id)}
            target="_blank"
            rel="noopener noreferrer"
            size="sm"
            style={{ overflowWrap: "anywhere" }}
            data-testid="evidence-file"
          >
            {f.fileName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatFileSize(f.sizeBytes)}
          </Text>
        </Group>
      ))}
      {canUpload && (
        <AttachmentUpload
          url={`/api/livelihoods/evidence/${encodeURIComponent(evidenceId)}/files`}
          labels={{
            upload: t("livelihoods.uploadFile"),
            uploading: t("livelihoods.uploading"),
            help: t("livelihoods.uploadHelp"),
          }}
          onUploaded={() => void queryClient.invalidateQueries({ queryKey: livelihoodKeys.all })}
          testId="evidence-upload"
        />
      )}
    </Stack>
  );
}
