// Area queries used by more than one feature: the cache keys and one area with its ancestors.
import { queryOptions } from "@tanstack/react-query";
import type { AreaDetail } from "../../../src/shared/contracts/areas";
import { api } from "./api";

export const areaKeys = {
  all: ["areas"] as const,
  top: () => [...areaKeys.all, "top"] as const,
  detail: (code: string) => [...areaKeys.all, "detail", code] as const,
  children: (code: string) => [...areaKeys.all, "children", code] as const,
  search: (q: string) => [...areaKeys.all, "search", q] as const,
};

export const areaDetailQuery = (code: string) =>
  queryOptions({
    queryKey: areaKeys.detail(code),
    queryFn: ({ signal }) => api.get<AreaDetail>(`/api/areas/${encodeURIComponent(code)}`, undefined, signal),
    staleTime: 5 * 60_000,
  });
