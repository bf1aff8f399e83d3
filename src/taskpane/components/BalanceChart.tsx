/**
 * The closing balance of each account over the days of a month, as a small line chart in the pane, with the same
 * figures as a table for those who do not read the chart. Drawn as SVG: a chart library would be most of the pane's
 * size for one chart, and the report sheet gets Excel's own chart.
 *
 * The value axis runs between round figures just outside the lowest and highest balance rather than from 0: a
 * balance of ¥50,000 that moves by ¥300 would otherwise be a flat line. Series differ by dash as well as by colour,
 * and every colour is a theme token, so the lines stay apart in high contrast, where the system sets the colours.
 */
import {
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { CalendarDate } from "../../core/dates";
import { formatMoney } from "../../core/money";
import type { ClosingSeries } from "../../jobs/funds-report";
import { useLocale, useTranslate } from "../i18n";

const WIDTH = 320;
const HEIGHT = 180;
const LEFT = 64;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 22;
const SERIES_COLORS = [
  tokens.colorBrandForeground1,
  tokens.colorPaletteRedForeground1,
  tokens.colorPaletteGreenForeground1,
  tokens.colorPaletteBerryForeground1,
  tokens.colorPaletteDarkOrangeForeground1,
  tokens.colorNeutralForeground1,
];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"];

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  axis: { stroke: tokens.colorNeutralStroke1, "@media (forced-colors: active)": { stroke: "CanvasText" } },
  label: {
    fill: tokens.colorNeutralForeground2,
    fontSize: "10px",
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  // Under forced colours every line is the system's text colour; the dashes tell them apart.
  line: { "@media (forced-colors: active)": { stroke: "CanvasText !important" } },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, margin: 0, padding: 0 },
  legendItem: { listStyle: "none", display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  table: { tableLayout: "auto" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** A round step (1, 2 or 5 × a power of ten) that cuts `span` into about four. */
function niceStep(span: number): number {
  const rough = span / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough);
  return step ?? 10 * power;
}

/** The value axis, in 分: round bounds around the values, and the ticks between them. */
export function valueAxis(values: readonly number[]): { low: number; high: number; ticks: number[] } {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    const margin = Math.max(100, Math.abs(low) / 10);
    low -= margin;
    high += margin;
  }
  const step = niceStep(high - low);
  const axisLow = Math.floor(low / step) * step;
  const axisHigh = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let tick = axisLow; tick <= axisHigh; tick += step) ticks.push(tick);
  return { low: axisLow, high: axisHigh, ticks };
}

export function BalanceChart({ series, title }: { series: ClosingSeries; title: string }) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  const tableId = useId();
  const [asTable, setAsTable] = useState(false);
  const values = series.accounts.flatMap((account) => account.closing);
  if (values.length === 0 || series.dates.length === 0) return null;
  const dayLabel = new Intl.DateTimeFormat(locale, { month: "numeric", day: "numeric", timeZone: "UTC" });
  const dateText = (date: CalendarDate) => dayLabel.format(Date.UTC(date.year, date.month - 1, date.day));
  const money = (fen: number) => formatMoney(fen, { symbol: true });
  const { low, high, ticks } = valueAxis(values);
  const x = (index: number) => LEFT + (index * (WIDTH - LEFT - RIGHT)) / Math.max(1, series.dates.length - 1);
  const y = (fen: number) => TOP + ((high - fen) * (HEIGHT - TOP - BOTTOM)) / (high - low);
  const last = series.dates.length - 1;
  const dateTicks = [...new Set([0, Math.floor(last / 2), last])];

  return (
    <figure className={styles.figure}>
      <svg role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
        {ticks.map((tick) => (
          <g key={tick}>
            <line className={styles.axis} x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} strokeOpacity={0.4} />
            <text className={styles.label} x={LEFT - 4} y={y(tick) + 3} textAnchor="end">
              {money(tick)}
            </text>
          </g>
        ))}
        <line className={styles.axis} x1={LEFT} x2={WIDTH - RIGHT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
        {dateTicks.map((index) => (
          <text
            key={index}
            className={styles.label}
            x={x(index)}
            y={HEIGHT - 6}
            textAnchor={index === 0 ? "start" : index === last ? "end" : "middle"}
          >
            {dateText(series.dates[index]!)}
          </text>
        ))}
        {series.accounts.map((account, index) => (
          <polyline
            key={account.account}
            className={styles.line}
            fill="none"
            style={{ stroke: SERIES_COLORS[index % SERIES_COLORS.length] }}
            strokeWidth={2}
            strokeDasharray={DASHES[index % DASHES.length] || undefined}
            points={account.closing.map((fen, day) => `${x(day)},${y(fen)}`).join(" ")}
          />
        ))}
      </svg>
      <ul className={styles.legend} aria-label={t("chartLegend")}>
        {series.accounts.map((account, index) => (
          <li key={account.account} className={styles.legendItem}>
            <svg width="24" height="10" aria-hidden="true">
              <line
                className={styles.line}
                x1="0"
                x2="24"
                y1="5"
                y2="5"
                strokeWidth={2}
                style={{ stroke: SERIES_COLORS[index % SERIES_COLORS.length] }}
                strokeDasharray={DASHES[index % DASHES.length] || undefined}
              />
            </svg>
            <Caption1>
              {account.account} {money(account.closing[account.closing.length - 1] ?? 0)}
            </Caption1>
          </li>
        ))}
      </ul>
      <Button
        appearance="subtle"
        size="small"
        aria-expanded={asTable}
        aria-controls={tableId}
        onClick={() => setAsTable((shown) => !shown)}
      >
        {asTable ? t("hideChartTable") : t("showChartTable")}
      </Button>
      <div id={tableId}>
        {asTable && (
          <Table size="small" className={styles.table} aria-label={title}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("chartDate")}</TableHeaderCell>
                {series.accounts.map((account) => (
                  <TableHeaderCell key={account.account}>{account.account}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {series.dates.map((date, day) => (
                <TableRow key={day}>
                  <TableCell>{dateText(date)}</TableCell>
                  {series.accounts.map((account) => (
                    <TableCell key={account.account} className={styles.number}>
                      {money(account.closing[day] ?? 0)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
    </figure>
  );
}
