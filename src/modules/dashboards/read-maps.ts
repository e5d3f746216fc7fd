// Choropleth base maps: province and district boundaries projected on the server into SVG paths, cached in memory with their gzip.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { geoArea, geoMercator, geoPath } from "d3-geo";
import type { Deps } from "../../platform/deps";
import { fromRoot } from "../../platform/project-root";
import { invalidInput, notFound } from "../../shared/errors";
import type { MapPayload } from "./contracts";

export const MAP_ATTRIBUTION = "Boundaries: Royal Thai Survey Department via OCHA HDX";
export const MAP_WIDTH = 1000;

const REFERENCE_DIR = fromRoot("db", "reference");

type Position = number[];
interface Geometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: Position[][] | Position[][][];
}
interface GeoFeature {
  type: "Feature";
  properties: { code: string; name_th: string; name_en: string; province_code?: string };
  geometry: Geometry;
}
interface GeoCollection {
  type: "FeatureCollection";
  features: GeoFeature[];
}

/**
 * d3-geo takes a polygon's exterior ring clockwise (the spherical convention); files written to RFC 7946 wind
 * it the other way, which d3 reads as "the whole globe but this". Such a feature is turned around.
 */
export function rewound(feature: GeoFeature): GeoFeature {
  // biome-ignore lint/suspicious/noExplicitAny: d3-geo's typings want its own GeoJSON types
  if (geoArea(feature as any) <= 2 * Math.PI) return feature;
  const flip = (ring: Position[]) => [...ring].reverse();
  const g = feature.geometry;
  const coordinates =
    g.type === "Polygon"
      ? (g.coordinates as Position[][]).map(flip)
      : (g.coordinates as Position[][][]).map((poly) => poly.map(flip));
  return { ...feature, geometry: { ...g, coordinates } as Geometry };
}

/** Projects features (Mercator, fitted to MAP_WIDTH) into SVG paths rounded to 0.1 unit. */
export function projectFeatures(features: readonly GeoFeature[]): MapPayload {
  const collection = { type: "FeatureCollection", features: features.map(rewound) };
  // biome-ignore lint/suspicious/noExplicitAny: d3-geo's typings want its own GeoJSON types
  const fc = collection as any;
  const projection = geoMercator().fitWidth(MAP_WIDTH, fc);
  const svgPath = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = svgPath.bounds(fc);
  const height = Math.ceil(y1 - Math.min(0, y0));
  return {
    viewBox: `0 0 ${MAP_WIDTH} ${height}`,
    attribution: MAP_ATTRIBUTION,
    features: collection.features.map((f) => ({
      code: f.properties.code,
      nameTh: f.properties.name_th,
      nameEn: f.properties.name_en,
      // biome-ignore lint/suspicious/noExplicitAny: see above
      d: svgPath(f as any) ?? "",
    })),
  };
}

export interface MapBytes {
  payload: MapPayload;
  json: Buffer;
  gzip: Buffer;
}

const cache = new Map<string, MapBytes>();
const files = new Map<string, GeoCollection>();

function readCollection(name: string): GeoCollection {
  let found = files.get(name);
  if (!found) {
    found = JSON.parse(readFileSync(path.join(REFERENCE_DIR, name), "utf8")) as GeoCollection;
    files.set(name, found);
  }
  return found;
}

function cached(key: string, build: () => MapPayload): MapBytes {
  let hit = cache.get(key);
  if (!hit) {
    const payload = build();
    const json = Buffer.from(JSON.stringify(payload));
    hit = { payload, json, gzip: gzipSync(json, { level: 9 }) };
    cache.set(key, hit);
  }
  return hit;
}

/** The 77 provinces. Any signed-in user: boundaries carry no personal data. */
export function getProvinceMap(_deps: Deps): MapBytes {
  return cached("provinces", () =>
    projectFeatures(
      readCollection("th-provinces.geojson").features.sort((a, b) =>
        a.properties.code.localeCompare(b.properties.code),
      ),
    ),
  );
}

/** The districts of one province, fitted to the province. */
export function getDistrictMap(_deps: Deps, province: unknown): MapBytes {
  if (typeof province !== "string" || !/^\d{2}$/.test(province)) {
    throw invalidInput(
      "map.province_invalid",
      {
        th: `รหัสจังหวัดไม่ถูกต้อง: ${String(province)} (ต้องเป็นตัวเลข 2 หลัก)`,
        en: `Invalid province code: ${String(province)} (2 digits)`,
      },
      { province },
    );
  }
  const hit = cache.get(`districts:${province}`);
  if (hit) return hit;
  const features = readCollection("th-districts.geojson")
    .features.filter((f) => f.properties.code.startsWith(province))
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  if (features.length === 0) throw notFound({ th: "แผนที่จังหวัด", en: "Province map" });
  return cached(`districts:${province}`, () => projectFeatures(features));
}
