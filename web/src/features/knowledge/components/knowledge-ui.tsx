// Small pieces of the knowledge pages: highlighted text, the tabs between records, centres and villages, category names and the attachment labels.
import { Badge, Group, Mark } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { AttachmentListLabels } from "../../../components/attachment-list";
import type { AttachmentUploadLabels } from "../../../components/attachment-upload";
import { ButtonLink } from "../../../components/router-links";
import { useLanguage } from "../../../lib/i18n";
import { categoriesQuery, type HighlightPart, type RecordStatus } from "../api";

/** Plain text with the search's words marked; never HTML from the server. */
export function Highlighted({ parts }: { parts: readonly HighlightPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sequence of one text
          <Mark key={i}>{p.text}</Mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sequence of one text
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

export function KnowledgeTabs({ active }: { active: "records" | "centres" | "villages" }) {
  const { t } = useLanguage();
  const tab = (key: typeof active, to: "/knowledge" | "/knowledge/centres" | "/knowledge/villages") => (
    <ButtonLink
      to={to}
      variant={active === key ? "filled" : "light"}
      size="xs"
      data-testid={`knowledge-tab-${key}`}
    >
      {t(`knowledge.tabs.${key}`)}
    </ButtonLink>
  );
  return (
    <Group gap="xs" mb="sm">
      {tab("records", "/knowledge")}
      {tab("centres", "/knowledge/centres")}
      {tab("villages", "/knowledge/villages")}
    </Group>
  );
}

/** The category's name in the current language (its code while the list loads). */
export function useCategoryName(): (code: string) => string {
  const { lang } = useLanguage();
  const categories = useQuery(categoriesQuery());
  return (code) => {
    const found = categories.data?.items.find((c) => c.code === code);
    return found ? (lang === "en" ? found.nameEn : found.nameTh) : code;
  };
}

export function StatusBadge({ status }: { status: RecordStatus }) {
  const { t } = useLanguage();
  return (
    <Badge variant="light" color={status === "published" ? "teal" : "gray"}>
      {t(`knowledge.statuses.${status}`)}
    </Badge>
  );
}

export function useAttachmentLabels(): AttachmentListLabels & AttachmentUploadLabels {
  const { t } = useLanguage();
  return {
    empty: t("knowledge.attachments.empty"),
    delete: t("knowledge.attachments.delete"),
    confirmDelete: t("knowledge.attachments.confirmDelete", {
      name: "{{name}}",
      interpolation: { escapeValue: false },
    }),
    upload: t("knowledge.attachments.upload"),
    uploading: t("knowledge.attachments.uploading"),
    help: t("knowledge.attachments.help"),
  };
}
