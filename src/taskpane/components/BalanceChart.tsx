/**
 * The closing balance of each account over the days of a month, as a small line chart in the pane. Drawn as SVG:
 * a chart library would be most of the pane's size for one chart, and the report sheet gets Excel's own chart.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { formatMoney } from "../../core/money";
import type { ClosingSeries } from "../../jobs/funds-report";

const WIDTH = 320;
const HEIGHT = 160;
const PAD = 8;
const COLORS = ["#0F6CBD", "#C50F1F", "#107C10", "#8764B8", "#CA5010", "#038387"];

const useStyles = makeStyles({
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px" },
});

export function BalanceChart({ series, title }: { series: ClosingSeries; title: string }) {
  const styles = useStyles();
  const values = series.accounts.flatMap((account) => account.closing);
  if (values.length === 0) return null;
  const low = Math.min(0, ...values);
  const high = Math.max(...values, low + 1);
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / Math.max(1, series.dates.length - 1);
  const y = (fen: number) => HEIGHT - PAD - ((fen - low) * (HEIGHT - 2 * PAD)) / (high - low);
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
        <line x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} stroke="#C8C6C4" />
        {series.accounts.map((account, index) => (
          <polyline
            key={index}
            fill="none"
            stroke={COLORS[index % COLORS.length]}
            strokeWidth={2}
            points={account.closing.map((fen, day) => `${x(day)},${y(fen)}`).join(" ")}
          >
            <title>{`${account.account}: ${formatMoney(account.closing[account.closing.length - 1] ?? 0, { symbol: true })}`}</title>
          </polyline>
        ))}
      </svg>
      <figcaption className={styles.legend}>
        {series.accounts.map((account, index) => (
          <Caption1 key={index}>
            <span className={styles.swatch} style={{ background: COLORS[index % COLORS.length] }} />
            {account.account} {formatMoney(account.closing[account.closing.length - 1] ?? 0, { symbol: true })}
          </Caption1>
        ))}
      </figcaption>
    </figure>
  );
}
