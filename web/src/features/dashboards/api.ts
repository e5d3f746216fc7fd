// Dashboard and map queries, with the response shapes of /api/dashboards and /api/maps.
import { queryOptions } from "@tanstack/react-query";
import { api } from "../../lib/api";

export interface Measures {
  funds: number;
  fundsAtRisk: number;
  fundsWithMissing: number;
  capitalSatang: number;
  outstandingSatang: number;
  disbursedSatang: number;
  repaidSatang: number;
  atRisk30Satang: number;
  par30Bp: number;
  missingSatang: number;
  defaultedSatang: number;
  bankSatang: number;
  cashSatang: number;
  loansActive: number;
  householdsServed: number;
}

export type DashboardLevel = "nation" | "province" | "district" | "subdistrict" | "village";

export interface AreaRef {
  code: string;
  level: DashboardLevel;
  nameTh: string;
  nameEn: string | null;
  villageNo: number | null;
}

export type ChildFigures = AreaRef & Measures;

export interface Dashboard {
  area: AreaRef;
  ancestors: AreaRef[];
  fiscalYear: number;
  fundType: string;
  asOf: string | null;
  totals: Measures;
  childLevel: Exclude<DashboardLevel, "nation"> | null;
  children: { items: ChildFigures[]; nextCursor: string | null };
  trend: Array<Measures & { fiscalYear: number; asOf: string | null }>;
  fiscalYears: number[];
}

export interface MapPayload {
  viewBox: string;
  attribution: string;
  features: Array<{ code: string; nameTh: string; nameEn: string; d: string }>;
}

/** The dashboard pages' query string (plain strings, as the router keeps them). */
export interface DashboardSearch {
  year?: string | undefined;
  type?: string | undefined;
  measure?: string | undefined;
  classes?: string | undefined;
}

export interface DashboardParams {
  area: string;
  fiscalYear?: number | undefined;
  fundType?: string | undefined;
}

export const dashboardKeys = {
  all: ["dashboards"] as const,
  page: (p: DashboardParams, cursor: string | null) =>
    [...dashboardKeys.all, p.area, p.fiscalYear ?? null, p.fundType ?? "", cursor] as const,
  map: (province: string | null) => [...dashboardKeys.all, "map", province ?? "provinces"] as const,
};

export const dashboardQuery = (p: DashboardParams, cursor: string | null = null) =>
  queryOptions({
    queryKey: dashboardKeys.page(p, cursor),
    queryFn: ({ signal }) =>
      api.get<Dashboard>(
        "/api/dashboards",
        { area: p.area, fiscalYear: p.fiscalYear, fundType: p.fundType, cursor, limit: 100 },
        signal,
      ),
    staleTime: 60_000,
  });

/** Provinces (null) or the districts of a province: boundaries never change while the app runs. */
export const mapQuery = (province: string | null) =>
  queryOptions({
    queryKey: dashboardKeys.map(province),
    queryFn: ({ signal }) =>
      province === null
        ? api.get<MapPayload>("/api/maps/provinces", undefined, signal)
        : api.get<MapPayload>("/api/maps/districts", { province }, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
  });
