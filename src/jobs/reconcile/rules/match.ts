/**
 * The matching engine (DOMAIN §5): pairs book entries with statement lines as the cashier modules of accounting
 * packages do, and says which it could not pair for certain. Pure and deterministic: the same lines in the same order
 * always give the same matches.
 *
 * 1. One to one. Only lines of the same direction and the same amount in 分 can match, so the lines are put in
 *    buckets by (direction, amount) and nothing is compared across buckets: 100,000 lines a side cost a hash each,
 *    not 10¹⁰ comparisons. Within a bucket a pair is a candidate when its dates are within the window (a carried
 *    未达账项 may be any age: it is waiting for this month's line). Pairs are then settled in order of certainty:
 *    a 票据号 found on both sides; each other's only candidate; each other's strictly best candidate (similar
 *    counterparty and summary first, then a carried item, then the closer date); and candidates that nothing tells
 *    apart at all (same day, no number, no telling text), which are interchangeable and paired in order. Whatever
 *    is left with candidates is ambiguous: reported for the cashier, never guessed.
 * 2. Groups, among the lines still free and not ambiguous: one statement line that several book entries add up to
 *    within the window (a day's deposits banked together), then one book entry that several statement lines add up
 *    to (a payroll batch the bank debits line by line). The subset search is bounded (the nearest candidates, a
 *    few members, a budget of steps); a line with more than one such set, or whose members another line's set also
 *    needs, is ambiguous.
 * No line is ever in two matches.
 */
import { dateToSerial } from "../../../core/dates";
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
  for (const pair of a) if (b.has(pair)) shared++;
  const dice = (2 * shared) / (a.size + b.size);
  return dice < 0.3 ? 0 : Math.floor(dice * 10);
}

/** What the engine keeps of each line: its day as a serial, its bucket, and texts prepared on first use. */
class Side {
  readonly day: Int32Array;
  readonly state: Uint8Array;
  private readonly numbers: (string | undefined)[];
  private readonly texts: (string | undefined)[];
  private readonly summaryPairs: (Set<string> | undefined)[];
  private readonly partyPairs: (Set<string> | undefined)[];

  constructor(readonly items: readonly Item[]) {
    this.day = new Int32Array(items.length);
    this.state = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) this.day[i] = dateToSerial(items[i]!.date);
    this.numbers = new Array(items.length);
    this.texts = new Array(items.length);
    this.summaryPairs = new Array(items.length);
    this.partyPairs = new Array(items.length);
  }

  number(i: number): string {
    return (this.numbers[i] ??= numberKey(this.items[i]!.number));
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
    return (this.partyPairs[i] ??= bigrams(item.counterparty || item.summary));
  }
}

/** Whether book entry b and statement line s are near enough in time; a carried item waits for a later line. */
function inWindow(book: Side, b: number, statement: Side, s: number, window: number): boolean {
  const apart = statement.day[s]! - book.day[b]!;
  if (apart >= -window && apart <= window) return true;
  return (book.items[b]!.carried && apart > window) || (statement.items[s]!.carried && apart < -window);
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

class Matcher {
  readonly matches: Match[] = [];
  readonly ambiguous: Ambiguity[] = [];

  constructor(
    private readonly book: Side,
    private readonly statement: Side,
    private readonly window: number,
  ) {}

  run(): void {
    const buckets = new Map<number, { book: number[]; statement: number[] }>();
    const bucketOf = (item: Item) => {
      // Amounts stay far below 2⁵², so amount × 2 + direction is an exact key.
      const key = item.amount * 2 + (item.flow === "in" ? 1 : 0);
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = { book: [], statement: [] }));
      return bucket;
    };
    this.book.items.forEach((item, index) => bucketOf(item).book.push(index));
    this.statement.items.forEach((item, index) => bucketOf(item).statement.push(index));
    for (const bucket of buckets.values())
      if (bucket.book.length > 0 && bucket.statement.length > 0) this.oneToOne(bucket.book, bucket.statement);
    this.groups(this.statement, this.book, "one-to-many");
    this.groups(this.book, this.statement, "many-to-one");
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
    for (let p = 0; p < count; p++) {
      const i = pairs.b[p]!;
      const j = pairs.s[p]!;
      const agree = numbersAgree(book, i, statement, j);
      numbered[p] = agree ? 1 : 0;
      // Text is compared only where there is a choice to make.
      const choice = degreeB.get(i)! > 1 || degreeS.get(j)! > 1;
      const similar = choice
        ? similarity(book.party(i), statement.party(j)) + similarity(book.summary(i), statement.summary(j))
        : 0;
      const carried = book.items[i]!.carried || statement.items[j]!.carried ? 1 : 0;
      const days = Math.min(Math.abs(statement.day[j]! - book.day[i]!), MAX_DAYS_PENALTY);
      score[p] = (agree ? NUMBER_WEIGHT : 0) + similar * SIMILARITY_WEIGHT + carried * CARRIED_WEIGHT - days;
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

    // Each other's only, or strictly best, candidate; repeated, since each match can leave another pair alone.
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
    for (let changed = true; changed;) {
      changed = false;
      for (const [i, list] of byBook) {
        if (book.state[i] !== FREE) continue;
        const mine = best(list);
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

    // What is left: interchangeable candidates, or ambiguous ones.
    const seen = new Set<number>();
    for (const [start] of byBook) {
      if (book.state[start] !== FREE || seen.has(start)) continue;
      const component = this.component(start, byBook, byLine, pairs, free, seen);
      if (component.pairs.length === 0) continue;
      const scores = new Set(component.pairs.map((p) => score[p]));
      const complete = component.pairs.length === component.books.length * component.lines.length;
      // Interchangeable only when nothing at all tells them apart: one day on each side, every pair alike.
      const oneDay = (side: Side, indexes: number[]) => new Set(indexes.map((i) => side.day[i])).size === 1;
      if (complete && scores.size === 1 && oneDay(book, component.books) && oneDay(statement, component.lines)) {
        const order = (side: Side) => (x: number, y: number) => side.day[x]! - side.day[y]! || x - y;
        const books = [...component.books].sort(order(book));
        const lines2 = [...component.lines].sort(order(statement));
        for (let k = 0; k < Math.min(books.length, lines2.length); k++) {
          const p = byBook.get(books[k]!)!.find((q) => pairs.s[q] === lines2[k])!;
          take(p, "interchangeable");
        }
      } else {
        for (const i of component.books) book.state[i] = AMBIGUOUS;
        for (const j of component.lines) statement.state[j] = AMBIGUOUS;
        this.ambiguous.push({
          book: [...component.books].sort((x, y) => x - y),
          statement: [...component.lines].sort((x, y) => x - y),
        });
      }
    }
  }

  /** The free lines connected to book entry `start` through free candidate pairs. */
  private component(
    start: number,
    byBook: Map<number, number[]>,
    byLine: Map<number, number[]>,
    pairs: { b: number[]; s: number[] },
    free: (p: number) => boolean,
    seen: Set<number>,
  ): { books: number[]; lines: number[]; pairs: number[] } {
    const books: number[] = [];
    const lines: number[] = [];
    const found = new Set<number>();
    const seenLines = new Set<number>();
    const queue: [side: "b" | "s", index: number][] = [["b", start]];
    seen.add(start);
    while (queue.length > 0) {
      const [side, index] = queue.pop()!;
      (side === "b" ? books : lines).push(index);
      for (const p of (side === "b" ? byBook : byLine).get(index) ?? []) {
        if (!free(p)) continue;
        found.add(p);
        if (side === "b" && !seenLines.has(pairs.s[p]!)) (seenLines.add(pairs.s[p]!), queue.push(["s", pairs.s[p]!]));
        if (side === "s" && !seen.has(pairs.b[p]!)) (seen.add(pairs.b[p]!), queue.push(["b", pairs.b[p]!]));
      }
    }
    return { books, lines, pairs: [...found] };
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
  const unmatched = (side: Side) =>
    side.items.map((_, index) => index).filter((index) => side.state[index] !== MATCHED);
  // In the order of the book, then of the statement, whatever bucket each was found in.
  const first = (match: Match) => [match.book[0] ?? -1, match.statement[0] ?? -1] as const;
  const matches = [...matcher.matches].sort((a, b) => first(a)[0] - first(b)[0] || first(a)[1] - first(b)[1]);
  return {
    matches,
    ambiguous: matcher.ambiguous,
    unmatchedBook: unmatched(bookSide),
    unmatchedStatement: unmatched(statementSide),
  };
}
