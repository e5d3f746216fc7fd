// How the reviews of a round read once given: the พัฒนากร's opinion and the committee decision with the
// meeting it cites.
import { SimpleGrid, Text } from "@mantine/core";
import { AnchorLink } from "../../../components/router-links";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { Decision, WorkerOpinion } from "../api";
import { Fact, useBaht } from "./kkj-ui";

export function WorkerOpinionView({ opinion }: { opinion: WorkerOpinion }) {
  const { t } = useLanguage();
  const format = useFormat();
  const positive = opinion.opinion === "feasible" || opinion.opinion === "agree";
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" data-testid="worker-opinion">
      <Fact label={t("kkj.opinion.result")}>
        <Text span fw={700} c={positive ? "teal.8" : "red.8"}>
          {t(`kkj.opinion.value.${opinion.opinion}`, { defaultValue: opinion.opinion })}
        </Text>
      </Fact>
      <Fact label={t("kkj.opinion.by")}>
        {opinion.name ?? "–"}
        {opinion.on ? ` · ${format.date(opinion.on)}` : ""}
      </Fact>
      <Fact label={t("kkj.opinion.reason")}>{opinion.reason ?? "–"}</Fact>
    </SimpleGrid>
  );
}

export function DecisionView({
  fundId,
  decision,
  amountWords,
}: {
  fundId: string;
  decision: Decision;
  amountWords?: string | null | undefined;
}) {
  const { t } = useLanguage();
  const format = useFormat();
  const baht = useBaht();
  const approved = decision.decision === "approve";
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" data-testid="committee-decision">
      <Fact label={t("kkj.decision.result")}>
        <Text span fw={700} c={approved ? "teal.8" : "red.8"}>
          {t(approved ? "kkj.decision.approved" : "kkj.decision.rejected")}
        </Text>
      </Fact>
      {approved && (
        <Fact label={t("kkj.decision.amount")}>
          {baht(decision.amountSatang)}
          {amountWords && (
            <Text size="xs" c="dimmed">
              ({amountWords})
            </Text>
          )}
        </Fact>
      )}
      <Fact label={t("kkj.decision.meeting")}>
        {decision.meetingNo ? (
          <AnchorLink to="/funds/$fundId/kkj/meetings" params={{ fundId }} size="sm">
            {t("kkj.meeting.title", { no: decision.meetingNo })}
          </AnchorLink>
        ) : (
          "–"
        )}
        {decision.decidedOn ? ` · ${format.date(decision.decidedOn)}` : ""}
      </Fact>
      <Fact label={t("kkj.decision.reason")}>{decision.reason ?? "–"}</Fact>
    </SimpleGrid>
  );
}
