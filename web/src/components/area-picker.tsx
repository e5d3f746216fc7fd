// Picks an area by Thai or English name, optionally only at some levels: an ARIA combobox that reports the choice.
import { Box, Group, Loader, Paper, Text, TextInput, UnstyledButton } from "@mantine/core";
import { useDebouncedValue, useId } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useState } from "react";
import { type AreaOption, areaOptionsQuery } from "../lib/area-queries";
import { useAreaLabels } from "../lib/areas";
import { useErrorMessage } from "../lib/errors";
import { useLanguage } from "../lib/i18n";

interface AreaPickerProps {
  label: string;
  placeholder?: string;
  /** Offer only areas at these levels (e.g. ["village"] for a new fund, the report's levels for a report). */
  levels?: readonly string[];
  error?: string | undefined;
  required?: boolean;
  onPick: (area: AreaOption) => void;
  testId?: string;
}

export function AreaPicker({ label, placeholder, levels, error, required, onPick, testId }: AreaPickerProps) {
  const { t } = useLanguage();
  const labels = useAreaLabels();
  const errorMessage = useErrorMessage();
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const search = useQuery(areaOptionsQuery(debounced));
  const all = debounced === text.trim() ? (search.data?.items ?? []) : [];
  const items = levels ? all.filter((a) => levels.includes(a.level)) : all;
  const waiting = text.trim() !== debounced || search.isFetching;
  const showList = open && text.trim() !== "";

  const pick = (area: AreaOption) => {
    setOpen(false);
    setText("");
    setActive(-1);
    onPick(area);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(items.length - 1, i + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === "Enter") {
      const choice = items[active] ?? (items.length === 1 ? items[0] : undefined);
      if (choice) {
        event.preventDefault();
        pick(choice);
      }
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  let status: string | null = null;
  if (search.isError) status = errorMessage(search.error);
  else if (items.length === 0) status = waiting ? t("areaSearch.searching") : t("areaSearch.noResults");

  return (
    <Box pos="relative">
      <TextInput
        type="search"
        label={label}
        value={text}
        error={error}
        required={required}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        placeholder={placeholder ?? t("areaSearch.placeholder")}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && items[active] ? `${listId}-${items[active].code}` : undefined}
        rightSection={waiting && text.trim() !== "" ? <Loader size={16} /> : null}
        autoComplete="off"
        data-testid={testId}
      />
      {showList && (
        <Paper
          withBorder
          shadow="md"
          pos="absolute"
          left={0}
          right={0}
          mt={4}
          p={4}
          mah={320}
          style={{ zIndex: 50, overflowY: "auto" }}
        >
          {status ? (
            <Text size="sm" c="dimmed" p="xs" role="status">
              {status}
            </Text>
          ) : (
            <Box id={listId} role="listbox" aria-label={label}>
              {items.map((area, index) => (
                <UnstyledButton
                  key={area.code}
                  id={`${listId}-${area.code}`}
                  role="option"
                  aria-selected={index === active}
                  display="block"
                  w="100%"
                  px="xs"
                  py={6}
                  bg={index === active ? "var(--mantine-color-teal-light)" : undefined}
                  style={{ borderRadius: "var(--mantine-radius-sm)" }}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseEnter={() => setActive(index)}
                  onClick={() => pick(area)}
                  data-testid={testId ? `${testId}-option-${area.code}` : undefined}
                >
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <Text size="sm" fw={500} style={{ minWidth: 0 }}>
                      {labels.fullName(area)}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {area.code}
                    </Text>
                  </Group>
                </UnstyledButton>
              ))}
            </Box>
          )}
        </Paper>
      )}
    </Box>
  );
}
