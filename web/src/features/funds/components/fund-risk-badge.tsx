// The fund's early-warning risk band and score (governance module), linking to its explanation; nothing before the first daily job.
import { Badge } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { AnchorLink } from "../../../components/router-links";
import { api } from "../../../lib/api";
import { useLanguage } from "../../../lib/i18n";

interface RiskHead {
  score: number;
  band: "low" | "medium" | "high";
  bandTh: string;
  bandEn: string;
}
const COLOR = { low: "teal", medium: "yellow", high: "red" } as const;

export function FundRiskBadge({ fundId }: { fundId: string }) {
  const { lang } = useLanguage();
  const risk = useQuery({
    queryKey: ["governance", "fund-risk", fundId],
    queryFn: ({ signal }) =>
      api.get<RiskHead>(`/api/funds/${encodeURIComponent(fundId)}/risk`, undefined, signal),
    retry: false,
  });
  if (!risk.data) return null;
  return (
    <AnchorLink
      to="/risk/$fundId"
      params={{ fundId }}
      underline="never"
      ml="xs"
      data-testid="fund-risk-badge"
    >
      <Badge color={COLOR[risk.data.band]} variant="light" style={{ cursor: "pointer" }}>
        {lang === "en" ? risk.data.bandEn : risk.data.bandTh} · {risk.data.score}
      </Badge>
    </AnchorLink>
  );
}
