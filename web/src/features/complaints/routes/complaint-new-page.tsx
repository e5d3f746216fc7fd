// Files a complaint (by staff or a household), named or anonymous, and shows the reference number to track it with.
import {
  Alert,
  Button,
  Checkbox,
  Code,
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
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { ButtonLink } from "../../../components/router-links";
import { api } from "../../../lib/api";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso, useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { useCan, useMe } from "../../../lib/session";
import { categoriesQuery, complaintKeys, type FiledComplaint, fileComplaint } from "../api";

function FiledReceipt({ filed }: { filed: FiledComplaint }) {
  const { t } = useLanguage();
  const format = useFormat();
  return (
    <Paper withBorder p="lg" data-testid="complaint-receipt">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t("complaints.filedTitle")}
        </Title>
        <Text>{t("complaints.referenceIs")}</Text>
        <Code fz="xl" p="sm" data-testid="complaint-reference">
          {filed.referenceNo}
        </Code>
        <Text size="sm">
          {t("complaints.dueOn")}: {format.date(filed.dueOn)}
        </Text>
        <Alert color="blue" variant="light">
          {filed.trackWith === "reference_only"
            ? t("complaints.trackAnonymousHint")
            : t("complaints.trackNamedHint")}
        </Alert>
        <Group>
          <ButtonLink to="/track">{t("complaints.trackLink")}</ButtonLink>
          <ButtonLink to="/complaints" variant="default">
            {t("complaints.backToList")}
          </ButtonLink>
        </Group>
      </Stack>
    </Paper>
  );
}

export function ComplaintNewPage() {
  const { t, lang } = useLanguage();
  const me = useMe();
  const can = useCan();
  const queryClient = useQueryClient();
  const isHousehold = me.role === "household_member";
  const categories = useQuery(categoriesQuery);
  const funds = useQuery({
    queryKey: ["complaints", "funds", me.scopeCode],
    queryFn: ({ signal }) =>
      api.get<{ items: Array<{ id: string; name: string; areaCode: string }> }>(
        "/api/funds",
        { area: me.scopeCode, limit: 200 },
        signal,
      ),
    enabled: can("funds.read"),
  });
  const [anonymous, setAnonymous] = useState(false);
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [address, setAddress] = useState("");
  const [category, setCategory] = useState("");
  const [subject, setSubject] = useState("");
  const [details, setDetails] = useState("");
  const [fundId, setFundId] = useState("");
  const [concernedName, setConcernedName] = useState("");
  const [receivedOn, setReceivedOn] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});

  const mutation = useMutation({
    mutationFn: fileComplaint,
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: complaintKeys.all }),
  });

  const active = (categories.data?.items ?? []).filter((c) => c.isActive);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!anonymous && name.trim() === "") next.name = t("complaints.form.nameRequired");
    if (!anonymous && phone.replace(/\D/g, "").length < 9) next.phone = t("complaints.form.phoneRequired");
    if (!category) next.category = t("complaints.form.categoryRequired");
    if (subject.trim() === "") next.subject = t("complaints.form.subjectRequired");
    if (details.trim() === "") next.details = t("complaints.form.detailsRequired");
    if (!isHousehold && !fundId && !me.scopeCode) next.fund = t("complaints.form.fundRequired");
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    mutation.mutate({
      anonymous,
      ...(anonymous
        ? {}
        : {
            complainant: {
              name: name.trim(),
              phone: phone.trim(),
              ...(address.trim() ? { address: address.trim() } : {}),
            },
          }),
      category,
      subject: subject.trim(),
      details: details.trim(),
      ...(fundId ? { fundId } : isHousehold ? {} : { areaCode: me.scopeCode }),
      ...(concernedName.trim() ? { concernedName: concernedName.trim() } : {}),
      ...(!isHousehold && receivedOn ? { receivedOn } : {}),
    });
  };

  if (mutation.data) return <FiledReceipt filed={mutation.data} />;

  return (
    <Stack gap="md">
      <PageHeader title={t("complaints.new")} subtitle={t("complaints.newHint")} />
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="complaint-form">
        <Stack gap="sm">
          <ErrorAlert error={mutation.error ?? categories.error} />
          <Checkbox
            label={t("complaints.form.anonymous")}
            description={t("complaints.form.anonymousHint")}
            checked={anonymous}
            onChange={(e) => setAnonymous(e.currentTarget.checked)}
            data-testid="complaint-anonymous"
          />
          {!anonymous && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t("complaints.form.name")}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={errors.name}
                required
                maxLength={200}
                data-testid="complaint-name"
              />
              <TextInput
                label={t("complaints.form.phone")}
                description={t("complaints.form.phoneHint")}
                value={phone}
                onChange={(e) => setPhone(e.currentTarget.value)}
                error={errors.phone}
                required
                inputMode="tel"
                maxLength={32}
                data-testid="complaint-phone"
              />
              <TextInput
                label={t("complaints.form.address")}
                value={address}
                onChange={(e) => setAddress(e.currentTarget.value)}
                maxLength={500}
              />
            </SimpleGrid>
          )}
          <NativeSelect
            label={t("complaints.form.category")}
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value)}
            error={errors.category}
            required
            data={[
              { value: "", label: t("complaints.form.choose") },
              ...active.map((c) => ({
                value: c.code,
                label: `${lang === "en" ? c.nameEn : c.nameTh} (${t("complaints.slaDays", { days: c.slaDays })})`,
              })),
            ]}
            data-testid="complaint-category"
          />
          {can("funds.read") && (
            <NativeSelect
              label={t("complaints.form.fund")}
              value={fundId}
              onChange={(e) => setFundId(e.currentTarget.value)}
              error={errors.fund}
              data={[
                { value: "", label: t("complaints.form.noFund") },
                ...(funds.data?.items ?? []).map((f) => ({
                  value: f.id,
                  label: `${f.name} (${f.areaCode})`,
                })),
              ]}
              data-testid="complaint-fund"
            />
          )}
          <TextInput
            label={t("complaints.form.concerned")}
            value={concernedName}
            onChange={(e) => setConcernedName(e.currentTarget.value)}
            maxLength={200}
          />
          <TextInput
            label={t("complaints.form.subject")}
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            error={errors.subject}
            required
            maxLength={200}
            data-testid="complaint-subject"
          />
          <Textarea
            label={t("complaints.form.details")}
            value={details}
            onChange={(e) => setDetails(e.currentTarget.value)}
            error={errors.details}
            required
            autosize
            minRows={4}
            maxLength={5000}
            data-testid="complaint-details"
          />
          {!isHousehold && (
            <DateField
              label={t("complaints.form.receivedOn")}
              value={receivedOn}
              onChange={setReceivedOn}
              maxDate={todayIso()}
            />
          )}
          <Group>
            <Button type="submit" loading={mutation.isPending} data-testid="complaint-submit">
              {t("complaints.form.submit")}
            </Button>
            <ButtonLink to="/complaints" variant="subtle" color="gray">
              {t("common.cancel")}
            </ButtonLink>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
