// Dashboards: fiscal-year rollups per fund and per area (refreshed by the daily job), area dashboards from nation to village, and the base maps.
export type { Dashboard, DashboardQuery, MapPayload, RefreshResult } from "./contracts";
export { DASHBOARD_DEFAULTS, DASHBOARD_FUND_TYPES } from "./dashboard-rules";
export { getDashboard } from "./read-dashboard";
export { getDistrictMap, getProvinceMap, MAP_ATTRIBUTION } from "./read-maps";
export { type RefreshRollupsInput, refreshRollups } from "./refresh-rollups";
