// Breadcrumb links from the country down to an area; ancestors outside the user's scope are plain text.
import { Text } from "@mantine/core";
import { isInUserScope, type PathArea } from "../lib/areas";
import { useFormat } from "../lib/format";
import { useLanguage } from "../lib/i18n";
import { useMe } from "../lib/session";
import { AnchorLink } from "./router-links";

/** Breadcrumbs for `path` (province first); `current`, when given, is the last, unlinked crumb. */
export function useAreaBreadcrumbs(ancestors: PathArea[], current?: PathArea) {
  const { t } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const name = (a: PathArea) => (a.level === "village" ? format.villageName(a) : format.areaName(a));
  const root =
    me.scopeCode === "" ? (
      <AnchorLink key="home" to="/">
        {t("area.country")}
      </AnchorLink>
    ) : (
      <Text key="home" size="sm" c="dimmed">
        {t("area.country")}
      </Text>
    );
  return [
    root,
    ...ancestors.map((a) =>
      isInUserScope(a.code, me.scopeCode) ? (
        <AnchorLink key={a.code} to="/areas/$code" params={{ code: a.code }}>
          {name(a)}
        </AnchorLink>
      ) : (
        <Text key={a.code} size="sm" c="dimmed">
          {name(a)}
        </Text>
      ),
    ),
    ...(current
      ? [
          <Text key={current.code} size="sm" fw={500}>
            {name(current)}
          </Text>,
        ]
      : []),
  ];
}
