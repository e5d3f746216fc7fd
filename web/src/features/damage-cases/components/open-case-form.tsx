// Opens a damage case against a fund of the officer's area: type, amount, discovery date, person responsible.
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { api } from "../../../lib/api";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput } from "../../../lib/money-input";
import { useMe } from "../../../lib/session";
import { CASE_TYPES, damageCalls, damageKeys } from "../api";

export function OpenCaseForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useLanguage();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const funds = useQuery({
    queryKey: ["damage-cases", "funds", me.scopeCode],
    queryFn: ({ signal }) =>
      api.get<{ items: Array<{ id: string; name: string; areaCode: string }> }>(
        "/api/funds",
        { area: me.scopeCode, limit: 200 },
        signal,
      ),
  });
  const [fundId, setFundId] = useState("");
  const [caseType, setCaseType] = useState<string>(CASE_TYPES[0]);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [amount, setAmount] = useState("");
  const [discoveredOn, setDiscoveredOn] = useState<string | null>(todayIso());
  const [person, setPerson] = useState("");
  const [relation, setRelation] = useState("committee_member");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: damageCalls.open,
    onSuccess: async (detail) => {
      await queryClient.invalidateQueries({ queryKey: damageKeys.all });
      await navigate({ to: "/damage-cases/$id", params: { id: detail.case.id } });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const parsed = amount.trim() === "0" ? { ok: true as const, value: 0 } : parseBahtInput(amount);
    if (!parsed.ok)
      next.amount =
        parsed.error === "empty" ? t("damage.form.amountRequired") : t("damage.form.amountInvalid");
    if (!fundId) next.fund = t("damage.form.fundRequired");
    if (title.trim() === "") next.title = t("damage.form.titleRequired");
    if (description.trim() === "") next.description = t("damage.form.descriptionRequired");
    if (!discoveredOn) next.discoveredOn = t("damage.form.dateRequired");
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.ok || !discoveredOn) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    mutation.mutate({
      fundId,
      caseType,
      title: title.trim(),
      description: description.trim(),
      amountSatang: parsed.value,
      discoveredOn,
      ...(person.trim() ? { persons: [{ name: person.trim(), relation }] } : {}),
    });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="damage-open-form">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t("damage.open")}
        </Title>
        <ErrorAlert error={mutation.error ?? funds.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t("damage.fund")}
            value={fundId}
            onChange={(e) => setFundId(e.currentTarget.value)}
            error={errors.fund}
            required
            data={[
              { value: "", label: t("damage.form.choose") },
              ...(funds.data?.items ?? []).map((f) => ({ value: f.id, label: `${f.name} (${f.areaCode})` })),
            ]}
            data-testid="damage-fund"
          />
          <NativeSelect
            label={t("damage.caseType")}
            value={caseType}
            onChange={(e) => setCaseType(e.currentTarget.value)}
            data={CASE_TYPES.map((c) => ({ value: c, label: t(`damage.type.${c}`) }))}
          />
          <TextInput
            label={t("damage.amount")}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            inputMode="decimal"
            placeholder="0.00"
            rightSection={<Text size="xs">{t("money.baht")}</Text>}
            rightSectionWidth={48}
            error={errors.amount}
            required
            data-testid="damage-amount"
          />
          <DateField
            label={t("damage.discoveredOn")}
            value={discoveredOn}
            onChange={setDiscoveredOn}
            maxDate={todayIso()}
          />
        </SimpleGrid>
        <TextInput
          label={t("damage.titleLabel")}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          required
          maxLength={200}
          data-testid="damage-title"
        />
        <Textarea
          label={t("damage.description")}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.description}
          required
          autosize
          minRows={3}
          maxLength={5000}
          data-testid="damage-description"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("damage.person")}
            value={person}
            onChange={(e) => setPerson(e.currentTarget.value)}
            maxLength={200}
          />
          <NativeSelect
            label={t("damage.relationLabel")}
            value={relation}
            onChange={(e) => setRelation(e.currentTarget.value)}
            data={["committee_member", "borrower", "other"].map((r) => ({
              value: r,
              label: t(`damage.relation.${r}`),
            }))}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="damage-open-submit">
            {t("damage.open")}
          </Button>
          <Button variant="subtle" color="gray" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
