// The secretary records the signed contract of an approved loan request (สัญญายืมเงินทุน): the borrowing
// household member, volume number, signing date, the consenting spouse or heir and two witnesses.
import {
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useId, useRef, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink } from "../../../components/router-links";
import { focusFirstInvalid } from "../../../lib/focus";
import { todayIso } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { DateField } from "../../../lib/lazy-date-input";
import {
  type ConsentRelation,
  type ContractBody,
  householdMembersQuery,
  kkjCalls,
  kkjKeys,
  type LoanRequest,
  requestQuery,
} from "../api";
import { Fact, useBaht, useKkjAccess } from "../components/kkj-ui";

const route = getRouteApi("/signed-in/funds/$fundId/kkj/contracts/new");

function ContractForm({ request }: { request: LoanRequest }) {
  const { t } = useLanguage();
  const baht = useBaht();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const listId = useId();
  const fundId = request.fundId;
  const access = useKkjAccess(fundId);
  const household = useQuery(householdMembersQuery(request.householdId));
  const members = household.data?.members ?? [];
  const committee = access.detail?.currentCommitteeSet?.members ?? [];
  const [memberId, setMemberId] = useState("");
  const [volumeNo, setVolumeNo] = useState("");
  const [signedOn, setSignedOn] = useState<string | null>(todayIso());
  const [consentName, setConsentName] = useState(request.consentName ?? "");
  const [consentRelation, setConsentRelation] = useState<string>(request.consentRelation ?? "");
  const [witness1, setWitness1] = useState("");
  const [witness2, setWitness2] = useState("");
  const [writtenAt, setWrittenAt] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const head = members.find((m) => m.relation === "head");
  const borrowerId = memberId || head?.id || "";
  const amount = request.decision?.amountSatang ?? request.amountSatang;

  const mutation = useMutation({
    mutationFn: (body: ContractBody) => kkjCalls.signContract(fundId, body),
    onSuccess: async (contract) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: kkjKeys.all(fundId) }),
        queryClient.invalidateQueries({ queryKey: ["loans"] }),
      ]);
      await navigate({
        to: "/funds/$fundId/kkj/contracts/$contractId",
        params: { fundId, contractId: contract.id },
      });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!borrowerId) next.member = t("kkj.contract.borrowerRequired");
    if (witness1.trim() === "") next.witness1 = t("kkj.form.required");
    if (witness2.trim() === "") next.witness2 = t("kkj.form.required");
    if (witness1.trim() !== "" && witness1.trim() === witness2.trim())
      next.witness2 = t("kkj.contract.witnessesDiffer");
    if (consentName.trim() !== "" && !consentRelation)
      next.consentRelation = t("kkj.request.relationRequired");
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    mutation.mutate({
      requestId: request.id,
      borrowerMemberId: borrowerId,
      ...(volumeNo.trim() ? { volumeNo: volumeNo.trim() } : {}),
      ...(signedOn ? { signedOn } : {}),
      ...(consentName.trim() ? { consentName: consentName.trim() } : {}),
      ...(consentRelation ? { consentRelation: consentRelation as ConsentRelation } : {}),
      witness1Name: witness1.trim(),
      witness2Name: witness2.trim(),
      ...(writtenAt.trim() ? { writtenAt: writtenAt.trim() } : {}),
    });
  };

  const memberName = (m: (typeof members)[number]) => `${m.title}${m.firstName} ${m.lastName}`.trim();

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      ref={formRef}
      onSubmit={submit}
      noValidate
      data-testid="contract-form"
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
          <Fact label={t("kkj.request.docNo")}>{request.docNo}</Fact>
          <Fact label={t("kkj.decision.amount")}>{baht(amount)}</Fact>
          <Fact label={t("kkj.request.registerSeq")}>{request.registerSeq}</Fact>
        </SimpleGrid>
        <ErrorAlert error={mutation.error ?? household.error} />
        {household.isPending ? (
          <Loader size="sm" />
        ) : (
          <NativeSelect
            label={t("kkj.contract.borrowerMember")}
            description={t("kkj.contract.borrowerHint")}
            value={borrowerId}
            onChange={(e) => setMemberId(e.currentTarget.value)}
            error={errors.member}
            required
            data={[
              { value: "", label: t("kkj.contract.pickMember") },
              ...members.map((m) => ({ value: m.id, label: memberName(m) })),
            ]}
            data-testid="contract-member"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t("kkj.contract.volumeNo")}
            value={volumeNo}
            onChange={(e) => setVolumeNo(e.currentTarget.value)}
            maxLength={16}
          />
          <DateField
            label={t("kkj.contract.signedOn")}
            value={signedOn}
            onChange={setSignedOn}
            maxDate={todayIso()}
          />
          <TextInput
            label={t("kkj.contract.writtenAt")}
            placeholder={t("kkj.contract.writtenAtDefault")}
            value={writtenAt}
            onChange={(e) => setWrittenAt(e.currentTarget.value)}
            maxLength={300}
          />
        </SimpleGrid>
        <datalist id={listId}>
          {committee.map((m) => (
            <option key={m.id} value={m.name} />
          ))}
        </datalist>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("kkj.contract.witness1")}
            value={witness1}
            onChange={(e) => setWitness1(e.currentTarget.value)}
            error={errors.witness1}
            required
            maxLength={200}
            list={listId}
            data-testid="contract-witness1"
          />
          <TextInput
            label={t("kkj.contract.witness2")}
            value={witness2}
            onChange={(e) => setWitness2(e.currentTarget.value)}
            error={errors.witness2}
            required
            maxLength={200}
            list={listId}
            data-testid="contract-witness2"
          />
          <TextInput
            label={t("kkj.consent.name")}
            value={consentName}
            onChange={(e) => setConsentName(e.currentTarget.value)}
            maxLength={200}
          />
          <Radio.Group
            label={t("kkj.consent.relation")}
            value={consentRelation}
            onChange={setConsentRelation}
            error={errors.consentRelation}
          >
            <Group mt={6}>
              <Radio value="spouse" label={t("kkj.consent.spouse")} />
              <Radio value="heir" label={t("kkj.consent.heir")} />
            </Group>
          </Radio.Group>
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t("kkj.contract.formNote")}
        </Text>
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="contract-submit">
            {t("kkj.contract.submit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function NewContractPage() {
  const { fundId } = route.useParams();
  const { request: requestId = "" } = route.useSearch();
  const { t } = useLanguage();
  const request = useQuery({ ...requestQuery(fundId, requestId), enabled: requestId !== "" });
  return (
    <Stack gap="md">
      {requestId && (
        <AnchorLink to="/funds/$fundId/kkj/requests/$requestId" params={{ fundId, requestId }} size="sm">
          ← {t("kkj.request.back")}
        </AnchorLink>
      )}
      <Title order={2} size="h3">
        {t("kkj.contract.formTitle")}
      </Title>
      {!requestId ? (
        <Text c="dimmed">{t("kkj.contract.pickRequest")}</Text>
      ) : request.isPending ? (
        <Loader size="sm" />
      ) : request.isError ? (
        <ErrorAlert error={request.error} />
      ) : (
        <ContractForm request={request.data} />
      )}
    </Stack>
  );
}
