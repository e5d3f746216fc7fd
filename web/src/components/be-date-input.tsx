// A date picker that shows Buddhist-era years (พ.ศ.) and Thai month names; its value stays ISO YYYY-MM-DD.
import "@mantine/dates/styles.css";
import "dayjs/locale/th";
import { DatePickerInput, DatesProvider } from "@mantine/dates";
import { BE_OFFSET, THAI_MONTHS } from "../../../src/shared/thai-date";
import { formatDate } from "../lib/format";
import { useLanguage } from "../lib/i18n";

const englishMonth = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });

function parts(iso: string): { year: number; month: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

interface BeDateInputProps {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  minDate?: string | undefined;
  maxDate?: string | undefined;
  testId?: string;
}

export function BeDateInput({ label, value, onChange, minDate, maxDate, testId }: BeDateInputProps) {
  const { lang, t } = useLanguage();
  const isThai = lang === "th";
  const beYear = (iso: string) => parts(iso).year + BE_OFFSET;

  return (
    <DatesProvider settings={{ locale: isThai ? "th" : "en", firstDayOfWeek: 0 }}>
      <DatePickerInput
        label={label}
        value={value}
        onChange={(v) => onChange(v ? String(v).slice(0, 10) : null)}
        minDate={minDate}
        maxDate={maxDate}
        clearable
        placeholder={t("date.pick")}
        valueFormatter={({ date }) => {
          if (!date) return "";
          const iso = typeof date === "string" ? date.slice(0, 10) : null;
          return iso ? formatDate(iso, lang) : "";
        }}
        monthLabelFormat={(iso) => {
          const { year, month } = parts(iso);
          return isThai
            ? `${THAI_MONTHS[month - 1] ?? ""} ${year + BE_OFFSET}`
            : `${englishMonth.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`))} ${year} (B.E. ${year + BE_OFFSET})`;
        }}
        yearLabelFormat={(iso) => (isThai ? `${beYear(iso)}` : `${parts(iso).year} (B.E. ${beYear(iso)})`)}
        decadeLabelFormat={(start, end) =>
          isThai ? `${beYear(start)} – ${beYear(end)}` : `${parts(start).year} – ${parts(end).year}`
        }
        yearsListFormat={(iso) => (isThai ? `${beYear(iso)}` : `${parts(iso).year}`)}
        data-testid={testId}
      />
    </DatesProvider>
  );
}
