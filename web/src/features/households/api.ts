// Household queries and the จปฐ. record call.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import type {
  BmnInput,
  BmnRecord,
  HouseholdDetail,
  HouseholdSummary,
} from "../../../../src/shared/contracts/households";
import { api } from "../../lib/api";

const PAGE_SIZE = 50;

export const householdKeys = {
  all: ["households"] as const,
  list: (area: string | undefined, q: string) => [...householdKeys.all, "list", area ?? "", q] as const,
  detail: (id: string) => [...householdKeys.all, "detail", id] as const,
};

/** A citizen ID typed with dashes or spaces is sent as its 13 digits; anything else as typed. */
export function normalizeHouseholdQuery(text: string): string {
  const trimmed = text.trim();
  const digits = trimmed.replace(/[\s-]/g, "");
  return /^\d{13}$/.test(digits) ? digits : trimmed;
}

export const householdListQuery = (area: string | undefined, q: string) =>
  infiniteQueryOptions({
    queryKey: householdKeys.list(area, q),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<HouseholdSummary>>(
        "/api/households",
        { area, q, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const householdDetailQuery = (id: string) =>
  queryOptions({
    queryKey: householdKeys.detail(id),
    queryFn: ({ signal }) =>
      api.get<HouseholdDetail>(`/api/households/${encodeURIComponent(id)}`, undefined, signal),
  });

export function recordBmn(householdId: string, body: BmnInput): Promise<BmnRecord> {
  return api.post<BmnRecord>(`/api/households/${encodeURIComponent(householdId)}/bmn`, body);
}
