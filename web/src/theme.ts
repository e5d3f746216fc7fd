// The Mantine theme: Sarabun for Thai and Latin text, a calm teal, roomy line height for Thai vowels.
import { createTheme } from "@mantine/core";

const fontFamily = "Sarabun, 'Noto Sans Thai', Tahoma, system-ui, sans-serif";

export const theme = createTheme({
  fontFamily,
  headings: { fontFamily, fontWeight: "700" },
  primaryColor: "teal",
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: "md",
  lineHeights: { xs: "1.5", sm: "1.55", md: "1.6", lg: "1.6", xl: "1.6" },
  cursorType: "pointer",
});
