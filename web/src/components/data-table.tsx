// A light table that scrolls sideways on narrow screens. Mantine's Table always bundles its JS scroll
// area and popover positioning code, which would cost every list page ~12 KB gzip of first-load script.
import { Box, type BoxProps, type ElementProps } from "@mantine/core";
import type { ReactNode } from "react";

interface DataTableProps extends ElementProps<"table"> {
  minWidth: number;
  striped?: boolean;
  highlightOnHover?: boolean;
  verticalSpacing?: "xs" | "sm";
  children: ReactNode;
}

export function DataTable({
  minWidth,
  striped = false,
  highlightOnHover = false,
  verticalSpacing = "xs",
  children,
  ...rest
}: DataTableProps) {
  const classes = ["data-table", `data-table-${verticalSpacing}`];
  if (striped) classes.push("data-table-striped");
  if (highlightOnHover) classes.push("data-table-hover");
  return (
    <div className="data-table-scroll">
      <table className={classes.join(" ")} style={{ minWidth }} {...rest}>
        {children}
      </table>
    </div>
  );
}

type SectionProps = BoxProps & ElementProps<"thead">;
type RowProps = BoxProps & ElementProps<"tr">;
type CellProps = BoxProps & ElementProps<"td">;
type HeaderCellProps = BoxProps & ElementProps<"th">;

export const Table = {
  Thead: (props: SectionProps) => <Box component="thead" {...props} />,
  Tbody: (props: SectionProps) => <Box component="tbody" {...props} />,
  Tr: (props: RowProps) => <Box component="tr" {...props} />,
  Th: (props: HeaderCellProps) => <Box component="th" scope="col" {...props} />,
  Td: (props: CellProps) => <Box component="td" {...props} />,
};
