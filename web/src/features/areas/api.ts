// Area queries and the create-village call.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Area, AreaWithCounts, CreateVillageBody } from "../../../../src/shared/contracts/areas";
import type { Page } from "../../../../src/shared/contracts/common";
import { api } from "../../lib/api";
import { areaKeys } from "../../lib/area-queries";

export { areaDetailQuery, areaKeys } from "../../lib/area-queries";

const PAGE_SIZE = 100;

export const topAreasQuery = () =>
  infiniteQueryOptions({
    queryKey: areaKeys.top(),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<AreaWithCounts>>("/api/areas", { limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const areaChildrenQuery = (code: string) =>
  infiniteQueryOptions({
    queryKey: areaKeys.children(code),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<AreaWithCounts>>(
        `/api/areas/${encodeURIComponent(code)}/children`,
        { limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const areaSearchQuery = (q: string) =>
  queryOptions({
    queryKey: areaKeys.search(q),
    queryFn: ({ signal }) => api.get<{ items: Area[] }>("/api/areas/search", { q, limit: 20 }, signal),
    enabled: q.trim().length > 0,
    staleTime: 5 * 60_000,
  });

export function createVillage(subdistrictCode: string, body: CreateVillageBody): Promise<Area> {
  return api.post<Area>(`/api/areas/${encodeURIComponent(subdistrictCode)}/villages`, body);
}
