// Buttons that open a server-rendered PDF or download a CSV/XLSX export: plain same-origin links, so the
// browser streams the file with the session cookie and nothing is buffered in the page.
import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { QueryValue } from "../lib/api";

function withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  if (!text) return path;
  return `${path}${path.includes("?") ? "&" : "?"}${text}`;
}

interface PrintButtonProps {
  /** The PDF endpoint, e.g. `/api/funds/…/kkj/contracts/…/pdf`. */
  href: string;
  query?: Record<string, QueryValue>;
  label?: string;
  testId?: string;
}

/** Opens the official document (PDF) in a new tab, where the browser's viewer prints it. */
export function PrintButton({ href, query, label, testId }: PrintButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={withQuery(href, query)}
      target="_blank"
      rel="noopener"
      variant="default"
      size="xs"
      data-testid={testId}
    >
      {label ?? t("documents.print")}
    </Button>
  );
}

interface ExportLinksProps {
  /** The export endpoint; `format=csv|xlsx` is added to the query. */
  href: string;
  query?: Record<string, QueryValue>;
  testId?: string;
}

/** Download links for the same rows as the list on screen, as CSV and as Excel. */
export function ExportLinks({ href, query, testId }: ExportLinksProps) {
  const { t } = useTranslation();
  return (
    <Group gap={4} data-testid={testId}>
      {(["xlsx", "csv"] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={withQuery(href, { ...query, format })}
          download
          variant="subtle"
          size="xs"
        >
          {t(format === "xlsx" ? "documents.exportXlsx" : "documents.exportCsv")}
        </Button>
      ))}
    </Group>
  );
}
