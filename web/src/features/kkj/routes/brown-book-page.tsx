// The brown book (สมุดสีน้ำตาล, เล่ม 6): part 1 the district's กข.คจ. villages, part 2 the handovers between
// officers (an officer of the area records one; the village status is frozen in it), part 3 the village
// status now.
import { Alert, Button, Group, Loader, Paper, Spoiler, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { LoadMore } from "../../../components/load-more";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { brownBookQuery, type Handover } from "../api";
import { BookBand, useBaht, useKkjAccess } from "../components/kkj-ui";
import { VillageStatusView } from "../components/village-status";

const route = getRouteApi("/signed-in/funds/$fundId/kkj/books/brown");
// Loaded after the page: this page's first load sits at the 200 KB budget (npm run budget:web).
const ExportLinks = lazy(() =>
  import("../../../components/document-links").then((m) => ({ default: m.ExportLinks })),
);
// The form pulls in inputs the book itself does not need: it loads when an officer starts a handover.
const HandoverForm = lazy(() =>
  import("../components/handover-form").then((m) => ({ default: m.HandoverForm })),
);
const PrintButton = lazy(() =>
  import("../../../components/document-links").then((m) => ({ default: m.PrintButton })),
);

function HandoverCard({ handover }: { handover: Handover }) {
  const { t } = useLanguage();
  const format = useFormat();
  const baht = useBaht();
  const s = handover.snapshot;
  return (
    <Paper withBorder p="sm" data-testid="handover-card">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={700}>{format.dateLong(handover.handedOn)}</Text>
          <Suspense fallback={null}>
            <PrintButton
              href={`/api/funds/${handover.fundId}/kkj/handovers/${handover.id}/pdf`}
              testId="handover-pdf"
            />
          </Suspense>
        </Group>
        <Text size="sm">
          {t("books.brown.fromTo", {
            from: `${handover.fromName} (${handover.fromPosition})`,
            to: `${handover.toName} (${handover.toPosition})`,
          })}
        </Text>
        {handover.notes && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
            {handover.notes}
          </Text>
        )}
        <Text size="sm">
          {t("books.brown.snapshotLine", {
            targets: format.count(s.targetHouseholds),
            borrowers: format.count(s.borrowerHouseholds),
            total: baht(s.totalFundSatang),
            missing: baht(s.missingSatang),
          })}
        </Text>
        <Spoiler maxHeight={0} showLabel={t("books.brown.showSnapshot")} hideLabel={t("kkj.showLess")}>
          <VillageStatusView status={s} />
        </Spoiler>
      </Stack>
    </Paper>
  );
}

export function BrownBookPage() {
  const { fundId } = route.useParams();
  const { t, lang } = useLanguage();
  const format = useFormat();
  const baht = useBaht();
  const access = useKkjAccess(fundId);
  const book = useInfiniteQuery(brownBookQuery(fundId));
  const [recording, setRecording] = useState(false);
  const first = book.data?.pages[0];
  const villages = book.data?.pages.flatMap((p) => p.part1.items) ?? [];
  return (
    <Stack gap="md" className="kkj-printable kkj-landscape">
      <BookBand
        book="brown"
        fundName={access.detail?.fund.name}
        extra={
          <Button
            variant="white"
            color="dark"
            size="xs"
            onClick={() => window.print()}
            className="kkj-no-print"
          >
            {t("kkj.print")}
          </Button>
        }
      />
      <Group justify="flex-end" className="kkj-no-print">
        <Suspense fallback={null}>
          <ExportLinks
            href={`/api/funds/${fundId}/kkj/books/brown/export`}
            query={{ lang }}
            testId="brown-book-export"
          />
        </Suspense>
      </Group>
      <ErrorAlert error={book.error} />
      {book.isPending ? (
        <Loader size="sm" />
      ) : first ? (
        <>
          <Title order={3} size="h4">
            {t("books.brown.part1", { district: first.part1.districtName })}
          </Title>
          <DataTable minWidth={720} striped data-testid="brown-villages">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("books.brown.village")}</Table.Th>
                <Table.Th>{t("books.brown.fundName")}</Table.Th>
                <Table.Th className="num">{t("books.brown.yearFunded")}</Table.Th>
                <Table.Th className="num">{t("books.brown.capital")}</Table.Th>
                <Table.Th>{t("kkj.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {villages.map((v) => (
                <Table.Tr key={v.fundId} fw={v.fundId === fundId ? 700 : undefined}>
                  <Table.Td>
                    {v.villageName}
                    <Text size="xs" c="dimmed">
                      {v.villageCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>{v.fundName}</Table.Td>
                  <Table.Td className="num">{v.yearFunded}</Table.Td>
                  <Table.Td className="num">{format.money(v.originalCapitalSatang)}</Table.Td>
                  <Table.Td>{t(`books.brown.fundStatus.${v.status}`, { defaultValue: v.status })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          <div className="kkj-no-print">
            <LoadMore
              shown={villages.length}
              hasMore={book.hasNextPage}
              loading={book.isFetchingNextPage}
              onLoadMore={() => void book.fetchNextPage()}
            />
          </div>

          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h4">
              {t("books.brown.part2")}
            </Title>
            {access.isOfficer && !recording && (
              <Button
                variant="light"
                onClick={() => setRecording(true)}
                className="kkj-no-print"
                data-testid="handover-add"
              >
                {t("books.brown.recordHandover")}
              </Button>
            )}
          </Group>
          {recording && (
            <Suspense fallback={<Loader size="sm" />}>
              <HandoverForm fundId={fundId} onDone={() => setRecording(false)} />
            </Suspense>
          )}
          {first.part2.length === 0 ? (
            <Text c="dimmed">{t("books.brown.noHandovers")}</Text>
          ) : (
            first.part2.map((h) => <HandoverCard key={h.id} handover={h} />)
          )}

          <Title order={3} size="h4">
            {t("books.brown.part3")}
          </Title>
          {recording && (
            <Alert color="blue" variant="light">
              {t("books.brown.frozenNote")}
            </Alert>
          )}
          <VillageStatusView status={first.part3} testId="village-status" />
          <Text size="xs" c="dimmed">
            {t("books.brown.capitalNote", { amount: baht(first.part3.originalCapitalSatang) })}
          </Text>
        </>
      ) : null}
    </Stack>
  );
}
