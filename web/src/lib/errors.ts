// Turns any thrown value into the sentence a user reads, in the current language.
import { isApiError } from "./api";
import { useLanguage } from "./i18n";

export function useErrorMessage(): (error: unknown) => string {
  const { t, lang } = useLanguage();
  return (error) => {
    if (isApiError(error)) {
      if (error.clientKey) return t(error.clientKey, { status: error.status });
      const text = lang === "en" ? error.messageEn : error.messageTh;
      // A reference helps support find a server failure in the logs; it is noise on a refused request.
      return error.requestId && error.status >= 500
        ? `${text} (${t("errors.requestId", { id: error.requestId })})`
        : text;
    }
    return t("errors.unexpected");
  };
}
