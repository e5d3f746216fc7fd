// Adds a village (หมู่บ้าน) under a sub-district: หมู่ที่, names and optional coordinates.
import { Alert, Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { Area, CreateVillageBody } from "../../../../../src/shared/contracts/areas";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink } from "../../../components/router-links";
import { focusFirstInvalid } from "../../../lib/focus";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { areaKeys, createVillage } from "../api";

interface Fields {
  villageNo: string;
  nameTh: string;
  nameEn: string;
  latitude: string;
  longitude: string;
}

type FieldErrors = Partial<Record<keyof Fields, string>>;

const EMPTY: Fields = { villageNo: "", nameTh: "", nameEn: "", latitude: "", longitude: "" };

/** undefined when empty, null when not a plain decimal number. */
function optionalNumber(value: string): number | undefined | null {
  const text = value.trim();
  if (text === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

export function CreateVillageForm({ subdistrictCode }: { subdistrictCode: string }) {
  const { t } = useLanguage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<Area | null>(null);

  const mutation = useMutation({
    mutationFn: (body: CreateVillageBody) => createVillage(subdistrictCode, body),
    onSuccess: async (area) => {
      setCreated(area);
      setFields(EMPTY);
      await queryClient.invalidateQueries({ queryKey: areaKeys.all });
    },
  });

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const next: FieldErrors = {};
    const villageNo = optionalNumber(fields.villageNo);
    if (
      villageNo === undefined ||
      villageNo === null ||
      !Number.isInteger(villageNo) ||
      villageNo < 1 ||
      villageNo > 99
    ) {
      next.villageNo = t("village.villageNoInvalid");
    }
    const nameTh = fields.nameTh.trim();
    if (!nameTh) next.nameTh = t("village.nameThRequired");
    else if (nameTh.length > 120) next.nameTh = t("validation.maxLength", { max: 120 });
    const nameEn = fields.nameEn.trim();
    if (nameEn.length > 120) next.nameEn = t("validation.maxLength", { max: 120 });
    const latitude = optionalNumber(fields.latitude);
    const longitude = optionalNumber(fields.longitude);
    if (latitude === null || (latitude !== undefined && (latitude < 5 || latitude > 21))) {
      next.latitude = t("village.latitudeInvalid");
    }
    if (longitude === null || (longitude !== undefined && (longitude < 97 || longitude > 106))) {
      next.longitude = t("village.longitudeInvalid");
    }
    setErrors(next);
    if (Object.keys(next).length > 0 || villageNo === undefined || villageNo === null) {
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    const body: CreateVillageBody = { villageNo, nameTh };
    if (nameEn) body.nameEn = nameEn;
    if (latitude !== undefined && latitude !== null) body.latitude = latitude;
    if (longitude !== undefined && longitude !== null) body.longitude = longitude;
    mutation.mutate(body);
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="create-village-form">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("village.createTitle")}
        </Title>
        {created && (
          <Alert color="green" variant="light" role="status">
            {t("village.created")}{" "}
            <AnchorLink to="/areas/$code" params={{ code: created.code }}>
              {format.villageName(created)}
            </AnchorLink>
          </Alert>
        )}
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("village.villageNo")}
            value={fields.villageNo}
            onChange={(e) => set("villageNo", e.currentTarget.value)}
            inputMode="numeric"
            maxLength={2}
            error={errors.villageNo}
            required
            data-testid="village-no"
          />
          <TextInput
            label={t("village.nameTh")}
            value={fields.nameTh}
            onChange={(e) => set("nameTh", e.currentTarget.value)}
            error={errors.nameTh}
            required
            data-testid="village-name-th"
          />
          <TextInput
            label={t("village.nameEn")}
            value={fields.nameEn}
            onChange={(e) => set("nameEn", e.currentTarget.value)}
            error={errors.nameEn}
          />
          <TextInput
            label={t("village.latitude")}
            description={t("village.latitudeHint")}
            value={fields.latitude}
            onChange={(e) => set("latitude", e.currentTarget.value)}
            inputMode="decimal"
            error={errors.latitude}
          />
          <TextInput
            label={t("village.longitude")}
            description={t("village.longitudeHint")}
            value={fields.longitude}
            onChange={(e) => set("longitude", e.currentTarget.value)}
            inputMode="decimal"
            error={errors.longitude}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="village-submit">
            {t("village.submit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
