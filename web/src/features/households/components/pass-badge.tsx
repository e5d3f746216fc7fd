// Whether a household's income per person meets the จปฐ. criterion.
import { Badge } from "@mantine/core";
import { useLanguage } from "../../../lib/i18n";

export function PassBadge({ passes }: { passes: boolean | null }) {
  const { t } = useLanguage();
  if (passes === null) {
    return (
      <Badge color="gray" variant="light">
        {t("household.noBmn")}
      </Badge>
    );
  }
  return passes ? (
    <Badge color="green" variant="light">
      {t("household.passes")}
    </Badge>
  ) : (
    <Badge color="red" variant="light">
      {t("household.fails")}
    </Badge>
  );
}
