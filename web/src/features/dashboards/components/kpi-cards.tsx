// The area's totals as cards: one per measure, the selected one outlined.
import { Paper, SimpleGrid, Text, UnstyledButton } from "@mantine/core";
import { useLanguage } from "../../../lib/i18n";
import type { Measures } from "../api";
import { formatMeasure, MEASURE_KEYS, type MeasureKey } from "../measures";

export function KpiCards({
  totals,
  selected,
  onSelect,
}: {
  totals: Measures;
  selected: MeasureKey;
  onSelect: (key: MeasureKey) => void;
}) {
  const { t } = useLanguage();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {MEASURE_KEYS.map((key) => (
        <UnstyledButton
          key={key}
          onClick={() => onSelect(key)}
          aria-pressed={key === selected}
          data-testid={`kpi-${key}`}
        >
          <Paper
            withBorder
            p="sm"
            radius="md"
            style={
              key === selected ? { borderColor: "var(--mantine-color-teal-6)", borderWidth: 2 } : undefined
            }
          >
            <Text size="xs" c="dimmed" lineClamp={2}>
              {t(`dashboard.measures.${key}`)}
            </Text>
            <Text fw={700} size="lg" style={{ fontVariantNumeric: "tabular-nums" }}>
              {formatMeasure(key, totals[key])}
            </Text>
          </Paper>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}
