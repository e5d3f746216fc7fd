// The village status (brown book part 3): households, where the fund's money is, defaults, the money
// missing from the original capital, and whether each book exists and is correct.
import { Badge, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { BookCheck, VillageStatus } from "../api";
import { Fact, localNote, useBaht } from "./kkj-ui";

const BOOKS = ["purple", "brown", "green", "yellow"] as const;

function BookCheckRow({ book, check }: { book: (typeof BOOKS)[number]; check: BookCheck }) {
  const { t, lang } = useLanguage();
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <span className={`kkj-book-dot kkj-book-dot-${book}`} aria-hidden="true" style={{ marginTop: 6 }} />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Group gap={4}>
          <Text size="sm" fw={600}>
            {t(`books.${book}.colour`)}
          </Text>
          <Badge size="xs" variant="light" color={check.exists ? "teal" : "gray"}>
            {t(check.exists ? "books.status.exists" : "books.status.notRecorded")}
          </Badge>
          <Badge size="xs" variant="light" color={check.correct ? "teal" : "red"}>
            {t(check.correct ? "books.status.correct" : "books.status.incorrect")}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {localNote(check.note, lang)}
        </Text>
      </Stack>
    </Group>
  );
}

export function VillageStatusView({ status, testId }: { status: VillageStatus; testId?: string }) {
  const { t } = useLanguage();
  const format = useFormat();
  const baht = useBaht();
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t("books.status.asOf", { date: format.dateLong(status.asOf), village: status.villageName })}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm">
          <Fact label={t("books.status.targets")}>{format.count(status.targetHouseholds)}</Fact>
          <Fact label={t("books.status.borrowers")}>{format.count(status.borrowerHouseholds)}</Fact>
          <Fact label={t("books.status.repaying")}>{format.count(status.repayingHouseholds)}</Fact>
          <Fact label={t("books.status.originalCapital")}>{baht(status.originalCapitalSatang)}</Fact>
          <Fact label={t("books.status.withHouseholds")}>{baht(status.withHouseholdsSatang)}</Fact>
          <Fact label={t("books.status.bank")} testId="status-bank">
            {baht(status.bankSatang)}
          </Fact>
          <Fact label={t("books.status.elsewhere")}>{baht(status.elsewhereSatang)}</Fact>
          <Fact label={t("books.status.totalFund")}>
            <Text span fw={700}>
              {baht(status.totalFundSatang)}
            </Text>
          </Fact>
          <Fact label={t("books.status.defaulting")}>
            {t("books.status.defaultingValue", {
              households: format.count(status.defaultingHouseholds),
              amount: baht(status.defaultedSatang),
            })}
          </Fact>
          <Fact label={t("books.status.missing")}>
            <Text span fw={700} c={status.missingSatang > 0 ? "red.8" : undefined}>
              {baht(status.missingSatang)}
            </Text>
          </Fact>
          <Fact label={t("books.status.ledger")}>
            {t(status.ledgerBalanced ? "books.status.balanced" : "books.status.unbalanced")}
          </Fact>
        </SimpleGrid>
        {status.bankAccounts.length > 0 && (
          <Stack gap={0}>
            {status.bankAccounts.map((a) => (
              <Text size="xs" c="dimmed" key={a.bankAccountId ?? a.nameTh}>
                {a.nameTh}: {baht(a.balanceSatang)}
              </Text>
            ))}
          </Stack>
        )}
        <Text size="sm" fw={700}>
          {t("books.status.books")}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
          {BOOKS.map((b) => (
            <BookCheckRow key={b} book={b} check={status.books[b]} />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
