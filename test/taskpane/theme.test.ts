/**
 * The pane's theme from Office's colours, the chart's value axis, and the English plurals of the pane's catalog.
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { valueAxis } from "../../src/taskpane/components/BalanceChart";
import { translator, uiCatalogs } from "../../src/taskpane/i18n";
import { contrastRatio, fluentTheme, keepsContrast } from "../../src/taskpane/theme";

describe("fluentTheme", () => {
  test("without Office's colours (Excel on the web), Fluent's light theme", () => {
    expect(fluentTheme(undefined)).toBe(webLightTheme);
  });

  test("Black: the whole dark theme on Office's black", () => {
    const theme = fluentTheme({ bodyBackgroundColor: "#000000", isDarkTheme: true });
    expect(theme.colorNeutralForeground3).toBe(webDarkTheme.colorNeutralForeground3);
    expect(theme.colorNeutralBackground1).toBe("#000000");
  });

  test("Dark Gray: Office's mid grey would lose contrast, so the dark theme keeps its own background", () => {
    expect(keepsContrast(webDarkTheme, "#6A6A6A")).toBe(false);
    expect(fluentTheme({ bodyBackgroundColor: "#6A6A6A", isDarkTheme: true })).toBe(webDarkTheme);
  });

  test("a dark background is told from its luminance where Office does not say", () => {
    expect(fluentTheme({ bodyBackgroundColor: "#262626" }).colorNeutralForeground1).toBe(
      webDarkTheme.colorNeutralForeground1,
    );
  });

  test("contrast ratios as WCAG defines them", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21);
    expect(contrastRatio("#767676", "#FFFFFF")).toBeCloseTo(4.54, 2);
  });
});

describe("the chart's value axis", () => {
  test("round bounds just outside the balances, not from 0", () => {
    expect(valueAxis([5_000_000, 5_030_000])).toEqual({
      low: 5_000_000,
      high: 5_030_000,
      ticks: [5_000_000, 5_010_000, 5_020_000, 5_030_000],
    });
  });

  test("a flat line gets room around it", () => {
    const axis = valueAxis([100_000, 100_000]);
    expect(axis.low).toBeLessThan(100_000);
    expect(axis.high).toBeGreaterThan(100_000);
  });
});

describe("the pane's catalogs", () => {
  test("English counts agree with their nouns", () => {
    const t = translator("en-US");
    expect(t("checkedWithFindings", { count: 1, findings: 1 })).toBe("Checked 1 row: 1 problem found.");
    expect(t("checkedWithFindings", { count: 7, findings: 2 })).toBe("Checked 7 rows: 2 problems found.");
  });

  test("no English text is left in Chinese but the terms it explains", () => {
    const hanOnly = Object.entries(uiCatalogs["en-US"]).filter(([, text]) => /^[^A-Za-z]*$/.test(text));
    expect(hanOnly.map(([id]) => id)).toEqual([]);
  });
});
