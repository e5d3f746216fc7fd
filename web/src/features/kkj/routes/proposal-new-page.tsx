// The secretary records a target household's project proposal (แบบเสนอโครงการ): applicant, occupation,
// project and the itemised budget (2.1, 2.2, …) with a live total.
import {
  ActionIcon,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useRef, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink } from "../../../components/router-links";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import { parseBahtInput } from "../../../lib/money-input";
import { kkjCalls, kkjKeys, type ProposalBody, targetsQuery } from "../api";
import { useBaht } from "../components/kkj-ui";

const route = getRouteApi("/signed-in/funds/$fundId/kkj/proposals/new");

interface Line {
  key: number;
  description: string;
  amount: string;
}

let nextKey = 1;
const newLine = (): Line => ({ key: nextKey++, description: "", amount: "" });

export function NewProposalPage() {
  const { fundId } = route.useParams();
  const { target: targetParam = "" } = route.useSearch();
  const { t } = useLanguage();
  const baht = useBaht();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const targets = useInfiniteQuery(targetsQuery(fundId));
  const active = (targets.data?.pages.flatMap((p) => p.items) ?? []).filter((x) => x.status === "active");
  const [targetId, setTargetId] = useState(targetParam);
  const [applicantName, setApplicantName] = useState<string | null>(null);
  const [age, setAge] = useState("");
  const [occupation, setOccupation] = useState("");
  const [projectName, setProjectName] = useState("");
  const [lines, setLines] = useState<Line[]>([newLine()]);
  const [submittedOn, setSubmittedOn] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const target = active.find((x) => x.id === targetId);
  const name = applicantName ?? target?.headName ?? "";

  const parsed = lines.map((l) => parseBahtInput(l.amount));
  const total = parsed.reduce((sum, p) => sum + (p.ok ? p.value : 0), 0);

  const mutation = useMutation({
    mutationFn: (body: ProposalBody) => kkjCalls.submitProposal(fundId, body),
    onSuccess: async (proposal) => {
      await queryClient.invalidateQueries({ queryKey: kkjKeys.all(fundId) });
      await navigate({
        to: "/funds/$fundId/kkj/proposals/$proposalId",
        params: { fundId, proposalId: proposal.id },
      });
    },
  });

  const setLine = (key: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!targetId) next.target = t("kkj.proposal.targetRequired");
    if (name.trim() === "") next.applicant = t("kkj.form.required");
    const ageNo = age.trim() === "" ? undefined : Number(age);
    if (ageNo !== undefined && (!Number.isInteger(ageNo) || ageNo < 15 || ageNo > 120))
      next.age = t("kkj.proposal.ageInvalid");
    if (occupation.trim() === "") next.occupation = t("kkj.form.required");
    if (projectName.trim() === "") next.project = t("kkj.form.required");
    lines.forEach((l, i) => {
      if (l.description.trim() === "") next[`d${l.key}`] = t("kkj.form.required");
      const p = parsed[i];
      if (p && !p.ok)
        next[`a${l.key}`] = t(
          p.error === "empty" || p.error === "zero" ? "kkj.form.amountRequired" : p.error,
        );
    });
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    mutation.mutate({
      targetId,
      applicantName: name.trim(),
      ...(ageNo !== undefined ? { applicantAge: ageNo } : {}),
      occupation: occupation.trim(),
      projectName: projectName.trim(),
      items: lines.map((l, i) => {
        const p = parsed[i];
        return { description: l.description.trim(), amountSatang: p?.ok ? p.value : 0 };
      }),
      ...(submittedOn ? { submittedOn } : {}),
    });
  };

  return (
    <Stack gap="md">
      <AnchorLink to="/funds/$fundId/kkj" params={{ fundId }} size="sm">
        ← {t("kkj.nav.workspace")}
      </AnchorLink>
      <Title order={2} size="h3">
        {t("kkj.proposal.formTitle")}
      </Title>
      <Paper
        withBorder
        p="md"
        component="form"
        ref={formRef}
        onSubmit={submit}
        noValidate
        data-testid="proposal-form"
      >
        <Stack gap="sm">
          <ErrorAlert error={mutation.error ?? targets.error} />
          {targets.isPending ? (
            <Loader size="sm" />
          ) : (
            <NativeSelect
              label={t("kkj.proposal.target")}
              description={active.length === 0 ? t("kkj.proposal.noTargets") : undefined}
              value={targetId}
              onChange={(e) => {
                setTargetId(e.currentTarget.value);
                setApplicantName(null);
              }}
              error={errors.target}
              required
              data={[
                { value: "", label: t("kkj.proposal.pickTarget") },
                ...active.map((x) => ({
                  value: x.id,
                  label: t("kkj.proposal.targetOption", {
                    seq: x.registerSeq,
                    name: x.headName,
                    houseNo: x.houseNo,
                  }),
                })),
              ]}
              data-testid="proposal-target"
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("kkj.proposal.applicant")}
              value={name}
              onChange={(e) => setApplicantName(e.currentTarget.value)}
              error={errors.applicant}
              required
              maxLength={200}
            />
            <TextInput
              label={t("kkj.proposal.age")}
              inputMode="numeric"
              value={age}
              onChange={(e) => setAge(e.currentTarget.value)}
              error={errors.age}
              maxLength={3}
            />
            <TextInput
              label={t("kkj.proposal.occupation")}
              placeholder={t("kkj.proposal.occupationPlaceholder")}
              value={occupation}
              onChange={(e) => setOccupation(e.currentTarget.value)}
              error={errors.occupation}
              required
              maxLength={200}
            />
            <TextInput
              label={t("kkj.proposal.project")}
              placeholder={t("kkj.proposal.projectPlaceholder")}
              value={projectName}
              onChange={(e) => setProjectName(e.currentTarget.value)}
              error={errors.project}
              required
              maxLength={200}
              data-testid="proposal-project"
            />
          </SimpleGrid>
          <Title order={3} size="h5">
            {t("kkj.proposal.budget")}
          </Title>
          <Stack gap="xs">
            {lines.map((l, i) => (
              <Group key={l.key} align="flex-start" gap="xs" wrap="nowrap" data-testid="budget-line">
                <Text fw={600} pt={30} w={32} aria-hidden="true">
                  2.{i + 1}
                </Text>
                <TextInput
                  label={t("kkj.proposal.lineDescription", { no: `2.${i + 1}` })}
                  value={l.description}
                  onChange={(e) => setLine(l.key, { description: e.currentTarget.value })}
                  error={errors[`d${l.key}`]}
                  required
                  maxLength={300}
                  style={{ flex: 3 }}
                />
                <TextInput
                  label={t("kkj.proposal.lineAmount")}
                  inputMode="decimal"
                  value={l.amount}
                  onChange={(e) => setLine(l.key, { amount: e.currentTarget.value })}
                  error={errors[`a${l.key}`]}
                  required
                  style={{ flex: 2 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  size="lg"
                  disabled={lines.length === 1}
                  onClick={() => setLines((ls) => ls.filter((x) => x.key !== l.key))}
                  aria-label={t("kkj.proposal.removeLine", { no: `2.${i + 1}` })}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
            <Group justify="space-between" wrap="wrap">
              <Button
                variant="light"
                size="xs"
                onClick={() => setLines((ls) => [...ls, newLine()])}
                disabled={lines.length >= 30}
              >
                {t("kkj.proposal.addLine")}
              </Button>
              <Text fw={700} aria-live="polite" data-testid="proposal-total">
                {t("kkj.proposal.total")} {baht(total)}
              </Text>
            </Group>
          </Stack>
          <DateField
            label={t("kkj.proposal.submittedOn")}
            value={submittedOn}
            onChange={setSubmittedOn}
            maxDate={todayIso()}
          />
          <Group>
            <Button type="submit" loading={mutation.isPending} data-testid="proposal-submit">
              {t("kkj.proposal.submit")}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
