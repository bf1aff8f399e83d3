/**
 * The pane follows Office's theme where the host gives one (Office.context.officeTheme on desktop), so it does not
 * glare white inside a dark Excel. Without one (Excel on the web, the test harness) it uses Fluent's web light theme.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  isDarkTheme?: boolean;
}

/** Relative luminance of "#rrggbb" (WCAG), to tell a dark Office theme from a light one on older hosts. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export function fluentTheme(office: OfficeThemeColors | undefined): Theme {
  const background = office?.bodyBackgroundColor;
  if (!office || !background || !HEX_COLOR.test(background)) return webLightTheme;
  const dark = office.isDarkTheme ?? luminance(background) < 0.4;
  const base = dark ? webDarkTheme : webLightTheme;
  const foreground =
    office.bodyForegroundColor && HEX_COLOR.test(office.bodyForegroundColor) ? office.bodyForegroundColor : undefined;
  return {
    ...base,
    colorNeutralBackground1: background,
    ...(foreground ? { colorNeutralForeground1: foreground } : {}),
  };
}
