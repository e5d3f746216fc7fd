// Deprivation profiles from the database: one household's (its latest จปฐ. record or the latest list row that carries failing indicators, the newer of the two) and an area's, counted per dimension and indicator or listed a page at a time.
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { AppError } from "../../shared/errors";
import {
  areaProfileCounts,
  latestProfileYear,
  selectAreaProfilePage,
  selectImportedProfileRows,
} from "./deprivation.repository";
import { configForYear, type DeprivationConfig, DIMENSIONS } from "./deprivation-config";
import {
  allFailingIndicators,
  type DeprivationProfile,
  newestProfile,
  profileFromBmn,
  profileFromListRow,
} from "./deprivation-profile";
import { loadDeprivationConfigs } from "./deprivation-table";
import {
  areaOf,
  decodeCursor,
  encodeCursor,
  HOUSEHOLD,
  isHouseholdAccount,
  requireListReader,
} from "./target-access";
import type {
  AreaProfileListQuery,
  AreaProfileQuery,
  AreaProfileRow,
  AreaProfileSummary,
  HouseholdProfileView,
} from "./targets.contracts";
import { findHouseholdForProfile, latestBmnRecord } from "./targets.repository";

/** A profile, or null when no table version covers its data year (the reason is in the server log). */
function orNull(deps: Deps, build: () => DeprivationProfile): DeprivationProfile | null {
  try {
    return build();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    deps.logger.warn({ code: e.code }, "no deprivation profile");
    return null;
  }
}

export async function getHouseholdProfile(deps: Deps, householdId: string): Promise<HouseholdProfileView> {
  requirePermission(deps.actor, "households.read");
  const h = await findHouseholdForProfile(deps.db, householdId);
  if (!h) throw outOfScope(HOUSEHOLD);
  assertInScope(deps.actor, h.villageCode, HOUSEHOLD);
  if (isHouseholdAccount(deps.actor) && deps.actor.householdId !== h.id) throw outOfScope(HOUSEHOLD);
  const { configs } = await loadDeprivationConfigs(deps.db);
  const record = await latestBmnRecord(deps.db, h.id);
  const fromBmn = record ? orNull(deps, () => profileFromBmn(record, configs)) : null;
  const [row] = await selectImportedProfileRows(deps.db, h.id);
  const imported = row ? orNull(deps, () => profileFromListRow(row, configs)) : null;
  const profile = newestProfile(fromBmn, imported);
  const config =
    configs.find((c) => c.version === profile?.configVersion) ?? configs[configs.length - 1] ?? null;
  return {
    householdId: h.id,
    villageCode: h.villageCode,
    houseNo: h.houseNo,
    headName: h.headName,
    status: h.status,
    profile,
    fromBmn,
    fromImport:
      imported && row ? { ...imported, listId: row.listId, listName: row.listName, line: row.line } : null,
    indicators: config ? [...config.indicators] : [],
  };
}

async function areaConfig(
  deps: Deps,
  area: string,
  dataYear: number | undefined,
): Promise<{ year: number; config: DeprivationConfig } | null> {
  const year = dataYear ?? (await latestProfileYear(deps.db, area));
  if (year === null) return null;
  const { configs } = await loadDeprivationConfigs(deps.db);
  return { year, config: configForYear(configs, year) };
}

export async function areaProfileSummary(deps: Deps, query: AreaProfileQuery): Promise<AreaProfileSummary> {
  requireListReader(deps.actor);
  const area = areaOf(deps, query.area);
  const found = await areaConfig(deps, area, query.dataYear);
  if (!found) {
    return {
      areaCode: area,
      dataYear: null,
      configVersion: null,
      households: 0,
      deprived: 0,
      dimensions: DIMENSIONS.map((dimension) => ({ dimension, failing: 0 })),
      indicators: [],
    };
  }
  const { year, config } = found;
  const counts = await areaProfileCounts(deps.db, { areaPrefix: area, dataYear: year, config });
  return {
    areaCode: area,
    dataYear: year,
    configVersion: config.version,
    households: counts.households,
    deprived: counts.deprived,
    dimensions: DIMENSIONS.map((dimension, k) => ({ dimension, failing: counts.dimensions[k] ?? 0 })),
    indicators: config.indicators.map((i, k) => ({
      bmn: i.bmn,
      dimension: i.dimension,
      nameTh: i.name.th,
      nameEn: i.name.en,
      failing: counts.indicators[k] ?? 0,
    })),
  };
}

export async function listAreaProfiles(
  deps: Deps,
  query: AreaProfileListQuery,
): Promise<Page<AreaProfileRow>> {
  requireListReader(deps.actor);
  const area = areaOf(deps, query.area);
  const found = await areaConfig(deps, area, query.dataYear);
  if (!found) return { items: [], nextCursor: null };
  const after = query.cursor ? decodeCursor(query.cursor, ["string", "string"]) : undefined;
  const records = await selectAreaProfilePage(deps.db, {
    areaPrefix: area,
    dataYear: found.year,
    config: found.config,
    dimension: query.dimension,
    deprivedOnly: query.deprivedOnly,
    after: after ? { villageCode: after[0] as string, id: after[1] as string } : undefined,
    limit: query.limit + 1,
  });
  const page = records.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => {
      const p =
        r.source === "bmn"
          ? profileFromBmn(
              {
                surveyYear: found.year,
                indicators: r.indicators ?? {},
                incomePerPersonSatang: r.income_per_person_satang ?? 0,
                passesIncomeCriterion: r.passes_income_criterion ?? false,
              },
              [found.config],
            )
          : profileFromListRow(
              {
                dataYear: found.year,
                failingIndicators: r.failing_indicators,
                failingDimensions: r.failing_dimensions,
              },
              [found.config],
            );
      return {
        householdId: r.household_id,
        villageCode: r.village_code,
        houseNo: r.house_no,
        headName: r.head_name,
        dataYear: found.year,
        failingDimensions: p.failingDimensions,
        failingIndicators: allFailingIndicators(p),
      };
    }),
    nextCursor:
      records.length > query.limit && last ? encodeCursor([last.village_code, last.household_id]) : null,
  };
}
