// A visit's photos as thumbnails (served only in the visit's area) and the upload of a new one.
import { Anchor, Button, FileButton, Group, Image, SimpleGrid, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ErrorAlert } from "../../../components/error-alert";
import { useLanguage } from "../../../lib/i18n";
import { monitoringKeys, type Photo, photoUrl, uploadPhoto } from "../api";

export function PhotoPanel({
  visitId,
  photos,
  canUpload,
}: {
  visitId: string;
  photos: Photo[];
  canUpload: boolean;
}) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => uploadPhoto(visitId, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: monitoringKeys.visit(visitId) }),
  });
  return (
    <Stack gap="xs">
      <ErrorAlert error={upload.error} />
      {photos.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("monitoring.noPhotos")}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="xs">
          {photos.map((p) => (
            <Anchor
              key={p.id}
              href={photoUrl(visitId, p.id)}
              target="_blank"
              rel="noopener"
              data-testid="visit-photo"
            >
              <Image src={photoUrl(visitId, p.id)} alt={p.fileName} radius="sm" h={120} fit="cover" />
              <Text size="xs" c="dimmed" truncate>
                {p.fileName}
              </Text>
            </Anchor>
          ))}
        </SimpleGrid>
      )}
      {canUpload && (
        <Group>
          <FileButton
            onChange={(file) => file && upload.mutate(file)}
            accept="image/jpeg,image/png,image/webp"
          >
            {(props) => (
              <Button
                {...props}
                size="xs"
                variant="light"
                loading={upload.isPending}
                data-testid="photo-upload"
              >
                {t("monitoring.uploadPhoto")}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
    </Stack>
  );
}
