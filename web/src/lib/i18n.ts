// Thai-first translations: the core Thai strings ship in the main bundle; each feature area's strings load
// with its pages (ensureFeatureStrings), and English loads on demand.
import i18n from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import th from "../locales/th.json";

/** Feature areas whose strings live in their own pair of files (distinct top-level keys) and load lazily. */
export type FeatureStrings =
  | "funds"
  | "fundAdmin"
  | "ledger"
  | "loans"
  | "kkj"
  | "kkjContract"
  | "books"
  | "confirmations"
  | "dashboards"
  | "reports"
  | "governance"
  | "admin"
  | "import"
  | "bmn"
  | "monitoring"
  | "livelihoods"
  | "povertyTargets"
  | "povertyCases"
  | "povertyProgress"
  | "complaints"
  | "damageCases"
  | "debtCentre"
  | "savingsGroups"
  | "knowledge";

type Strings = Record<string, unknown>;
const FEATURE_LOADERS: Record<FeatureStrings, Record<"th" | "en", () => Promise<{ default: Strings }>>> = {
  funds: { th: () => import("../locales/funds.th.json"), en: () => import("../locales/funds.en.json") },
  fundAdmin: {
    th: () => import("../locales/fund-admin.th.json"),
    en: () => import("../locales/fund-admin.en.json"),
  },
  ledger: { th: () => import("../locales/ledger.th.json"), en: () => import("../locales/ledger.en.json") },
  loans: { th: () => import("../locales/loans.th.json"), en: () => import("../locales/loans.en.json") },
  kkj: { th: () => import("../locales/kkj.th.json"), en: () => import("../locales/kkj.en.json") },
  kkjContract: {
    th: () => import("../locales/kkj-contract.th.json"),
    en: () => import("../locales/kkj-contract.en.json"),
  },
  books: { th: () => import("../locales/books.th.json"), en: () => import("../locales/books.en.json") },
  confirmations: {
    th: () => import("../locales/confirmations.th.json"),
    en: () => import("../locales/confirmations.en.json"),
  },
  dashboards: {
    th: () => import("../locales/dashboards.th.json"),
    en: () => import("../locales/dashboards.en.json"),
  },
  reports: { th: () => import("../locales/reports.th.json"), en: () => import("../locales/reports.en.json") },
  governance: {
    th: () => import("../locales/governance.th.json"),
    en: () => import("../locales/governance.en.json"),
  },
  admin: { th: () => import("../locales/admin.th.json"), en: () => import("../locales/admin.en.json") },
  import: { th: () => import("../locales/import.th.json"), en: () => import("../locales/import.en.json") },
  bmn: { th: () => import("../locales/bmn.th.json"), en: () => import("../locales/bmn.en.json") },
  monitoring: {
    th: () => import("../locales/monitoring.th.json"),
    en: () => import("../locales/monitoring.en.json"),
  },
  livelihoods: {
    th: () => import("../locales/livelihoods.th.json"),
    en: () => import("../locales/livelihoods.en.json"),
  },
  povertyTargets: {
    th: () => import("../locales/poverty-targets.th.json"),
    en: () => import("../locales/poverty-targets.en.json"),
  },
  povertyCases: {
    th: () => import("../locales/poverty-cases.th.json"),
    en: () => import("../locales/poverty-cases.en.json"),
  },
  povertyProgress: {
    th: () => import("../locales/poverty-progress.th.json"),
    en: () => import("../locales/poverty-progress.en.json"),
  },
  complaints: {
    th: () => import("../locales/complaints.th.json"),
    en: () => import("../locales/complaints.en.json"),
  },
  damageCases: {
    th: () => import("../locales/damage-cases.th.json"),
    en: () => import("../locales/damage-cases.en.json"),
  },
  debtCentre: {
    th: () => import("../locales/debt-centre.th.json"),
    en: () => import("../locales/debt-centre.en.json"),
  },
  savingsGroups: {
    th: () => import("../locales/savings-groups.th.json"),
    en: () => import("../locales/savings-groups.en.json"),
  },
  knowledge: {
    th: () => import("../locales/knowledge.th.json"),
    en: () => import("../locales/knowledge.en.json"),
  },
};
const loadedFeatures = new Set<FeatureStrings>();

export const LANGUAGES = ["th", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "kaejon.lang";

// Keys are not typed through i18next's resource types: with a few hundred keys they multiplied type-check
// time by four. web/src/lib/i18n-keys.test.ts checks instead that every literal key used exists in Thai and
// English, and the English files are typed against the Thai ones below.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
  }
}

function isLanguage(value: unknown): value is Language {
  return value === "th" || value === "en";
}

export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : "th";
  } catch {
    return "th";
  }
}

async function addFeature(feature: FeatureStrings, language: Language): Promise<void> {
  const strings = await FEATURE_LOADERS[feature][language]();
  i18n.addResourceBundle(language, "translation", strings.default, true, true);
}

async function ensureLoaded(language: Language): Promise<void> {
  if (language === "th" || i18n.hasResourceBundle(language, "translation")) return;
  const core = await import("../locales/en.json");
  // Typed against the Thai file so a key missing in English fails the type check (i18n-keys.test.ts
  // checks the feature files).
  const en: typeof th = core.default;
  i18n.addResourceBundle("en", "translation", en, true, true);
  await Promise.all([...loadedFeatures].map((f) => addFeature(f, "en")));
}

/**
 * Loads a feature area's strings in Thai (and in English when that is the language), once. The routes of the
 * feature await it before they render, so its pages never show raw keys.
 */
export async function ensureFeatureStrings(...features: FeatureStrings[]): Promise<void> {
  const missing = features.filter((f) => !loadedFeatures.has(f));
  if (missing.length === 0) return;
  const languages: Language[] = i18n.hasResourceBundle("en", "translation") ? ["th", "en"] : ["th"];
  await Promise.all(missing.flatMap((f) => languages.map((l) => addFeature(f, l))));
  for (const f of missing) loadedFeatures.add(f);
}

export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  await i18n.use(initReactI18next).init({
    resources: { th: { translation: th } },
    lng: "th",
    fallbackLng: "th",
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language !== "th") await setLanguage(language);
  document.documentElement.lang = i18n.language;
}

export async function setLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}

/** The current UI language and the translate function. */
export function useLanguage(): { lang: Language; t: ReturnType<typeof useTranslation>["t"] } {
  const { t, i18n: instance } = useTranslation();
  return { lang: isLanguage(instance.language) ? instance.language : "th", t };
}

export { i18n };
