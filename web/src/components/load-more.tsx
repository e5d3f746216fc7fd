// The "load more" footer of a cursor-paginated list.
import { Button, Group, Text } from "@mantine/core";
import { formatCount } from "../lib/format";
import { useLanguage } from "../lib/i18n";

interface LoadMoreProps {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

export function LoadMore({ shown, hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useLanguage();
  return (
    <Group justify="space-between" mt="sm" wrap="wrap" gap="xs">
      <Text size="sm" c="dimmed">
        {hasMore
          ? t("list.shownMore", { count: formatCount(shown) })
          : t("list.shownAll", { count: formatCount(shown) })}
      </Text>
      {hasMore && (
        <Button variant="light" onClick={onLoadMore} loading={loading} data-testid="load-more">
          {t("list.loadMore")}
        </Button>
      )}
    </Group>
  );
}
