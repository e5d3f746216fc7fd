// A household's loans (read-only): for a household member their own, for officers any household in their area.
import { Group, Loader, Stack, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { ExportLinks } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { NotFoundPage } from "../../../components/status-page";
import { isApiError } from "../../../lib/api";
import { useLanguage } from "../../../lib/i18n";
import { useMe } from "../../../lib/session";
import { householdLoansQuery } from "../api";
import { LoanRow } from "../components/loan-row";

const route = getRouteApi("/signed-in/household-loans/$householdId");

export function HouseholdLoansPage() {
  const { householdId } = route.useParams();
  const { t, lang } = useLanguage();
  const me = useMe();
  const navigate = useNavigate();
  const list = useInfiniteQuery(householdLoansQuery(householdId));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const mine = me.householdId === householdId;
  if (isApiError(list.error) && (list.error.status === 404 || list.error.status === 400))
    return <NotFoundPage />;
  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title={mine ? t("nav.myLoans") : t("loans.householdLoans")}
        subtitle={mine ? t("loans.myLoansHint") : undefined}
        titleTestId="household-loans-title"
        actions={
          <ExportLinks
            href={`/api/households/${householdId}/loans/export`}
            query={{ lang }}
            testId="household-loans-export"
          />
        }
      />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed" data-testid="loan-empty">
          {t("loans.householdNone")}
        </Text>
      ) : (
        items.length > 0 && (
          <>
            <Stack gap="xs">
              {items.map((loan) => (
                <LoanRow
                  key={loan.id}
                  loan={loan}
                  actionLabel={t("loans.openLoan")}
                  onOpen={() => void navigate({ to: "/loans/$loanId", params: { loanId: loan.id } })}
                />
              ))}
            </Stack>
            <LoadMore
              shown={items.length}
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
            />
          </>
        )
      )}
    </Stack>
  );
}
