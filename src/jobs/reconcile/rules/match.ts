/**
 * The matching engine (DOMAIN §5): pairs book entries with statement lines as the cashier modules of accounting
 * packages do, and says which it could not pair for certain. Pure and deterministic: the same lines in the same order
 * always give the same matches.
 *
 * 1. One to one. Only lines of the same direction and the same amount in 分 can match, so the lines are put in
 *    buckets by (direction, amount) and nothing is compared across buckets: 100,000 lines a side cost a hash each,
 *    not 10¹⁰ comparisons. Within a bucket a pair is a candidate when its dates are within the window (a carried
 *    未达账项 may be any age: it is waiting for this month's line). Pairs are then settled in order of certainty:
 *    a 票据号 found on both sides; then, group by group of lines connected through candidates, each other's only
 *    candidate; each other's strictly best candidate (similar counterparty and summary first, then a carried item,
 *    then the closer date); candidates that nothing tells apart at all (same day, no number, no telling text), which
 *    are interchangeable and paired in order; and, where only the dates tell a group apart (a fee or the rent that
 *    recurs all month), the one best assignment by dates (assignByDates), pair by pair only where it is the same in
 *    every best assignment. Whatever is left with candidates is ambiguous: reported for the cashier, never guessed.
 * 2. Groups, among the lines still free and not ambiguous: one statement line that several book entries add up to
 *    within the window (a day's deposits banked together), then one book entry that several statement lines add up
 *    to (a payroll batch the bank debits line by line). The subset search is bounded (the nearest candidates, a
 *    few members, a budget of steps); a line with more than one such set, or whose members another line's set also
 *    needs, is ambiguous.
 * No line is ever in two matches.
 */
import { dateToSerial, dayNumber } from "../../../core/dates";
import { normalizedLabel } from "../../../core/header";
import type { Ambiguity, Item, Match, MatchResult, MatchRule, MatchSettings } from "../model";

/** The nearest candidates a group is sought among, the most members it may have, and the steps the search may take. */
const GROUP_CANDIDATES = 16;
const GROUP_MAX_MEMBERS = 6;
const GROUP_SEARCH_STEPS = 20_000;
/** Below this bucket size every pair is compared; above it, only dates in the window are looked at. */
const BRUTE_FORCE_PAIRS = 1024;

const FREE = 0;
const MATCHED = 1;
const AMBIGUOUS = 2;

// Weights of a candidate pair's score, each far above the next so that they decide in this order.
const NUMBER_WEIGHT = 1_000_000;
const SIMILARITY_WEIGHT = 1_000;
const CARRIED_WEIGHT = 500;
const MAX_DAYS_PENALTY = 499;

/** Letters and digits of a 票据号, without leading zeros: "No. 00012345" and "12345" are the same cheque. */
function numberKey(text: string): string {
  if (text === "") return ""; // most lines have none: spare them the normalising
  const key = normalizedLabel(text)
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, "")
    .replace(/^(?:NO)?0*/, "");
  return key.length >= 3 ? key : "";
}

const searchable = (text: string) => normalizedLabel(text).toUpperCase();

/**
 * ASCII punctuation and symbols, general punctuation (‐ – — ‘ ’ “ ” …) and CJK punctuation (、。「」【】); written out
 * because Unicode property escapes (\p{P}) are ES2018 and the pane's bundles are ES2017. Full-width forms are
 * already half-width after normalizedLabel.
 */
const PUNCTUATION = /[!-/:-@[-`{-~\u2010-\u205f\u3000-\u303f]/g;

/** Character pairs of a text, for the Dice similarity of Chinese names and summaries (no word breaks to split on). */
function bigrams(text: string): Set<string> {
  const clean = normalizedLabel(text).replace(PUNCTUATION, "");
  const pairs = new Set<string>();
  if (clean.length === 1) pairs.add(clean);
  for (let i = 0; i + 1 < clean.length; i++) pairs.add(clean.slice(i, i + 2));
  return pairs;
}

/** Dice coefficient in tenths, 0 below 0.3 (a shared 公司 or 货款 says nothing). */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  if (a.size <= b.size) for (const pair of a) shared += b.has(pair) ? 1 : 0;
  else for (const pair of b) shared += a.has(pair) ? 1 : 0;
  const dice = (2 * shared) / (a.size + b.size);
  return dice < 0.3 ? 0 : Math.floor(dice * 10);
}

/**
 * What the engine keeps of each line: its day as a serial, its bucket key, whether it is carried, and texts prepared
 * on first use. The line objects are read once, here: at 100,000 lines a side each further pass over them cost
 * tens of milliseconds of cache misses (bench/reconcile.ts).
 */
class Side {
  readonly day: Int32Array;
  /** amount × 2 + 1 for "in": amounts stay far below 2⁵², so the key is exact. */
  readonly key: Float64Array;
  readonly carried: Uint8Array;
  readonly state: Uint8Array;
  private readonly numbers: string[] = [];
  private readonly texts: (string | undefined)[];
  private readonly summaryPairs: (Set<string> | undefined)[];
  private readonly partyPairs: (Set<string> | undefined)[];

  constructor(readonly items: readonly Item[]) {
    this.day = new Int32Array(items.length);
    this.key = new Float64Array(items.length);
    this.carried = new Uint8Array(items.length);
    this.state = new Uint8Array(items.length);
    // Lines come in date order, or near it: a day's serial is computed once.
    let lastDay = -1;
    let lastSerial = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const day = dayNumber(item.date);
      if (day !== lastDay) ((lastDay = day), (lastSerial = dateToSerial(item.date)));
      this.day[i] = lastSerial;
      this.numbers.push(numberKey(item.number));
      this.key[i] = item.amount * 2 + (item.flow === "in" ? 1 : 0);
      this.carried[i] = item.carried ? 1 : 0;
    }
    this.texts = new Array(items.length);
    this.summaryPairs = new Array(items.length);
    this.partyPairs = new Array(items.length);
  }

  number(i: number): string {
    return this.numbers[i]!;
  }

  /** Summary, counterparty and number as one text a number of the other side may be found in. */
  text(i: number): string {
    const item = this.items[i]!;
    return (this.texts[i] ??= searchable(`${item.summary} ${item.counterparty} ${item.number}`));
  }

  summary(i: number): Set<string> {
    return (this.summaryPairs[i] ??= bigrams(this.items[i]!.summary));
  }

  /** The counterparty, or the summary where none is given: journals write 收A公司货款 in the 摘要. */
  party(i: number): Set<string> {
    const item = this.items[i]!;
    return (this.partyPairs[i] ??= item.counterparty === "" ? this.summary(i) : bigrams(item.counterparty));
  }
}

/** Whether book entry b and statement line s are near enough in time; a carried item waits for a later line. */
function inWindow(book: Side, b: number, statement: Side, s: number, window: number): boolean {
  const apart = statement.day[s]! - book.day[b]!;
  if (apart >= -window && apart <= window) return true;
  return (book.carried[b] === 1 && apart > window) || (statement.carried[s] === 1 && apart < -window);
}

function numbersAgree(book: Side, b: number, statement: Side, s: number): boolean {
  const bookNumber = book.number(b);
  const lineNumber = statement.number(s);
  if (bookNumber !== "" && bookNumber === lineNumber) return true;
  return (
    (bookNumber.length >= 4 && statement.text(s).includes(bookNumber)) ||
    (lineNumber.length >= 4 && book.text(b).includes(lineNumber))
  );
}

function lowerBound(sorted: readonly number[], days: Int32Array, day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[sorted[mid]!]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The candidate pairs of one (direction, amount) bucket, as parallel arrays, and what is known of each. */
interface Bucket {
  pairs: { b: number[]; s: number[] };
  byBook: Map<number, number[]>;
  byLine: Map<number, number[]>;
  score: Float64Array;
  evidence: Float64Array;
  /** The stamp of the last group search that found each pair (component). */
  found: Int32Array;
}

/** Lines connected through free candidate pairs, and those pairs. */
interface Group {
  books: number[];
  lines: number[];
  pairs: number[];
}

const byDay = (side: Side) => (x: number, y: number) => side.day[x]! - side.day[y]! || x - y;

/**
 * The most corners the dates' assignment keeps (pairs of lines within each other's window, about lines × lines in a
 * window); a larger group stays ambiguous. The bench's busiest group (a fee charged twice a day all year) keeps 12,386.
 */
const DATES_MAX_CELLS = 2_000_000;

/**
 * The pairs of a group that only the dates can decide (every pair equal in number, text and carried evidence, no
 * carried item), and the lines the dates leave undecided, in groups that compete for each other.
 *
 * The best assignment is the one that pairs the most lines, and among those the one whose dates are closest, by the
 * sum of the squared days apart. Squares, not plain days: with days, pairing 1→3, 2→4 costs what 1→4, 2→3 does, so
 * almost every month would be a tie; with squares the assignment that keeps both sides in order wins, as the bank
 * clears cheques in the order they were written. Whenever two assignments are equally good a line has two fates, and
 * it is left undecided: nothing is guessed. Lines of one side on one day are interchangeable (nothing tells them
 * apart), so only the last of a day's lines are ever left unmatched: otherwise each would count as a fate of its own.
 *
 * With squared days the best assignments never cross (two crossing pairs uncrossed are as near in the window and
 * strictly closer), so they are found among the assignments that keep both sides in date order, by a table over the
 * first i book lines and the first j statement lines: forward, the best value of each corner; backward, the best of
 * what follows it. A pair is in some best assignment when forward + pair + backward is the best value; a line is
 * decided when exactly one fate (a partner, or none) is in some best assignment.
 */
export function assignByDates(
  books: readonly number[],
  lines: readonly number[],
  book: { day: Int32Array },
  statement: { day: Int32Array },
  window: number,
): { pairs: [number, number][]; undecided: { book: number[]; statement: number[] }[] } | null {
  const n = books.length;
  const m = lines.length;
  const dayB = Int32Array.from(books, (i) => book.day[i]!);
  const dayS = Int32Array.from(lines, (j) => statement.day[j]!);
  // The end of each line's day among its side's lines.
  const ends = (days: Int32Array) => {
    const end = new Int32Array(days.length);
    for (let k = days.length - 1; k >= 0; k--)
      end[k] = k + 1 < days.length && days[k + 1] === days[k] ? end[k + 1]! : k + 1;
    return end;
  };
  const endB = ends(dayB);
  const endS = ends(dayS);
  // The first line of the other side each line can still be paired with ([lo, hi) is its window), and the first
  // book line a statement line can be paired with.
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  const firstB = new Int32Array(m);
  for (let i = 0, a = 0, b = 0; i < n; i++) {
    while (a < m && dayS[a]! < dayB[i]! - window) a++;
    while (b < m && dayS[b]! <= dayB[i]! + window) b++;
    lo[i] = a;
    hi[i] = b;
  }
  for (let j = 0, a = 0; j < m; j++) {
    while (a < n && dayB[a]! < dayS[j]! - window) a++;
    firstB[j] = a;
  }
  // The table holds only the corners (i, j) where book line i and statement line j are in each other's window; from
  // any other corner the next step is forced (a line no later line can be paired with is left unmatched), so it is
  // followed to the corner it leads to. At 500 lines a side this is 30 cells a row instead of 500.
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i]! + hi[i]! - lo[i]!;
  const cells = offset[n]!;
  if (cells > DATES_MAX_CELLS) return null;
  // Corners where one side is used up are kept apart: (n, j) at cells + j, (i, m) at cells + m + 1 + i.
  const size = cells + m + 1 + n;
  const cornerOf = (i: number, j: number) =>
    i === n ? cells + j : j === m ? cells + m + 1 + i : offset[i]! + j - lo[i]!;
  /** The corner the forced steps from (i, j) lead to; with `marks`, the lines they leave unmatched are marked. */
  const follow = (i: number, j: number, marks?: { b: Int32Array; s: Int32Array }): number => {
    while (i < n && j < m) {
      if (j < lo[i]!) {
        if (marks) (marks.s[j]!++, marks.s[lo[i]!]!--);
        j = lo[i]!;
      } else if (j >= hi[i]!) {
        if (marks) (marks.b[i]!++, marks.b[firstB[j]!]!--);
        i = firstB[j]!;
      } else break;
    }
    return cornerOf(i, j);
  };
  // One more pair always outweighs any sum of squared days: the most pairs first, then the closest dates.
  const pairWeight = window * window * Math.min(n, m) + 1;
  const weight = (i: number, j: number) => pairWeight - (dayS[j]! - dayB[i]!) ** 2;
  const forward = new Float64Array(size).fill(-Infinity);
  const backward = new Float64Array(size); // 0 where one side is used up: what is left stays unmatched
  const start = follow(0, 0);
  forward[start] = 0;
  const raise = (at: number, value: number) => {
    if (value > forward[at]!) forward[at] = value;
  };
  for (let i = 0; i < n; i++)
    for (let j = lo[i]!; j < hi[i]!; j++) {
      const value = forward[offset[i]! + j - lo[i]!]!;
      if (value === -Infinity) continue;
      raise(follow(i + 1, j + 1), value + weight(i, j));
      // Leaving a line unmatched leaves the rest of its day's lines unmatched too (they are interchangeable).
      raise(follow(endB[i]!, j), value);
      raise(follow(i, endS[j]!), value);
    }
  for (let i = n - 1; i >= 0; i--)
    for (let j = hi[i]! - 1; j >= lo[i]!; j--)
      backward[offset[i]! + j - lo[i]!] = Math.max(
        weight(i, j) + backward[follow(i + 1, j + 1)]!,
        backward[follow(endB[i]!, j)]!,
        backward[follow(i, endS[j]!)]!,
      );
  const best = backward[start]!;
  // What each line may become in some best assignment: a count of partners, and a difference array of the runs of
  // lines left unmatched.
  const fatesB = new Int32Array(n);
  const fatesS = new Int32Array(m);
  const partnerB = new Int32Array(n).fill(-1);
  const marks = { b: new Int32Array(n + 1), s: new Int32Array(m + 1) };
  const possible: [number, number][] = [];
  follow(0, 0, marks);
  for (let i = 0; i < n; i++)
    for (let j = lo[i]!; j < hi[i]!; j++) {
      const value = forward[offset[i]! + j - lo[i]!]!;
      if (value === -Infinity) continue;
      if (value + weight(i, j) + backward[follow(i + 1, j + 1)]! === best) {
        fatesB[i]!++;
        fatesS[j]!++;
        partnerB[i] = j;
        possible.push([i, j]);
        follow(i + 1, j + 1, marks);
      }
      if (value + backward[follow(endB[i]!, j)]! === best) {
        (marks.b[i]!++, marks.b[endB[i]!]!--);
        follow(endB[i]!, j, marks);
      }
      if (value + backward[follow(i, endS[j]!)]! === best) {
        (marks.s[j]!++, marks.s[endS[j]!]!--);
        follow(i, endS[j]!, marks);
      }
    }
  // A corner where one side is used up on a best path leaves the rest of the other side unmatched.
  for (let j = 0; j < m; j++) if (forward[cells + j] === best) (marks.s[j]!++, marks.s[m]!--);
  for (let i = 0; i < n; i++) if (forward[cells + m + 1 + i] === best) (marks.b[i]!++, marks.b[n]!--);
  for (let i = 0, open = 0; i < n; i++) if ((open += marks.b[i]!) > 0) fatesB[i]!++;
  for (let j = 0, open = 0; j < m; j++) if ((open += marks.s[j]!) > 0) fatesS[j]!++;
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const j = partnerB[i]!;
    if (fatesB[i] === 1 && j >= 0 && fatesS[j] === 1) pairs.push([books[i]!, lines[j]!]);
  }
  // The undecided lines, grouped by the pairs some best assignment makes between them.
  const root = new Int32Array(n + m).map((_, k) => k);
  const find = (k: number): number => {
    while (root[k] !== k) k = root[k] = root[root[k]!]!;
    return k;
  };
  for (const [i, j] of possible) if (fatesB[i]! > 1 && fatesS[j]! > 1) root[find(i)] = find(n + j);
  const groups = new Map<number, { book: number[]; statement: number[] }>();
  const groupOf = (k: number) => {
    let group = groups.get(find(k));
    if (!group) groups.set(find(k), (group = { book: [], statement: [] }));
    return group;
  };
  for (let i = 0; i < n; i++) if (fatesB[i]! > 1) groupOf(i).book.push(books[i]!);
  for (let j = 0; j < m; j++) if (fatesS[j]! > 1) groupOf(n + j).statement.push(lines[j]!);
  return { pairs, undecided: [...groups.values()] };
}

class Matcher {
  readonly matches: Match[] = [];
  readonly ambiguous: Ambiguity[] = [];
  private stamp = 0;
  private readonly lineStamps: Int32Array;

  constructor(
    private readonly book: Side,
    private readonly statement: Side,
    private readonly window: number,
  ) {
    this.lineStamps = new Int32Array(statement.items.length);
  }

  run(): void {
    const { book, statement } = this;
    // Buckets as linked lists over typed arrays, in the order each (direction, amount) is first seen: at 100,000
    // lines a side nearly every amount is a bucket of its own, and two arrays for each made the collector's work
    // a fifth of the time (bench/reconcile.ts).
    const ids = new Map<number, number>();
    const lists = (side: Side) => {
      const next = new Int32Array(side.items.length).fill(-1);
      const bucket = new Int32Array(side.items.length);
      for (let index = 0; index < side.items.length; index++) {
        const key = side.key[index]!;
        let id = ids.get(key);
        if (id === undefined) ids.set(key, (id = ids.size));
        bucket[index] = id;
      }
      return { next, bucket };
    };
    const bookLists = lists(book);
    const lineLists = lists(statement);
    const chain = (side: Side, { next, bucket }: { next: Int32Array; bucket: Int32Array }) => {
      const head = new Int32Array(ids.size).fill(-1);
      const count = new Int32Array(ids.size);
      for (let index = side.items.length - 1; index >= 0; index--) {
        next[index] = head[bucket[index]!]!;
        head[bucket[index]!] = index;
        count[bucket[index]!]!++;
      }
      return { head, count, next };
    };
    const books = chain(book, bookLists);
    const lines = chain(statement, lineLists);
    const members = (list: { head: Int32Array; next: Int32Array }, id: number) => {
      const indexes: number[] = [];
      for (let at = list.head[id]!; at >= 0; at = list.next[at]!) indexes.push(at);
      return indexes;
    };
    for (let id = 0; id < ids.size; id++) {
      if (books.count[id] === 0 || lines.count[id] === 0) continue;
      if (books.count[id] === 1 && lines.count[id] === 1) this.onePair(books.head[id]!, lines.head[id]!);
      else this.oneToOne(members(books, id), members(lines, id));
    }
    this.groups(this.statement, this.book, "one-to-many");
    this.groups(this.book, this.statement, "many-to-one");
  }

  /** A bucket of one line a side, the commonest by far: what oneToOne would make of it, without its tables. */
  private onePair(i: number, j: number): void {
    const { book, statement } = this;
    if (!inWindow(book, i, statement, j, this.window)) return;
    book.state[i] = MATCHED;
    statement.state[j] = MATCHED;
    const carried = book.carried[i] === 1 || statement.carried[j] === 1;
    this.matches.push({
      book: [i],
      statement: [j],
      kind: carried ? "carried" : "one-to-one",
      rule: numbersAgree(book, i, statement, j) ? "number" : "unique",
    });
  }

  /** The candidate pairs of a bucket, as parallel arrays. */
  private pairsOf(books: number[], lines: number[]): { b: number[]; s: number[] } {
    const { book, statement, window } = this;
    const b: number[] = [];
    const s: number[] = [];
    if (books.length * lines.length <= BRUTE_FORCE_PAIRS) {
      for (const i of books) for (const j of lines) if (inWindow(book, i, statement, j, window)) (b.push(i), s.push(j));
      return { b, s };
    }
    const sorted = [...lines].sort((x, y) => statement.day[x]! - statement.day[y]! || x - y);
    const carriedLines = sorted.filter((j) => statement.items[j]!.carried);
    for (const i of books) {
      const day = book.day[i]!;
      const carried = book.items[i]!.carried;
      for (let at = lowerBound(sorted, statement.day, day - window); at < sorted.length; at++) {
        const j = sorted[at]!;
        if (statement.day[j]! > day + window && !carried) break;
        (b.push(i), s.push(j));
      }
      for (const j of carriedLines) if (statement.day[j]! < day - window) (b.push(i), s.push(j));
    }
    return { b, s };
  }

  private oneToOne(books: number[], lines: number[]): void {
    const { book, statement } = this;
    const pairs = this.pairsOf(books, lines);
    const count = pairs.b.length;
    if (count === 0) return;
    const degreeB = new Map<number, number>();
    const degreeS = new Map<number, number>();
    for (let p = 0; p < count; p++) {
      degreeB.set(pairs.b[p]!, (degreeB.get(pairs.b[p]!) ?? 0) + 1);
      degreeS.set(pairs.s[p]!, (degreeS.get(pairs.s[p]!) ?? 0) + 1);
    }
    const numbered = new Uint8Array(count);
    const score = new Float64Array(count);
    /** What speaks for a pair besides its dates: equal for every pair of a group only the dates can decide. */
    const evidence = new Float64Array(count);
    for (let p = 0; p < count; p++) {
      const i = pairs.b[p]!;
      const j = pairs.s[p]!;
      const agree = numbersAgree(book, i, statement, j);
      numbered[p] = agree ? 1 : 0;
      // Text is compared only where there is a choice to make.
      const choice = degreeB.get(i)! > 1 || degreeS.get(j)! > 1;
      let similar = 0;
      if (choice) {
        const party = similarity(book.party(i), statement.party(j));
        // Without a counterparty the party is the summary: the same sets, compared once.
        const same = book.party(i) === book.summary(i) && statement.party(j) === statement.summary(j);
        similar = party + (same ? party : similarity(book.summary(i), statement.summary(j)));
      }
      const carried = book.items[i]!.carried || statement.items[j]!.carried ? 1 : 0;
      const days = Math.min(Math.abs(statement.day[j]! - book.day[i]!), MAX_DAYS_PENALTY);
      evidence[p] = (agree ? NUMBER_WEIGHT : 0) + similar * SIMILARITY_WEIGHT + carried * CARRIED_WEIGHT;
      score[p] = evidence[p]! - days;
    }
    const byBook = new Map<number, number[]>();
    const byLine = new Map<number, number[]>();
    for (let p = 0; p < count; p++) {
      let list = byBook.get(pairs.b[p]!);
      if (!list) byBook.set(pairs.b[p]!, (list = []));
      list.push(p);
      let other = byLine.get(pairs.s[p]!);
      if (!other) byLine.set(pairs.s[p]!, (other = []));
      other.push(p);
    }
    const bucket: Bucket = { pairs, byBook, byLine, score, evidence, found: new Int32Array(count) };
    const free = (p: number) => book.state[pairs.b[p]!] === FREE && statement.state[pairs.s[p]!] === FREE;
    const take = (p: number, rule: MatchRule) => {
      const i = pairs.b[p]!;
      const j = pairs.s[p]!;
      book.state[i] = MATCHED;
      statement.state[j] = MATCHED;
      const carried = book.items[i]!.carried || statement.items[j]!.carried;
      this.matches.push({ book: [i], statement: [j], kind: carried ? "carried" : "one-to-one", rule });
    };

    // A 票据号 on both sides, found once on each.
    for (const [, list] of byBook) {
      const numberedPairs = list.filter((p) => numbered[p] === 1);
      if (numberedPairs.length !== 1) continue;
      const p = numberedPairs[0]!;
      if (byLine.get(pairs.s[p]!)!.filter((q) => numbered[q] === 1).length === 1 && free(p)) take(p, "number");
    }

    /** The free pair of `list` with the strictly highest score, and how many free pairs there are; -1 on a tie. */
    const best = (list: number[]): { pair: number; free: number } => {
      let top = -1;
      let tie = false;
      let freeCount = 0;
      for (const p of list) {
        if (!free(p)) continue;
        freeCount++;
        if (top < 0 || score[p]! > score[top]!) ((top = p), (tie = false));
        else if (score[p] === score[top]) tie = true;
      }
      return { pair: tie ? -1 : top, free: freeCount };
    };
    const seen = new Set<number>();
    for (const [start] of byBook) {
      if (book.state[start] !== FREE || seen.has(start)) continue;
      const group = this.component(start, bucket, free, seen);
      if (group.pairs.length === 0) continue;
      if (this.datesOnly(group, bucket)) {
        // Only the dates tell these apart: pairs that are each other's only candidates, then the dates' own
        // assignment (settle) rather than pair by pair, which can take a close pair that leaves two lines without any.
        for (const p of group.pairs)
          if (degreeB.get(pairs.b[p]!) === 1 && degreeS.get(pairs.s[p]!) === 1) take(p, "unique");
      } else {
        // Each other's only, or strictly best, candidate; repeated, since each match can leave another pair alone.
        for (let changed = true; changed;) {
          changed = false;
          for (const i of [...group.books].sort((x, y) => x - y)) {
            if (book.state[i] !== FREE) continue;
            const mine = best(byBook.get(i)!);
            if (mine.pair < 0) continue;
            const theirs = best(byLine.get(pairs.s[mine.pair]!)!);
            if (theirs.pair !== mine.pair) continue;
            const [i2, j2] = [pairs.b[mine.pair]!, pairs.s[mine.pair]!];
            const only = degreeB.get(i2) === 1 && degreeS.get(j2) === 1;
            const rule = only ? "unique" : numbered[mine.pair] ? "number" : "closest";
            take(mine.pair, rule);
            changed = true;
          }
        }
      }
      // What is left of the group: interchangeable candidates, an assignment the dates decide, or ambiguous ones.
      const settled = new Set<number>();
      for (const i of [...group.books].sort((x, y) => x - y)) {
        if (book.state[i] !== FREE || settled.has(i)) continue;
        const rest = this.component(i, bucket, free, settled);
        if (rest.pairs.length > 0) this.settle(rest, bucket, take);
      }
    }
  }

  /**
   * Whether nothing but the dates tells the candidates of a group apart: no carried item (which may be any age) and
   * the same number, text and carried evidence on every pair.
   */
  private datesOnly(group: Group, bucket: Bucket): boolean {
    const first = bucket.evidence[group.pairs[0]!];
    return (
      group.pairs.every((p) => bucket.evidence[p] === first) &&
      group.books.every((i) => !this.book.items[i]!.carried) &&
      group.lines.every((j) => !this.statement.items[j]!.carried)
    );
  }

  /** Free candidates left in a group: paired when interchangeable or when the dates decide, else ambiguous. */
  private settle(group: Group, bucket: Bucket, take: (p: number, rule: MatchRule) => void): void {
    const { book, statement } = this;
    const { pairs, byBook, score } = bucket;
    const scores = new Set(group.pairs.map((p) => score[p]));
    const complete = group.pairs.length === group.books.length * group.lines.length;
    // Interchangeable only when nothing at all tells them apart: one day on each side, every pair alike.
    const oneDay = (side: Side, indexes: number[]) => new Set(indexes.map((i) => side.day[i])).size === 1;
    if (complete && scores.size === 1 && oneDay(book, group.books) && oneDay(statement, group.lines)) {
      const books = [...group.books].sort(byDay(book));
      const lines = [...group.lines].sort(byDay(statement));
      for (let k = 0; k < Math.min(books.length, lines.length); k++) {
        const p = byBook.get(books[k]!)!.find((q) => pairs.s[q] === lines[k])!;
        take(p, "interchangeable");
      }
      return;
    }
    const decided = (this.datesOnly(group, bucket) &&
      assignByDates(
        group.books.sort(byDay(book)),
        group.lines.sort(byDay(statement)),
        book,
        statement,
        this.window,
      )) || {
      pairs: [],
      undecided: [{ book: group.books, statement: group.lines }],
    };
    for (const [i, j] of decided.pairs)
      take(
        byBook.get(i)!.find((q) => pairs.s[q] === j)!,
        "dates",
      );
    for (const rest of decided.undecided) {
      for (const i of rest.book) book.state[i] = AMBIGUOUS;
      for (const j of rest.statement) statement.state[j] = AMBIGUOUS;
      this.ambiguous.push({
        book: [...rest.book].sort((x, y) => x - y),
        statement: [...rest.statement].sort((x, y) => x - y),
      });
    }
  }

  /** The free lines connected to book entry `start` through free candidate pairs. */
  private component(start: number, bucket: Bucket, free: (p: number) => boolean, seen: Set<number>): Group {
    const { pairs, byBook, byLine, found } = bucket;
    // Stamps instead of sets: a group of a fee charged all year has tens of thousands of pairs.
    const stamp = ++this.stamp;
    const books: number[] = [];
    const lines: number[] = [];
    const groupPairs: number[] = [];
    const stack = [start * 2]; // a book entry as 2i, a statement line as 2j + 1
    seen.add(start);
    while (stack.length > 0) {
      const code = stack.pop()!;
      const index = code >> 1;
      const isBook = (code & 1) === 0;
      (isBook ? books : lines).push(index);
      for (const p of (isBook ? byBook : byLine).get(index) ?? []) {
        if (!free(p)) continue;
        if (found[p] !== stamp) (groupPairs.push(p), (found[p] = stamp));
        const j = pairs.s[p]!;
        const i = pairs.b[p]!;
        if (isBook && this.lineStamps[j] !== stamp) (stack.push(j * 2 + 1), (this.lineStamps[j] = stamp));
        if (!isBook && !seen.has(i)) (seen.add(i), stack.push(i * 2));
      }
    }
    return { books, lines, pairs: groupPairs };
  }

  /**
   * One line of `single` that several free lines of `many` add up to, for every free line of `single`; taken where
   * the set is the only one and no other line's sets share its members.
   */
  private groups(single: Side, many: Side, kind: "one-to-many" | "many-to-one"): void {
    const { window } = this;
    const singleIsBook = single === this.book;
    const near = (one: number, other: number) =>
      singleIsBook ? inWindow(single, one, many, other, window) : inWindow(many, other, single, one, window);
    const free = (side: Side) => side.items.map((_, index) => index).filter((index) => side.state[index] === FREE);
    const byFlow = (indexes: number[], side: Side) => ({
      in: indexes.filter((i) => side.items[i]!.flow === "in").sort((x, y) => side.day[x]! - side.day[y]! || x - y),
      out: indexes.filter((i) => side.items[i]!.flow === "out").sort((x, y) => side.day[x]! - side.day[y]! || x - y),
    });
    const others = byFlow(free(many), many);
    const waiting = {
      in: others.in.filter((i) => many.items[i]!.carried),
      out: others.out.filter((i) => many.items[i]!.carried),
    };
    const found = new Map<number, { sets: number[][]; exhausted: boolean }>();
    const uses = new Map<number, number>();
    for (const one of free(single).sort((x, y) => single.day[x]! - single.day[y]! || x - y)) {
      const item = single.items[one]!;
      const pool = others[item.flow];
      const day = single.day[one]!;
      const candidates: number[] = [];
      const consider = (other: number) => {
        if (many.items[other]!.amount < item.amount && near(one, other)) candidates.push(other);
      };
      // Lines in the window, or all later ones for a carried item; and carried lines from before the window.
      const end = item.carried ? pool.length : lowerBound(pool, many.day, day + window + 1);
      for (let at = lowerBound(pool, many.day, day - window); at < end; at++) consider(pool[at]!);
      for (const other of waiting[item.flow]) if (many.day[other]! < day - window) consider(other);
      if (candidates.length < 2) continue;
      candidates.sort(
        (x, y) => Math.abs(many.day[x]! - day) - Math.abs(many.day[y]! - day) || many.day[x]! - many.day[y]! || x - y,
      );
      const search = subsetsSummingTo(
        item.amount,
        candidates.slice(0, GROUP_CANDIDATES),
        (other) => many.items[other]!.amount,
      );
      if (search.sets.length === 0) continue;
      found.set(one, search);
      for (const set of search.sets) for (const member of set) uses.set(member, (uses.get(member) ?? 0) + 1);
    }
    for (const [one, { sets, exhausted }] of found) {
      const only = sets.length === 1 && !exhausted ? sets[0]! : null;
      if (only && only.every((member) => uses.get(member) === 1)) {
        const members = [...only].sort((x, y) => x - y);
        single.state[one] = MATCHED;
        for (const member of members) many.state[member] = MATCHED;
        this.matches.push(
          singleIsBook
            ? { book: [one], statement: members, kind, rule: "sum" }
            : { book: members, statement: [one], kind, rule: "sum" },
        );
        continue;
      }
      const members = [...new Set(sets.flat())]
        .filter((member) => many.state[member] !== MATCHED)
        .sort((x, y) => x - y);
      single.state[one] = AMBIGUOUS;
      for (const member of members) many.state[member] = AMBIGUOUS;
      this.ambiguous.push(singleIsBook ? { book: [one], statement: members } : { book: members, statement: [one] });
    }
  }
}

/**
 * Sets of 2 to GROUP_MAX_MEMBERS candidates whose amounts add up to `target`: at most two (two already make the
 * line ambiguous), and `exhausted` when the step budget ran out before the search was complete.
 */
export function subsetsSummingTo<T>(
  target: number,
  candidates: readonly T[],
  amountOf: (candidate: T) => number,
): { sets: T[][]; exhausted: boolean } {
  const sorted = [...candidates].sort((a, b) => amountOf(b) - amountOf(a));
  const amounts = sorted.map(amountOf);
  const suffix = new Array<number>(amounts.length + 1).fill(0);
  for (let i = amounts.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + amounts[i]!;
  const sets: T[][] = [];
  const chosen: number[] = [];
  let steps = 0;
  let exhausted = false;
  const walk = (from: number, remaining: number): void => {
    if (sets.length >= 2 || exhausted) return;
    if (remaining === 0) {
      if (chosen.length >= 2) sets.push(chosen.map((i) => sorted[i]!));
      return;
    }
    if (chosen.length === GROUP_MAX_MEMBERS) return;
    for (let i = from; i < amounts.length; i++) {
      if (++steps > GROUP_SEARCH_STEPS) {
        exhausted = true;
        return;
      }
      if (suffix[i]! < remaining) return;
      if (amounts[i]! > remaining) continue;
      chosen.push(i);
      walk(i + 1, remaining - amounts[i]!);
      chosen.pop();
      if (sets.length >= 2 || exhausted) return;
    }
  };
  walk(0, target);
  return { sets, exhausted };
}

/** Matches book entries with statement lines; indexes in the results are positions in the two arrays given. */
export function matchItems(book: readonly Item[], statement: readonly Item[], settings: MatchSettings): MatchResult {
  const bookSide = new Side(book);
  const statementSide = new Side(statement);
  const matcher = new Matcher(bookSide, statementSide, settings.windowDays);
  matcher.run();
  const unmatched = (side: Side) => {
    const indexes: number[] = [];
    for (let index = 0; index < side.items.length; index++) if (side.state[index] !== MATCHED) indexes.push(index);
    return indexes;
  };
  // In the order of the book, then of the statement, whatever bucket each was found in.
  const matches = [...matcher.matches].sort(
    (a, b) => (a.book[0] ?? -1) - (b.book[0] ?? -1) || (a.statement[0] ?? -1) - (b.statement[0] ?? -1),
  );
  return {
    matches,
    ambiguous: matcher.ambiguous,
    unmatchedBook: unmatched(bookSide),
    unmatchedStatement: unmatched(statementSide),
  };
}
