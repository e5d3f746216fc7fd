// Finds a household of an area by house number or head's name and hands the chosen one to the form.
import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { HouseholdSummary } from "../../../../../src/shared/contracts/households";
import { useLanguage } from "../../../lib/i18n";
import { householdOptionsQuery } from "../api";

export function HouseholdPicker({
  area,
  label,
  error,
  exclude = [],
  onPick,
  testId,
}: {
  area: string;
  label: string;
  error?: string | undefined;
  exclude?: readonly string[];
  onPick: (household: HouseholdSummary) => void;
  testId: string;
}) {
  const { t } = useLanguage();
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text.trim(), 250);
  const found = useQuery(householdOptionsQuery(area, q));
  const items = (found.data?.items ?? []).filter((h) => !exclude.includes(h.id));
  return (
    <Stack gap={4}>
      <TextInput
        label={label}
        placeholder={t("livelihoods.householdSearch")}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={error}
        data-testid={testId}
      />
      {!found.isFetching && items.length === 0 && (
        <Text size="xs" c="dimmed">
          {t("livelihoods.noHouseholdFound")}
        </Text>
      )}
      {items.length > 0 && (
        <Group gap={4}>
          {items.slice(0, 8).map((h) => (
            <Button
              key={h.id}
              size="compact-xs"
              variant="default"
              onClick={() => {
                onPick(h);
                setText("");
              }}
              data-testid={`${testId}-option`}
            >
              {t("livelihoods.houseNo")} {h.houseNo} {h.headName}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
