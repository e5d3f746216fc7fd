// A searchable, paginated list of a fund's loans (borrower name prefix, status) that reports the loan tapped.
import { Group, Loader, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useInfiniteQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { useLanguage } from "../../../lib/i18n";
import { fundLoansQuery, type Loan } from "../api";
import { LoanRow } from "./loan-row";

interface LoanListProps {
  fundId: string;
  onOpen: (loan: Loan) => void;
  actionLabel: string;
  /** Loan status to list ("" = every status). */
  status: string;
  /** Extra filter fields shown beside the search (e.g. a status picker). */
  filters?: ReactNode;
  autoFocus?: boolean;
  searchTestId?: string;
}

export function LoanList({
  fundId,
  onOpen,
  actionLabel,
  status,
  filters,
  autoFocus,
  searchTestId,
}: LoanListProps) {
  const { t } = useLanguage();
  const [text, setText] = useState("");
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const list = useInfiniteQuery(fundLoansQuery(fundId, debounced, status));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const search = (
    <TextInput
      type="search"
      size="md"
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      label={t("loans.searchLabel")}
      placeholder={t("loans.searchPlaceholder")}
      rightSection={list.isFetching && !list.isFetchingNextPage ? <Loader size={16} /> : null}
      autoComplete="off"
      autoFocus={autoFocus}
      data-testid={searchTestId ?? "loan-search"}
    />
  );
  return (
    <Stack gap="sm">
      {filters ? (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <div style={{ flex: "2 1 220px" }}>{search}</div>
          <div style={{ flex: "1 1 160px" }}>{filters}</div>
        </Group>
      ) : (
        search
      )}
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : items.length === 0 && !list.isError ? (
        <Text c="dimmed" py="md" data-testid="loan-empty">
          {debounced ? t("loans.noMatch") : t("loans.none")}
        </Text>
      ) : (
        items.length > 0 && (
          <>
            <Stack gap="xs">
              {items.map((loan) => (
                <LoanRow key={loan.id} loan={loan} onOpen={() => onOpen(loan)} actionLabel={actionLabel} />
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
