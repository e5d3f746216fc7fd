// Province set-up: the responsible agencies per dimension (working groups) and the assistance menu.
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { DataTable, Table } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { useFormat } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { parseBahtInput } from "../../../lib/money-input";
import { useMe } from "../../../lib/session";
import {
  agenciesQuery,
  caseActions,
  DIMENSIONS,
  type Dimension,
  menuQuery,
  responsibilitiesQuery,
} from "../api";
import { PovertyTabs } from "../components/case-ui";

function ResponsibilityRow({
  province,
  dimension,
  selected,
  options,
}: {
  province: string;
  dimension: Dimension;
  selected: string[];
  options: { value: string; label: string }[];
}) {
  const { t } = useLanguage();
  const client = useQueryClient();
  // The order of ticking is the rank: the first ticked agency leads the working group.
  const [ids, setIds] = useState(selected);
  const save = useMutation({
    mutationFn: () => caseActions.setResponsibility({ areaCode: province, dimension, agencyIds: ids }),
    onSuccess: (table) => client.setQueryData(responsibilitiesQuery(province).queryKey, table),
  });
  const toggle = (id: string) => setIds(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
  return (
    <Stack gap={4}>
      <Text fw={600}>{t(`povertyCases.dimension.${dimension}`)}</Text>
      <Group gap="md">
        {options.map((o) => (
          <Checkbox
            key={o.value}
            label={ids.includes(o.value) ? `${ids.indexOf(o.value) + 1}. ${o.label}` : o.label}
            checked={ids.includes(o.value)}
            onChange={() => toggle(o.value)}
          />
        ))}
        <Button size="xs" variant="light" loading={save.isPending} onClick={() => save.mutate()}>
          {t("povertyCases.agencies.save")}
        </Button>
      </Group>
      {save.error && <ErrorAlert error={save.error} />}
    </Stack>
  );
}

export function AgenciesPage() {
  const { t } = useLanguage();
  const format = useFormat();
  const me = useMe();
  const client = useQueryClient();
  const [province, setProvince] = useState(me.scopeCode.slice(0, 2) || "40");
  const agencies = useQuery(agenciesQuery(province));
  const table = useQuery(responsibilitiesQuery(province));
  const menu = useQuery(menuQuery(province));
  const options = (agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.nameTh }));
  const [form, setForm] = useState({
    code: "",
    nameTh: "",
    dimension: "income",
    agencyId: "",
    value: "0",
    unit: "",
    notes: "",
  });
  const add = useMutation({
    mutationFn: () => {
      const value = parseBahtInput(form.value);
      return caseActions.addMenuItem({
        areaCode: province,
        code: form.code,
        nameTh: form.nameTh,
        dimension: form.dimension as Dimension,
        agencyId: form.agencyId,
        unitValueSatang: value.ok ? value.value : value.error === "zero" ? 0 : -1,
        unit: form.unit,
        ...(form.notes ? { eligibilityNotes: form.notes } : {}),
      });
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: menuQuery(province).queryKey }),
  });
  const agencyName = new Map(options.map((o) => [o.value, o.label]));
  return (
    <Stack gap="md">
      <PageHeader title={t("povertyCases.agencies.title")} />
      <PovertyTabs active="agencies" canConfigure />
      <TextInput
        label={t("povertyCases.agencies.province")}
        defaultValue={province}
        w={220}
        onBlur={(e) => /^\d{2}$/.test(e.currentTarget.value) && setProvince(e.currentTarget.value)}
      />
      {(agencies.error || table.error || menu.error) && (
        <ErrorAlert error={agencies.error ?? table.error ?? menu.error} />
      )}
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {t("povertyCases.agencies.table")}
        </Title>
        <Stack gap="xs">
          {table.data &&
            DIMENSIONS.map((d) => (
              <ResponsibilityRow
                key={`${province}-${d}`}
                province={province}
                dimension={d}
                options={options}
                selected={
                  table.data.dimensions.find((x) => x.dimension === d)?.agencies.map((a) => a.id) ?? []
                }
              />
            ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {t("povertyCases.agencies.menu")}
        </Title>
        <DataTable minWidth={760} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("povertyCases.agencies.code")}</Table.Th>
              <Table.Th>{t("povertyCases.agencies.name")}</Table.Th>
              <Table.Th>{t("povertyCases.filters.dimension")}</Table.Th>
              <Table.Th>{t("povertyCases.case.agency")}</Table.Th>
              <Table.Th>{t("povertyCases.agencies.unitValue")}</Table.Th>
              <Table.Th>{t("povertyCases.agencies.notes")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(menu.data?.items ?? []).map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.code}</Table.Td>
                <Table.Td>{m.nameTh}</Table.Td>
                <Table.Td>{t(`povertyCases.dimension.${m.dimension}`)}</Table.Td>
                <Table.Td>{agencyName.get(m.agencyId) ?? ""}</Table.Td>
                <Table.Td>
                  {format.money(m.unitValueSatang)} / {m.unit}
                </Table.Td>
                <Table.Td>{m.eligibilityNotes ?? ""}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
        <Text fw={600} mt="md">
          {t("povertyCases.agencies.addMenu")}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 4 }} spacing="xs">
          <TextInput
            label={t("povertyCases.agencies.code")}
            value={form.code}
            onChange={(e) => setForm({ ...form, code: e.currentTarget.value })}
          />
          <TextInput
            label={t("povertyCases.agencies.name")}
            value={form.nameTh}
            onChange={(e) => setForm({ ...form, nameTh: e.currentTarget.value })}
          />
          <NativeSelect
            label={t("povertyCases.filters.dimension")}
            value={form.dimension}
            onChange={(e) => setForm({ ...form, dimension: e.currentTarget.value })}
            data={DIMENSIONS.map((d) => ({ value: d, label: t(`povertyCases.dimension.${d}`) }))}
          />
          <NativeSelect
            label={t("povertyCases.case.agency")}
            value={form.agencyId}
            onChange={(e) => setForm({ ...form, agencyId: e.currentTarget.value })}
            data={[{ value: "", label: "—" }, ...options]}
          />
          <TextInput
            label={t("povertyCases.agencies.unitValue")}
            value={form.value}
            onChange={(e) => setForm({ ...form, value: e.currentTarget.value })}
          />
          <TextInput
            label={t("povertyCases.agencies.unit")}
            value={form.unit}
            onChange={(e) => setForm({ ...form, unit: e.currentTarget.value })}
          />
          <TextInput
            label={t("povertyCases.agencies.notes")}
            value={form.notes}
            onChange={(e) => setForm({ ...form, notes: e.currentTarget.value })}
          />
          <Button mt="auto" loading={add.isPending} onClick={() => add.mutate()}>
            {t("povertyCases.case.add")}
          </Button>
        </SimpleGrid>
        {add.error && <ErrorAlert error={add.error} />}
      </Paper>
    </Stack>
  );
}
