// The TH/EN switch: one button that changes to the other language and remembers the choice.
import { Button } from "@mantine/core";
import { setLanguage, useLanguage } from "../lib/i18n";

export function LanguageSwitch() {
  const { lang, t } = useLanguage();
  const next = lang === "th" ? "en" : "th";
  return (
    <Button
      variant="default"
      size="xs"
      px="xs"
      onClick={() => void setLanguage(next)}
      aria-label={t("language.switchTo")}
      title={t("language.switchTo")}
      data-testid="lang-switch"
      lang={next}
    >
      {t("language.other")}
    </Button>
  );
}
