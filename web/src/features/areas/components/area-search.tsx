// Find an area by Thai or English name and open it: an ARIA combobox whose list opens under the input.
import { Badge, Box, Group, Loader, Paper, Text, TextInput, UnstyledButton } from "@mantine/core";
import { useDebouncedValue, useId } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type KeyboardEvent, useState } from "react";
import { useAreaLabels } from "../../../lib/areas";
import { useErrorMessage } from "../../../lib/errors";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { areaSearchQuery } from "../api";

export function AreaSearch() {
  const { t } = useLanguage();
  const format = useFormat();
  const labels = useAreaLabels();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const search = useQuery(areaSearchQuery(debounced));
  const items = debounced === text.trim() ? (search.data?.items ?? []) : [];
  const waiting = text.trim() !== debounced || search.isFetching;
  const showList = open && text.trim() !== "";

  const pick = (code: string) => {
    setOpen(false);
    setText("");
    setActive(-1);
    void navigate({ to: "/areas/$code", params: { code } });
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
        pick(choice.code);
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
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        placeholder={t("areaSearch.placeholder")}
        aria-label={t("areaSearch.label")}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && items[active] ? `${listId}-${items[active].code}` : undefined}
        rightSection={waiting && text.trim() !== "" ? <Loader size={16} /> : null}
        autoComplete="off"
        data-testid="area-search"
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
          mah={360}
          style={{ zIndex: 50, overflowY: "auto" }}
        >
          {status ? (
            <Text size="sm" c="dimmed" p="xs" role="status">
              {status}
            </Text>
          ) : (
            <Box id={listId} role="listbox" aria-label={t("areaSearch.label")}>
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
                  onClick={() => pick(area.code)}
                  data-testid={`area-option-${area.code}`}
                >
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500}>
                        {labels.fullName(area)}
                      </Text>
                      {format.lang === "th" && area.nameEn && (
                        <Text size="xs" c="dimmed">
                          {area.nameEn}
                        </Text>
                      )}
                    </div>
                    <Group gap={4} wrap="nowrap">
                      <Badge variant="light" size="sm">
                        {labels.levelLabel(area)}
                      </Badge>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {area.code}
                      </Text>
                    </Group>
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
