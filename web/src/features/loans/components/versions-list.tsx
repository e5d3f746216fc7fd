// The schedule versions of a loan: the contract's, then each ผ่อนผัน with its reason and committee resolution.
import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { LoanVersion } from "../api";
import { ScheduleTable } from "./schedule-table";

export function VersionsList({
  versions,
  currentVersionNo,
}: {
  versions: LoanVersion[];
  currentVersionNo: number;
}) {
  const { t } = useLanguage();
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="loan-versions">
      {[...versions]
        .sort((a, b) => b.versionNo - a.versionNo)
        .map((v) => (
          <Paper key={v.versionNo} withBorder p="sm">
            <Stack gap={4}>
              <Group gap="xs">
                <Text fw={700} size="sm">
                  {v.versionNo === 1
                    ? t("loans.versions.original")
                    : t("loans.versions.postponement", { no: v.versionNo - 1 })}
                </Text>
                {v.versionNo === currentVersionNo && (
                  <Badge size="sm" variant="light" color="teal">
                    {t("loans.versions.current")}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {t("loans.versions.summary", {
                  date: format.date(v.startsOn),
                  amount: format.money(v.principalSatang + v.interestSatang),
                  count: v.instalments.length,
                })}
              </Text>
              {v.reason && (
                <Text size="sm">
                  {t("loans.versions.reason")}: {v.reason}
                </Text>
              )}
              {v.resolutionRef && (
                <Text size="sm">
                  {t("loans.versions.resolution")}: {v.resolutionRef}
                </Text>
              )}
              {v.versionNo !== currentVersionNo && (
                <details>
                  <summary>
                    <Text span size="sm" c="teal.8">
                      {t("loans.versions.showSchedule")}
                    </Text>
                  </summary>
                  <ScheduleTable instalments={v.instalments} />
                </details>
              )}
            </Stack>
          </Paper>
        ))}
    </Stack>
  );
}
