// The Buddhist-era date picker loaded right after the page (its calendar and dayjs weigh ~40 KB gzip),
// so pages with a date field stay inside the first-load budget. Same props as BeDateInput.
import { TextInput } from "@mantine/core";
import { lazy, Suspense } from "react";
import { formatDate } from "./format";
import { useLanguage } from "./i18n";

const BeDateInput = lazy(() =>
  import("../components/be-date-input").then((m) => ({ default: m.BeDateInput })),
);

export interface DateFieldProps {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  minDate?: string | undefined;
  maxDate?: string | undefined;
  testId?: string;
}

export function DateField(props: DateFieldProps) {
  const { lang } = useLanguage();
  return (
    <Suspense
      fallback={
        <TextInput
          label={props.label}
          value={props.value ? formatDate(props.value, lang) : ""}
          readOnly
          disabled
        />
      }
    >
      <BeDateInput {...props} />
    </Suspense>
  );
}
