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

/** An area offered by the area pickers' search. */
export interface AreaOption {
  code: string;
  level: "province" | "district" | "subdistrict" | "village";
  nameTh: string;
  nameEn: string | null;
  villageNo: number | null;
}

export const areaOptionsQuery = (q: string) =>
  queryOptions({
    queryKey: areaKeys.search(q),
    queryFn: ({ signal }) => api.get<{ items: AreaOption[] }>("/api/areas/search", { q, limit: 20 }, signal),
    enabled: q.trim().length > 0,
    staleTime: 5 * 60_000,
  });
