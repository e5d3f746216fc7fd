// The loans tab of a fund: its loans by borrower with classification, outstanding and next due date.
import { Group, NativeSelect, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { ExportLinks } from "../../../components/document-links";
import { ButtonLink } from "../../../components/router-links";
import { fundDetailQuery, holdsAny } from "../../../lib/fund-queries";
import { useLanguage } from "../../../lib/i18n";
import { LOAN_STATUSES } from "../api";
import { LoanList } from "../components/loan-list";

const route = getRouteApi("/signed-in/funds/$fundId/loans");

export function LoansTab() {
  const { fundId } = route.useParams();
  const { t, lang } = useLanguage();
  const navigate = useNavigate();
  const detail = useQuery(fundDetailQuery(fundId));
  const [status, setStatus] = useState("active");
  return (
    <Stack gap="md">
      <Group justify="space-between">
        {holdsAny(detail.data, ["secretary", "finance"]) ? (
          <ButtonLink to="/funds/$fundId/repay" params={{ fundId }} search={{ loan: undefined }}>
            {t("funds.openRepayment")}
          </ButtonLink>
        ) : (
          <span />
        )}
        <ExportLinks
          href={`/api/funds/${fundId}/loans/export`}
          query={{ status, lang }}
          testId="loans-export"
        />
      </Group>
      <LoanList
        fundId={fundId}
        status={status}
        filters={
          <NativeSelect
            size="md"
            label={t("loans.statusLabel")}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value)}
            data={[
              { value: "", label: t("loans.allStatuses") },
              ...LOAN_STATUSES.map((s) => ({ value: s, label: t(`loans.status.${s}`) })),
            ]}
          />
        }
        actionLabel={t("loans.openLoan")}
        onOpen={(loan) => void navigate({ to: "/loans/$loanId", params: { loanId: loan.id } })}
      />
    </Stack>
  );
}
