// The fund's money from its ledger: cash, each bank account, loans receivable, capital, income and expenses.
import { Card, Divider, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "../../../components/error-alert";
import { useFormat } from "../../../lib/format";
import { fundPositionQuery } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { Fact } from "./fact";

export function FundPositionCard({ fundId }: { fundId: string }) {
  const { t } = useLanguage();
  const format = useFormat();
  const position = useQuery(fundPositionQuery(fundId));
  const baht = (v: number) => `${format.money(v)} ${t("money.baht")}`;
  return (
    <Card withBorder data-testid="fund-position">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("fundAdmin.money.title")}
        </Title>
        <ErrorAlert error={position.error} />
        {position.data && (
          <>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              <Fact label={t("fundAdmin.money.cash")} testId="position-cash">
                {baht(position.data.cashSatang)}
              </Fact>
              <Fact label={t("fundAdmin.money.bank")} testId="position-bank">
                {baht(position.data.bankSatang)}
              </Fact>
              <Fact label={t("fundAdmin.money.loans")} testId="position-loans">
                {baht(position.data.loansReceivableSatang)}
              </Fact>
              <Fact label={t("fundAdmin.money.total")}>
                <Text span fw={700} size="sm">
                  {baht(position.data.totalAssetsSatang)}
                </Text>
              </Fact>
              <Fact label={t("fundAdmin.money.capital")}>{baht(position.data.capitalSatang)}</Fact>
              <Fact label={t("fundAdmin.money.income")}>{baht(position.data.incomeSatang)}</Fact>
              <Fact label={t("fundAdmin.money.expense")}>{baht(position.data.expenseSatang)}</Fact>
              {position.data.otherAssetsSatang !== 0 && (
                <Fact label={t("fundAdmin.money.other")}>{baht(position.data.otherAssetsSatang)}</Fact>
              )}
            </SimpleGrid>
            {position.data.bankAccounts.length > 0 && (
              <>
                <Divider />
                <Stack gap={4}>
                  {position.data.bankAccounts.map((b) => (
                    <Group key={b.ledgerAccountId} justify="space-between" wrap="nowrap" gap="xs">
                      <Text size="sm" style={{ minWidth: 0 }}>
                        {b.nameTh}
                      </Text>
                      <Text size="sm" className="num">
                        {baht(b.balanceSatang)}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
