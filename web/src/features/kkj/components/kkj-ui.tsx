// Small pieces every กข.คจ. page uses: who may act, baht text, labelled facts, status badges, the book band.
import "../kkj.css";
import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { CommitteePosition } from "../../../../../src/shared/roles";
import { useFormat } from "../../../lib/format";
import { fundDetailQuery } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { useMe } from "../../../lib/session";

/** What the signed-in person may do here. Actions are only offered; the server still decides. */
export function useKkjAccess(fundId: string) {
  const me = useMe();
  const detail = useQuery(fundDetailQuery(fundId));
  const positions: CommitteePosition[] = detail.data?.myPositions ?? [];
  const has = (p: CommitteePosition) => positions.includes(p);
  return {
    me,
    detail: detail.data,
    positions,
    isChair: has("chair"),
    isSecretary: has("secretary"),
    isFinance: has("finance"),
    isCommittee: positions.length > 0,
    isWorker: me.role === "subdistrict_worker",
    isOfficer: me.role === "district_officer" || me.role === "subdistrict_worker",
  };
}

/** "1,234.50 บาท" */
export function useBaht(): (amountSatang: number | null | undefined) => string {
  const { t } = useLanguage();
  const format = useFormat();
  return (v) => (v === null || v === undefined ? "–" : `${format.money(v)} ${t("money.baht")}`);
}

/** A date or a dash. */
export function useDateOrDash(): (iso: string | null | undefined) => string {
  const format = useFormat();
  return (iso) => (iso ? format.date(iso) : "–");
}

export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

const PROPOSAL_COLOR: Record<string, string> = {
  submitted: "blue",
  worker_reviewed: "indigo",
  approved: "teal",
  rejected: "red",
  requested: "cyan",
  contracted: "grape",
  disbursed: "green",
  closed: "gray",
  withdrawn: "gray",
};

export function ProposalStatusBadge({ status }: { status: string }) {
  const { t } = useLanguage();
  return (
    <Badge color={PROPOSAL_COLOR[status] ?? "gray"} variant="light" data-testid="proposal-status">
      {t(`kkj.proposalStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}

export function RequestStatusBadge({ status }: { status: string }) {
  const { t } = useLanguage();
  return (
    <Badge color={PROPOSAL_COLOR[status] ?? "gray"} variant="light" data-testid="request-status">
      {t(`kkj.requestStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}

const LOAN_COLOR: Record<string, string> = {
  pending_disbursement: "yellow",
  active: "blue",
  closed: "teal",
  written_off: "red",
  cancelled: "gray",
};

export function LoanStatusBadge({ status }: { status: string }) {
  const { t } = useLanguage();
  return (
    <Badge color={LOAN_COLOR[status] ?? "gray"} variant="light">
      {t(`kkj.loanStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}

export function positionName(t: ReturnType<typeof useLanguage>["t"], position: string): string {
  return t(`kkj.position.${position}`, { defaultValue: position });
}

export type BookColour = "purple" | "green" | "yellow" | "brown";

/**
 * The coloured band the committee knows each book by (purple เล่ม 7, brown เล่ม 6, green เล่ม 8, yellow
 * เล่ม 9), with the book's official name and the fund; it prints in colour.
 */
export function BookBand({
  book,
  fundName,
  extra,
}: {
  book: BookColour;
  fundName?: string | undefined;
  extra?: ReactNode;
}) {
  const { t } = useLanguage();
  return (
    <div className={`kkj-band kkj-band-${book}`} data-testid={`book-band-${book}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={700} className="kkj-band-kicker">
            {t(`books.${book}.colour`)} · {t(`books.${book}.volume`)}
          </Text>
          <Title order={2} size="h3" style={{ color: "inherit" }}>
            {t(`books.${book}.title`)}
          </Title>
          {fundName && <Text size="sm">{fundName}</Text>}
        </Stack>
        {extra}
      </Group>
    </div>
  );
}

/** The Thai or English half of a bilingual note "ไทย / English" from the server. */
export function localNote(note: string, lang: "th" | "en"): string {
  const [th, en] = note.split(" / ");
  return lang === "en" ? (en ?? th ?? note) : (th ?? note);
}
