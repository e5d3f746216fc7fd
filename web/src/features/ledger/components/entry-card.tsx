// One journal entry: date, kind, description and its lines; a reverse action for the right committee seats.
import { Badge, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { type JournalEntry, ledgerKeys, reverseEntry } from "../api";

/** Entries the ledger itself may reverse (loan entries are reversed from the loan). */
const REVERSIBLE_SOURCES = new Set<string | null>([null, "bank_withdrawal"]);

function ReverseForm({ entry, onDone }: { entry: JournalEntry; onDone: () => void }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: () => reverseEntry(entry.fundId, entry.id, reason.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ledgerKeys.all(entry.fundId) });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === "") {
      setError(t("ledger.entry.reasonRequired"));
      return;
    }
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <TextInput
          label={t("ledger.entry.reason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          required
          maxLength={500}
        />
        <Group>
          <Button type="submit" color="red" size="xs" loading={mutation.isPending}>
            {t("ledger.entry.confirmReverse")}
          </Button>
          <Button variant="subtle" color="gray" size="xs" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EntryCard({ entry, canReverse }: { entry: JournalEntry; canReverse: boolean }) {
  const { t, lang } = useLanguage();
  const format = useFormat();
  const [reversing, setReversing] = useState(false);
  const reversible =
    canReverse &&
    !entry.reversedByEntryId &&
    !entry.reversesEntryId &&
    REVERSIBLE_SOURCES.has(entry.sourceType);
  return (
    <Paper withBorder p="sm" data-testid="ledger-entry">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Text fw={700} size="sm" className="nowrap">
              {format.date(entry.entryDate)}
            </Text>
            <Badge variant="light" color={entry.kind === "reversal" ? "red" : "gray"}>
              {t(`ledger.kind.${entry.kind}`, { defaultValue: entry.kind })}
            </Badge>
            {entry.reversedByEntryId && (
              <Badge variant="outline" color="red">
                {t("ledger.entry.reversed")}
              </Badge>
            )}
          </Group>
          {reversible && !reversing && (
            <Button variant="subtle" color="red" size="compact-xs" onClick={() => setReversing(true)}>
              {t("ledger.entry.reverse")}
            </Button>
          )}
        </Group>
        <Text size="sm">{entry.description}</Text>
        <DataTable minWidth={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("ledger.entry.account")}</Table.Th>
              <Table.Th className="num" w={130}>
                {t("ledger.entry.debit")}
              </Table.Th>
              <Table.Th className="num" w={130}>
                {t("ledger.entry.credit")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entry.lines.map((l) => (
              <Table.Tr key={l.lineNo}>
                <Table.Td>
                  <Text span size="xs" c="dimmed" ff="monospace">
                    {l.accountCode}
                  </Text>{" "}
                  {lang === "en" ? l.accountNameEn : l.accountNameTh}
                  {l.memo && (
                    <Text size="xs" c="dimmed">
                      {l.memo}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="num">{l.debitSatang ? format.money(l.debitSatang) : ""}</Table.Td>
                <Table.Td className="num">{l.creditSatang ? format.money(l.creditSatang) : ""}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
        {reversing && <ReverseForm entry={entry} onDone={() => setReversing(false)} />}
      </Stack>
    </Paper>
  );
}
