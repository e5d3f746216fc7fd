// The title block of a page: breadcrumbs, title, subtitle and actions.
import { Breadcrumbs, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  breadcrumbs?: ReactNode[];
  actions?: ReactNode;
  titleTestId?: string;
}

export function PageHeader({ title, subtitle, breadcrumbs, actions, titleTestId }: PageHeaderProps) {
  return (
    <Stack gap={4} mb="md">
      {breadcrumbs && breadcrumbs.length > 0 && (
        <Breadcrumbs separatorMargin={4} style={{ flexWrap: "wrap", rowGap: 4 }}>
          {breadcrumbs}
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={2} data-testid={titleTestId} style={{ overflowWrap: "anywhere" }}>
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" size="sm" component="div">
              {subtitle}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </Stack>
  );
}
