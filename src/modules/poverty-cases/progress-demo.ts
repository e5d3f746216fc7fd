// Demo: builds the progress rollups once the demo's cases, deliveries and visits exist, so that the dashboards show figures before the first night.
import type { Deps } from "../../platform/deps";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { type RefreshProgressResult, refreshPovertyProgress } from "./progress-refresh";

export async function seedPovertyProgressDemo(deps: Deps): Promise<RefreshProgressResult> {
  return refreshPovertyProgress({ ...deps, actor: SYSTEM_ACTOR });
}
