// Thai-first translations: Thai ships in the main bundle, English loads on demand.
import i18n from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import fundsTh from "../locales/funds.th.json";
import kkjTh from "../locales/kkj.th.json";
import coreTh from "../locales/th.json";

// Each feature area keeps its own pair of files (distinct top-level keys), merged into one namespace.
const th = { ...coreTh, ...fundsTh, ...kkjTh };

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

async function ensureLoaded(language: Language): Promise<void> {
  if (language === "th" || i18n.hasResourceBundle(language, "translation")) return;
  const [core, funds, kkj] = await Promise.all([
    import("../locales/en.json"),
    import("../locales/funds.en.json"),
    import("../locales/kkj.en.json"),
  ]);
  // Typed against the Thai files so a key missing in English fails the type check.
  const en: typeof th = { ...core.default, ...funds.default, ...kkj.default };
  i18n.addResourceBundle("en", "translation", en, true, true);
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
