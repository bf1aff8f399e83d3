/**
 * The charts of a workbook as LibreOffice Calc reads them (test/support/libreoffice-charts.py): proof that the chart
 * parts the file host adds are a chart another program understands, over the ranges meant.
 */
import { runUnoScript } from "./libreoffice-uno";

export interface OfficeChart {
  sheet: string;
  /** The cell the chart's top-left corner is anchored to, 0-based. */
  at: { row: number; column: number } | null;
  title: string | null;
  /** chart2's chart type, such as "com.sun.star.chart2.LineChartType". */
  type: string;
  /** Calc's range notation: "$'资金日报表 2026-03'.$A$5:$A$35". */
  categories: string | null;
  series: { name: string | null; nameRange: string | null; values: string; computed: number[] }[];
}

export async function officeCharts(xlsx: Buffer): Promise<OfficeChart[]> {
  return (await runUnoScript("libreoffice-charts.py", xlsx)) as OfficeChart[];
}
