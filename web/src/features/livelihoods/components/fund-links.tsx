// A household's access to funds: the Kaejon funds it borrowed from and the outside funds recorded by hand, with
// the form that records another outside fund.
import { Button, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { bangkokDate } from "../../../../../src/shared/thai-date";
import { ErrorAlert } from "../../../components/error-alert";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { ACCESS_KINDS, addFundLink, fieldErrors, fundAccessQuery } from "../api";

function AddFundLinkForm({ householdId }: { householdId: string }) {
  const { t, lang } = useLanguage();
  const queryClient = useQueryClient();
  const [fundName, setFundName] = useState("");
  const [accessKind, setAccessKind] = useState<string>("member");
  const [since, setSince] = useState<string | null>(bangkokDate(new Date()));
  const [note, setNote] = useState("");
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () =>
      addFundLink(householdId, {
        fundName: fundName.trim(),
        accessKind,
        since: since ?? "",
        note: note.trim(),
      }),
    onSuccess: (access) => {
      setFundName("");
      setNote("");
      queryClient.setQueryData(fundAccessQuery(householdId).queryKey, access);
    },
  });
  const errors = { ...fieldErrors(mutation.error, lang), ...local };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (fundName.trim() === "") next.fundName = t("livelihoods.required");
    if (!since) next.since = t("livelihoods.required");
    setLocal(next);
    if (Object.keys(next).length === 0) mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="fund-link-form">
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label={t("livelihoods.outsideFund")}
            value={fundName}
            onChange={(e) => setFundName(e.currentTarget.value)}
            error={errors.fundName}
            maxLength={300}
            data-testid="fund-link-name"
          />
          <NativeSelect
            label={t("livelihoods.accessKind")}
            value={accessKind}
            onChange={(e) => setAccessKind(e.currentTarget.value)}
            error={errors.accessKind}
            data={ACCESS_KINDS.map((k) => ({ value: k, label: t(`livelihoods.access.${k}`) }))}
            data-testid="fund-link-kind"
          />
          <Stack gap={2}>
            <DateField
              label={t("livelihoods.since")}
              value={since}
              onChange={setSince}
              testId="fund-link-since"
            />
            {errors.since && (
              <Text size="xs" c="red">
                {errors.since}
              </Text>
            )}
          </Stack>
          <TextInput
            label={t("livelihoods.note")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
            maxLength={1000}
          />
        </SimpleGrid>
        <Button
          type="submit"
          size="xs"
          variant="light"
          w="fit-content"
          loading={mutation.isPending}
          data-testid="fund-link-save"
        >
          {t("livelihoods.addFundLink")}
        </Button>
      </Stack>
    </form>
  );
}

export function FundLinks({ householdId, mayWrite }: { householdId: string; mayWrite: boolean }) {
  const { t } = useLanguage();
  const format = useFormat();
  const access = useQuery(fundAccessQuery(householdId));
  if (access.isError) return <ErrorAlert error={access.error} />;
  const a = access.data;
  return (
    <Paper withBorder p="xs" data-testid="fund-access">
      <Stack gap={4}>
        {a && a.kaejon.length === 0 && a.outside.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("livelihoods.noFunds")}
          </Text>
        )}
        {a?.kaejon.map((k) => (
          <Text key={k.fundId} size="sm">
            {k.fundName} · {t("livelihoods.kaejonLoans", { count: k.loans })} · {t("livelihoods.outstanding")}{" "}
            {format.money(k.outstandingSatang)} · {t("livelihoods.since")} {format.date(k.firstContractedOn)}
          </Text>
        ))}
        {a?.outside.map((o) => (
          <Text key={o.id} size="sm" data-testid="fund-link">
            {o.fundName} · {t(`livelihoods.access.${o.accessKind}`)} · {t("livelihoods.since")}{" "}
            {format.date(o.since)}
            {o.note ? ` · ${o.note}` : ""}
          </Text>
        ))}
        {mayWrite && <AddFundLinkForm householdId={householdId} />}
      </Stack>
    </Paper>
  );
}
