// Files of poverty cases: a visit's photos as thumbnails, and a delivery's evidence files with upload and delete (served only through the scoped case routes).
import { Anchor, Button, FileButton, Group, Image, SimpleGrid, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { ErrorAlert } from "../../../components/error-alert";
import { useLanguage } from "../../../lib/i18n";
import { type CaseFile, caseActions, deliveryFileUrl, visitPhotoUrl } from "../api";

export function VisitPhotos({ visitId, photos }: { visitId: string; photos: CaseFile[] }) {
  if (photos.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 3, sm: 5, md: 6 }} spacing={6} mt={4} data-testid="visit-photos">
      {photos.map((p) => (
        <Anchor
          key={p.id}
          href={visitPhotoUrl(visitId, p.id)}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="visit-photo"
        >
          <Image src={visitPhotoUrl(visitId, p.id)} alt={p.fileName} radius="sm" h={72} fit="cover" />
        </Anchor>
      ))}
    </SimpleGrid>
  );
}

export function DeliveryFiles({
  caseId,
  deliveryId,
  files,
  canUpload,
  onChanged,
}: {
  caseId: string;
  deliveryId: string;
  files: CaseFile[];
  canUpload: boolean;
  onChanged: () => void;
}) {
  const { t } = useLanguage();
  const upload = useMutation({
    mutationFn: (file: File) => caseActions.uploadDeliveryFile(caseId, deliveryId, file),
    onSuccess: onChanged,
  });
  const remove = useMutation({
    mutationFn: (fileId: string) => caseActions.deleteDeliveryFile(caseId, deliveryId, fileId),
    onSuccess: onChanged,
  });
  return (
    <Stack gap={2} data-testid="delivery-files">
      {files.map((f) => (
        <Group key={f.id} gap={6} wrap="nowrap">
          <Anchor
            href={deliveryFileUrl(caseId, deliveryId, f.id)}
            target="_blank"
            rel="noopener noreferrer"
            size="sm"
            style={{ overflowWrap: "anywhere" }}
          >
            {f.fileName}
          </Anchor>
          {canUpload && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={t("povertyCases.files.delete", { name: f.fileName })}
              loading={remove.isPending && remove.variables === f.id}
              onClick={() => {
                if (window.confirm(t("povertyCases.files.confirmDelete", { name: f.fileName })))
                  remove.mutate(f.id);
              }}
            >
              ×
            </Button>
          )}
        </Group>
      ))}
      {canUpload && (
        <Group gap="xs">
          <FileButton
            onChange={(file) => file && upload.mutate(file)}
            accept="image/jpeg,image/png,image/webp,application/pdf"
          >
            {(props) => (
              <Button {...props} size="compact-xs" variant="subtle" loading={upload.isPending}>
                {t("povertyCases.files.attach")}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t("povertyCases.files.help")}
          </Text>
        </Group>
      )}
      <ErrorAlert error={upload.error ?? remove.error} />
    </Stack>
  );
}
