/**
 * The pane's Fluent theme, from what Office says of its own (Office.context.officeTheme, given on Windows desktop):
 * - a dark Office theme (Dark Gray, Black): the whole of Fluent's dark theme, not a light theme with a dark
 *   background, so that every text and border token is made for dark;
 * - otherwise Fluent's light theme.
 * Office's own background is taken over only where every text colour of the theme keeps 4.5:1 on it (WCAG AA); Dark
 * Gray's mid grey does not, and there the pane keeps Fluent's darker background rather than lose contrast.
 * Windows high contrast reaches the pane as the browser's forced colours: the system then sets the colours, and
 * Fluent's components carry their own forced-colors styles (focus, hover, selection in system colours). Fluent's
 * teamsHighContrastTheme is not used there: its hover colours are its own (2.9:1 on a subtle button under forced
 * colours, axe), where the system's are right. The pane's own drawings (the chart) follow forced colours themselves.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  isDarkTheme?: boolean;
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** Relative luminance of "#rrggbb" (WCAG 2). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colours the pane puts on its background: body text, hints, links, and the findings' severities. */
const TEXT_TOKENS = [
  "colorNeutralForeground1",
  "colorNeutralForeground2",
  "colorNeutralForeground3",
  "colorBrandForeground1",
  "colorBrandForegroundLink",
  "colorPaletteRedForeground1",
  "colorPaletteDarkOrangeForeground1",
  "colorPaletteGreenForeground1",
] as const satisfies readonly (keyof Theme)[];

const AA_TEXT = 4.5;

/** Whether every text colour of `theme` reads on `background` at AA. */
export function keepsContrast(theme: Theme, background: string): boolean {
  return TEXT_TOKENS.every((token) => {
    const color = theme[token];
    return !HEX_COLOR.test(color) || contrastRatio(color, background) >= AA_TEXT;
  });
}

export function fluentTheme(office: OfficeThemeColors | undefined): Theme {
  const background = office?.bodyBackgroundColor;
  if (!background || !HEX_COLOR.test(background)) return webLightTheme;
  const dark = office.isDarkTheme ?? luminance(background) < 0.4;
  const base = dark ? webDarkTheme : webLightTheme;
  return keepsContrast(base, background) ? { ...base, colorNeutralBackground1: background } : base;
}
