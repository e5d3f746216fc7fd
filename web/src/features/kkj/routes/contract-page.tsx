// One loan contract laid out like the official form (เล่มที่, สัญญาเลขที่, parties, amount in words, the
// instalment table, signatures; printable on one A4 page), and below it the payment voucher.
import { Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { PrintButton } from "../../../components/document-links";
import { ErrorAlert } from "../../../components/error-alert";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { NotFoundPage, PageLoader } from "../../../components/status-page";
import { isApiError } from "../../../lib/api";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { type Contract, contractQuery, householdRoundsQuery } from "../api";
import { InstalmentTable } from "../components/instalment-table";
import { Fact, LoanStatusBadge, useBaht, useKkjAccess } from "../components/kkj-ui";

// The voucher controls load after the contract itself: the form is what the page is opened to read.
const VoucherCard = lazy(() =>
  import("../components/voucher-panel").then((m) => ({ default: m.VoucherCard })),
);
const IssueVoucherForm = lazy(() =>
  import("../components/voucher-panel").then((m) => ({ default: m.IssueVoucherForm })),
);

const route = getRouteApi("/signed-in/funds/$fundId/kkj/contracts/$contractId");

function Signature({ name, role }: { name: string | null; role: string }) {
  return (
    <div>
      <div className="kkj-signature-line" />
      <Text size="sm" ta="center">
        ({name ?? " ".repeat(30)})
      </Text>
      <Text size="xs" ta="center" c="dimmed">
        {role}
      </Text>
    </div>
  );
}

function VoucherSection({ contract }: { contract: Contract }) {
  const { t } = useLanguage();
  const access = useKkjAccess(contract.fundId);
  const rounds = useQuery(householdRoundsQuery(contract.householdId));
  if (rounds.isPending) return <Loader size="sm" />;
  if (rounds.isError) return <ErrorAlert error={rounds.error} />;
  const voucher = rounds.data.rounds.find((r) => r.contract?.id === contract.id)?.voucher ?? null;
  const live = voucher && voucher.status !== "cancelled" ? voucher : null;
  return (
    <Stack gap="sm" className="kkj-no-print">
      <Title order={3} size="h4">
        {t("kkjContract.voucher.section")}
      </Title>
      <Suspense fallback={<Loader size="sm" />}>
        {voucher && <VoucherCard fundId={contract.fundId} voucher={voucher} />}
        {!live &&
          contract.loanStatus === "pending_disbursement" &&
          (access.isFinance ? (
            <IssueVoucherForm fundId={contract.fundId} contractId={contract.id} />
          ) : (
            <Text size="sm" c="dimmed">
              {t("kkj.step.contracted.waits")}
            </Text>
          ))}
      </Suspense>
    </Stack>
  );
}

function ContractView({ contract }: { contract: Contract }) {
  const { t } = useLanguage();
  const format = useFormat();
  const baht = useBaht();
  const fundId = contract.fundId;
  const a = contract.borrowerAddress;
  const relation =
    contract.consentRelation === "heir"
      ? t("kkj.consent.heir")
      : contract.consentRelation === "spouse"
        ? t("kkj.consent.spouse")
        : t("kkj.consent.spouseOrHeir");
  return (
    <Stack gap="md" className="kkj-printable">
      <Group justify="space-between" wrap="wrap" className="kkj-no-print">
        <AnchorLink to="/funds/$fundId/kkj" params={{ fundId }} size="sm">
          ← {t("kkj.nav.workspace")}
        </AnchorLink>
        <Group gap="xs">
          <ButtonLink to="/loans/$loanId" params={{ loanId: contract.loanId }} variant="light" size="xs">
            {t("kkjContract.openLoan")}
          </ButtonLink>
          <PrintButton href={`/api/funds/${fundId}/kkj/contracts/${contract.id}/pdf`} testId="contract-pdf" />
        </Group>
      </Group>
      <Paper withBorder p={{ base: "sm", sm: "xl" }} className="kkj-sheet" data-testid="contract-sheet">
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm">
              {t("kkj.contract.volumeNo")} {contract.volumeNo ?? "–"}
            </Text>
            <Text size="sm" data-testid="contract-no">
              {t("kkj.contract.no")} {contract.contractNo}
            </Text>
          </Group>
          <Title order={2} size="h4" ta="center">
            {t("kkjContract.formHeading")}
          </Title>
          <Text size="sm" ta="right">
            {t("kkjContract.writtenAtValue", { place: contract.writtenAt })}
            <br />
            {t("kkjContract.dateValue", { date: format.dateLong(contract.signedOn) })}
          </Text>
          <Text size="sm">
            {t("kkjContract.borrowerClause", {
              name: contract.borrowerName,
              houseNo: a.houseNo ?? "–",
              villageNo: a.villageNo ?? "–",
              village: a.villageName ?? "–",
              subdistrict: a.subdistrict ?? "–",
              district: a.district ?? "–",
              province: a.province ?? "–",
            })}
          </Text>
          <Text size="sm">
            {t("kkjContract.lenderClause", { village: a.villageName ?? "–", chair: contract.lenderName })}
          </Text>
          <Text size="sm">
            {t("kkjContract.clause1", {
              amount: baht(contract.amountSatang),
              words: contract.amountWords,
              project: contract.projectName,
            })}
          </Text>
          <Text size="sm">{t("kkjContract.clause2")}</Text>
          <Text size="sm">{t("kkjContract.clause3", { count: contract.instalments.length })}</Text>
          <InstalmentTable rows={contract.instalments} />
          <Text size="sm">{t("kkjContract.clause4")}</Text>
          <Text size="sm">{t("kkjContract.clause5")}</Text>
          <div className="kkj-signatures" style={{ marginTop: 16 }}>
            <Signature name={contract.borrowerName} role={t("kkj.contract.borrower")} />
            <Signature name={contract.consentName} role={t("kkjContract.consentRole", { relation })} />
            <Signature name={contract.lenderName} role={t("kkjContract.lender")} />
            <Signature name={contract.witness1Name} role={t("kkjContract.witness")} />
            <Signature name={contract.witness2Name} role={t("kkjContract.witness")} />
          </div>
        </Stack>
      </Paper>
      <Paper withBorder p="sm" className="kkj-no-print">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Fact label={t("kkj.proposal.round")}>{contract.borrowRound}</Fact>
          <Fact label={t("kkjContract.loanStatus")}>
            <LoanStatusBadge status={contract.loanStatus} />
          </Fact>
          <Fact label={t("kkjContract.parties")}>
            {contract.borrowerName} ← {contract.lenderName}
          </Fact>
          <Fact label={t("kkjContract.proposal")}>
            <AnchorLink
              to="/funds/$fundId/kkj/proposals/$proposalId"
              params={{ fundId, proposalId: contract.proposalId }}
              size="sm"
            >
              {t("kkjContract.openProposal")}
            </AnchorLink>
          </Fact>
        </SimpleGrid>
      </Paper>
      <VoucherSection contract={contract} />
    </Stack>
  );
}

export function ContractPage() {
  const { fundId, contractId } = route.useParams();
  const contract = useQuery(contractQuery(fundId, contractId));
  if (contract.isPending) return <PageLoader />;
  if (contract.isError) {
    if (isApiError(contract.error) && (contract.error.status === 404 || contract.error.status === 400)) {
      return <NotFoundPage />;
    }
    return <ErrorAlert error={contract.error} />;
  }
  return <ContractView key={contractId} contract={contract.data} />;
}
