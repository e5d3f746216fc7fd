// Small labels of a fund: its status and the model / learning-centre flags.
import { Badge, Group } from "@mantine/core";
import type { Fund, FundStatus } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";

const STATUS_COLOR: Record<FundStatus, string> = { active: "teal", suspended: "yellow", closed: "gray" };

export function FundStatusBadge({ status }: { status: FundStatus }) {
  const { t } = useLanguage();
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} style={{ flexShrink: 0 }}>
      {t(`funds.status.${status}`)}
    </Badge>
  );
}

export function FundFlags({ fund }: { fund: Pick<Fund, "isModel" | "modelYear" | "isLearningCentre"> }) {
  const { t } = useLanguage();
  if (!fund.isModel && !fund.isLearningCentre) return null;
  return (
    <Group gap={4}>
      {fund.isModel && (
        <Badge variant="outline" color="grape">
          {fund.modelYear ? t("funds.modelOf", { year: fund.modelYear }) : t("funds.model")}
        </Badge>
      )}
      {fund.isLearningCentre && (
        <Badge variant="outline" color="indigo">
          {t("funds.learningCentre")}
        </Badge>
      )}
    </Group>
  );
}
