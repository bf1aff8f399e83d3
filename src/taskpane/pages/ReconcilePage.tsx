/**
 * 银行对账: choose the bank journal and the statement (a sheet of this workbook, or a .csv / .xlsx file), say which
 * column is which where no bank profile knows the export, match automatically, review the matches side by side
 * (journal line | statement line), undo a match or match lines by hand, then write the 余额调节表 and the 对账记录.
 * The matching, the checks of a match by hand and both sheets are the job's; the page keeps the review in its state
 * and shows it.
 */
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Input,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { formatIsoDate } from "../../core/dates";
import { formatMoney } from "../../core/money";
import {
  MAPPED_COLUMNS,
  checkMapping,
  matchByHand,
  reviewedReconciliation,
  unmatch,
  type Item,
  type MappedColumn,
  type Reconciled,
  type Review,
  type StatementMapping,
} from "../../jobs/reconcile";
import { ActionBlock, problemOutcome, usePageActions, type Outcome } from "../components/actions";
import { JobSection, SettingField, useJobStyles } from "../components/JobLayout";
import { SheetDropdown } from "../components/SheetDropdown";
import { sentences, useLocale, useTranslate, type Translate, type UiStringId } from "../i18n";
import type { PageProps } from "../jobs";
import { findJournals, type FoundJournal } from "./journalFlow";
import {
  autoMatch,
  CARRY_KINDS,
  NO_CHOICES,
  rememberedChoiceFields,
  writeReconciliation,
  type AutoMatchOutcome,
  type CarryChoice,
  type ChoiceFields,
  type ReconcileForm,
} from "./reconcileFlow";
import { useRememberedForm } from "./startingValues";

type PickedFile = { name: string; bytes: Uint8Array };

const CARRY_LABELS: Record<CarryChoice["kind"], UiStringId> = {
  auto: "reconcileCarryAuto",
  sheet: "reconcileCarrySheet",
  file: "reconcileCarryFile",
  none: "reconcileCarryNone",
};

/** The sheet chosen (or remembered) while the workbook still has it, else the first of the list ("" for none). */
const chosenOrFirst = (chosen: string | null, sheets: readonly string[]) =>
  chosen && sheets.includes(chosen) ? chosen : (sheets[0] ?? "");

/** Lines each list shows: a month's lines fit; thousands would make the pane stop responding. */
const LINES_SHOWN = 300;

const MAP_LABELS: Record<MappedColumn, UiStringId> = {
  date: "reconcileMapDate",
  amount: "reconcileMapAmount",
  direction: "reconcileMapDirection",
  in: "reconcileMapIn",
  out: "reconcileMapOut",
  balance: "reconcileMapBalance",
  summary: "reconcileMapSummary",
  counterparty: "reconcileMapCounterparty",
  number: "reconcileMapNumber",
  time: "reconcileMapTime",
};

const MAPPING_REFUSALS: Record<NonNullable<ReturnType<typeof checkMapping>>["reason"], UiStringId> = {
  "needs-date": "reconcileMapNeedsDate",
  "needs-amount": "reconcileMapNeedsAmount",
  "needs-in-and-out": "reconcileMapNeedsInAndOut",
  "column-twice": "reconcileMapTwice",
};

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  listTitle: { margin: 0 },
  // Two columns, journal | statement, in the narrowest pane: each line's text wraps inside its column.
  pair: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
  },
  sideHeading: { color: tokens.colorNeutralForeground2 },
  // Over the matches, whose tick box comes first: the headings start where the lines' text does.
  besideTicks: { display: "block", paddingInlineStart: "32px", boxSizing: "border-box" },
  line: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  row: {
    listStyleType: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
  },
  checkbox: { alignItems: "flex-start", width: "100%" },
  checkboxLabel: { flexGrow: 1 },
  file: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  hiddenInput: { display: "none" },
  carried: { color: tokens.colorBrandForeground1 },
  long: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const verdict = (t: Translate, difference: number) =>
  difference === 0
    ? t("reconcileAgrees")
    : t("reconcileDiffers", { difference: formatMoney(difference, { symbol: true }) });

/**
 * A line as the review shows it: its row, date, direction and amount, summary; a 未达账项 carried from last month
 * says so and from which sheet (its row is that sheet's), and one still open past the limit says 长期未达账项, as the
 * command line lists it among the findings.
 */
function Line({ item, long = false }: { item: Item; long?: boolean }) {
  const t = useTranslate();
  const styles = useStyles();
  const amount = formatMoney(item.amount, { symbol: true });
  return (
    <span className={styles.line}>
      {item.carried && (
        <Caption1 className={styles.carried}>{t("reconcileLineCarried", { sheet: item.sheet })}</Caption1>
      )}
      <Caption1>
        {t("reconcileLineRow", { row: item.row })} · {formatIsoDate(item.date)}
      </Caption1>
      <Body1>{t(item.flow === "in" ? "reconcileLineIn" : "reconcileLineOut", { amount })}</Body1>
      {item.summary && <Caption1>{item.summary}</Caption1>}
      {long && <Caption1 className={styles.long}>{t("reconcileLineLong")}</Caption1>}
    </span>
  );
}

/** Journal lines | statement lines, side by side. */
function Pair({ book, statement }: { book: ReactNode; statement: ReactNode }) {
  const styles = useStyles();
  return (
    <span className={styles.pair}>
      <span className={styles.line}>{book}</span>
      <span className={styles.line}>{statement}</span>
    </span>
  );
}

function Lines({ items }: { items: readonly Item[] }) {
  const t = useTranslate();
  return items.length === 0 ? (
    <Caption1>{t("reconcileNone")}</Caption1>
  ) : (
    <>
      {items.map((item) => (
        <Line key={`${item.sheet}!${item.row}`} item={item} />
      ))}
    </>
  );
}

/** A ticked item of the review: "m3" a match, "b7" a journal line, "s2" a statement line (indexes, not rows). */
type Key = `${"m" | "b" | "s"}${number}`;

function TickRow({
  tick,
  ticked,
  onTick,
  children,
}: {
  tick: Key;
  ticked: Set<Key>;
  onTick: (key: Key, on: boolean) => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <li className={styles.row}>
      <Checkbox
        className={styles.checkbox}
        checked={ticked.has(tick)}
        onChange={(_, data) => onTick(tick, Boolean(data.checked))}
        label={{ children, className: styles.checkboxLabel }}
      />
    </li>
  );
}

function ListTitle({ children }: { children: string }) {
  const styles = useStyles();
  return (
    <Subtitle2 as="h3" className={styles.listTitle}>
      {children}
    </Subtitle2>
  );
}

function SideHeadings({ besideTicks = false }: { besideTicks?: boolean }) {
  const t = useTranslate();
  const styles = useStyles();
  const pair = (
    <Pair
      book={<Caption1 className={styles.sideHeading}>{t("reconcileJournalSide")}</Caption1>}
      statement={<Caption1 className={styles.sideHeading}>{t("reconcileStatementSide")}</Caption1>}
    />
  );
  return besideTicks ? <span className={styles.besideTicks}>{pair}</span> : pair;
}

function More({ count }: { count: number }) {
  const t = useTranslate();
  return count > LINES_SHOWN ? <Caption1>{t("reconcileMoreLines", { count: count - LINES_SHOWN })}</Caption1> : null;
}

interface Session {
  reconciled: Reconciled;
  review: Review;
}

/** The matches, the undecided groups and the lines not matched, each line with its tick box. */
function ReviewLists({
  session,
  ticked,
  onTick,
}: {
  session: Session;
  ticked: Set<Key>;
  onTick: (key: Key, on: boolean) => void;
}) {
  const t = useTranslate();
  const styles = useStyles();
  const { reconciled, review } = session;
  const { bookItems: book, statementItems: statement } = reconciled;
  const reviewed = reviewedReconciliation(reconciled, review);
  const result = reviewed.result;
  const long = new Set(
    reviewed.findings
      .filter((finding) => finding.rule === "reconcile-long-outstanding")
      .map((finding) => `${finding.sheet}!${finding.cell}`),
  );
  const undecided = new Set<Key>(
    review.ambiguous.flatMap((g) => [
      ...g.book.map((i) => `b${i}` as const),
      ...g.statement.map((i) => `s${i}` as const),
    ]),
  );
  const freeBook = result.unmatchedBook.filter((i) => !undecided.has(`b${i}`));
  const freeStatement = result.unmatchedStatement.filter((i) => !undecided.has(`s${i}`));
  const tickable = (key: Key, item: Item) => (
    <TickRow key={key} tick={key} ticked={ticked} onTick={onTick}>
      <Line item={item} long={long.has(`${item.sheet}!${item.cell}`)} />
    </TickRow>
  );
  return (
    <>
      <ListTitle>{t("reconcileMatchesTitle", { count: review.matches.length })}</ListTitle>
      <SideHeadings besideTicks />
      <ul className={styles.list} data-testid="matches">
        {review.matches.slice(0, LINES_SHOWN).map((match, index) => (
          <TickRow key={`m${index}`} tick={`m${index}`} ticked={ticked} onTick={onTick}>
            <Pair
              book={
                <>
                  <Lines items={match.book.map((i) => book[i]!)} />
                  {review.manual[index] && <Caption1>{t("reconcileManual")}</Caption1>}
                </>
              }
              statement={<Lines items={match.statement.map((i) => statement[i]!)} />}
            />
          </TickRow>
        ))}
      </ul>
      <More count={review.matches.length} />

      {review.ambiguous.length > 0 && (
        <>
          <ListTitle>{t("reconcileAmbiguousTitle", { count: review.ambiguous.length })}</ListTitle>
          {review.ambiguous.slice(0, LINES_SHOWN).map((group, index) => (
            <Pair
              key={`a${index}`}
              book={<ul className={styles.list}>{group.book.map((i) => tickable(`b${i}`, book[i]!))}</ul>}
              statement={
                <ul className={styles.list}>{group.statement.map((i) => tickable(`s${i}`, statement[i]!))}</ul>
              }
            />
          ))}
          <More count={review.ambiguous.length} />
        </>
      )}

      <ListTitle>{t("reconcileUnmatchedTitle", { book: freeBook.length, statement: freeStatement.length })}</ListTitle>
      <SideHeadings />
      <Pair
        book={
          <ul className={styles.list} data-testid="unmatched-book">
            {freeBook.slice(0, LINES_SHOWN).map((i) => tickable(`b${i}`, book[i]!))}
          </ul>
        }
        statement={
          <ul className={styles.list} data-testid="unmatched-statement">
            {freeStatement.slice(0, LINES_SHOWN).map((i) => tickable(`s${i}`, statement[i]!))}
          </ul>
        }
      />
      <More count={Math.max(freeBook.length, freeStatement.length)} />
    </>
  );
}

/** The form that says which column of an unrecognised statement is which. */
function MappingFields({
  actions,
  labels,
  mapping,
  onChange,
}: {
  actions: ReturnType<typeof usePageActions>;
  labels: readonly string[];
  mapping: StatementMapping;
  onChange: (mapping: StatementMapping) => void;
}) {
  const t = useTranslate();
  const choices = [...new Set(labels.filter((label) => label !== ""))];
  return (
    <>
      {MAPPED_COLUMNS.map((column) => {
        const value = mapping[column] ?? "";
        return (
          <SettingField key={column} actions={actions} name={`map-${column}`} label={t(MAP_LABELS[column])}>
            <Dropdown
              value={value || t("reconcileMapNone")}
              selectedOptions={[value]}
              onOptionSelect={(_, data) => onChange({ ...mapping, [column]: data.optionValue ?? "" })}
            >
              <Option value="">{t("reconcileMapNone")}</Option>
              {choices.map((label) => (
                <Option key={label} value={label}>
                  {label}
                </Option>
              ))}
            </Dropdown>
          </SettingField>
        );
      })}
    </>
  );
}

/** A file the cashier picks (.csv, .xlsx, .xls), read into bytes: the statement's, or last month's 未达账项. */
function FilePicker({
  testId,
  file,
  onPick,
}: {
  testId: string;
  file: PickedFile | null;
  onPick: (file: PickedFile) => void;
}) {
  const t = useTranslate();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  return (
    <div className={styles.file}>
      {/* The native input opens the file dialog; the button, which Office's webviews and screen readers
          treat alike, opens it from the user's own click (a dialog needs one). */}
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept=".csv,.xlsx,.xlsm,.xls,text/csv"
        tabIndex={-1}
        aria-hidden
        data-testid={testId}
        onChange={async (event) => {
          const picked = event.target.files?.[0];
          if (picked) onPick({ name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) });
        }}
      />
      <Button icon={<DocumentArrowUp20Regular />} aria-describedby={hintId} onClick={() => input.current?.click()}>
        {t("reconcileChooseFile")}
      </Button>
      <Caption1 id={hintId}>{file ? t("reconcileFileChosen", { name: file.name }) : t("reconcileNoFile")}</Caption1>
    </div>
  );
}

export function ReconcilePage({ host }: PageProps) {
  const t = useTranslate();
  const locale = useLocale();
  const jobStyles = useJobStyles();
  const actions = usePageActions(host);

  const [journals, setJournals] = useState<FoundJournal[]>([]);
  const [sheets, setSheets] = useState<string[]>([]);
  const [choices, choose] = useRememberedForm<ChoiceFields>(host, NO_CHOICES, rememberedChoiceFields);
  const { sourceKind, carryKind, marks } = choices;
  const [file, setFile] = useState<PickedFile | null>(null);
  const [carryFile, setCarryFile] = useState<PickedFile | null>(null);
  const [bookBalance, setBookBalance] = useState("");
  const [statementBalance, setStatementBalance] = useState("");
  const [mappingFor, setMappingFor] = useState<{ sheet: string; labels: string[] } | null>(null);
  const [mapping, setMapping] = useState<StatementMapping>({});
  const [session, setSession] = useState<Session | null>(null);
  const [ticked, setTicked] = useState<Set<Key>>(new Set());

  const refresh = () =>
    Promise.all([findJournals(host), host.listSheets()]).then(
      ([found, names]) => {
        setJournals(found);
        setSheets(names);
      },
      // Unreadable now (a cell being edited): the lists stay as they were, and the actions say what is wrong.
      () => undefined,
    );
  useEffect(() => void refresh(), [host]);

  const banks = journals.filter((journal) => journal.kind === "bank").map((journal) => journal.sheet);
  const bookSheet = chosenOrFirst(choices.bookSheet, banks);
  const journalSheets = new Set(journals.map((journal) => journal.sheet));
  const statementSheets = sheets.filter((name) => !journalSheets.has(name));
  const statementSheet = chosenOrFirst(choices.statementSheet, statementSheets);
  const source: ReconcileForm["source"] | null =
    sourceKind === "sheet"
      ? statementSheet
        ? { kind: "sheet", sheet: statementSheet }
        : null
      : file && { kind: "file", ...file };

  const carrySheets = sheets.filter(
    (name) => name !== bookSheet && !(sourceKind === "sheet" && name === statementSheet),
  );
  const carrySheet = chosenOrFirst(choices.carrySheet, carrySheets);
  const carry: CarryChoice | null =
    carryKind === "sheet"
      ? carrySheet
        ? { kind: "sheet", sheet: carrySheet }
        : null
      : carryKind === "file"
        ? carryFile && { kind: "file", ...carryFile }
        : { kind: carryKind };

  const form = (withMapping: boolean): ReconcileForm => ({
    bookSheet,
    source: source!,
    carry: carry!,
    window: choices.window,
    bookBalance,
    statementBalance,
    ...(withMapping && { mapping }),
  });

  const tick = (key: Key, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const matchedOutcome = (outcome: AutoMatchOutcome): Outcome => {
    if (outcome.kind === "problem") {
      // The job names its inputs "book" and "statement"; here they are the journal and statement fields.
      const field = outcome.problem.field === "book" ? "book-sheet" : outcome.problem.field;
      return problemOutcome({ ...outcome.problem, field }, locale, t("fixTheField"), outcome.findings);
    }
    if (outcome.kind === "damaged")
      return { intent: "warning", text: t("reconcileCsvDamaged", { line: outcome.line }) };
    if (outcome.kind === "needs-mapping") {
      setMappingFor({ sheet: outcome.sheet, labels: outcome.labels });
      return { intent: "warning", text: t("reconcileNeedsMapping", { sheet: outcome.sheet }) };
    }
    // Read through the columns just given: the form stays, its result under its button, open to correction.
    if (outcome.mapped !== "form") setMappingFor(null);
    setSession({ reconciled: outcome.reconciled, review: outcome.review });
    const { reconciliation, findings } = outcome.reconciled;
    const outstanding = Object.values(reconciliation.outstanding).reduce((sum, list) => sum + list.length, 0);
    const { carriedFrom } = outcome.reconciled;
    const text = sentences(locale, [
      t("reconcileMatched", {
        matches: outcome.review.matches.length,
        ambiguous: outcome.review.ambiguous.length,
        outstanding,
        verdict: verdict(t, reconciliation.difference),
      }),
      carriedFrom !== null
        ? t("reconcileCarriedFrom", { sheet: carriedFrom })
        : carryKind === "auto"
          ? t("reconcileCarriedNotFound")
          : "",
      outcome.mapped === "remembered" ? t("reconcileRemembered") : "",
    ]);
    return {
      intent: reconciliation.difference === 0 && findings.length === 0 ? "success" : "warning",
      text,
      findings,
    };
  };

  /** A new run starts from nothing: the last review and its ticks are cleared before it reads. */
  const startOver = () => {
    setSession(null);
    setTicked(new Set());
  };

  const tickedOf = (prefix: "m" | "b" | "s") =>
    [...ticked].filter((key) => key.startsWith(prefix)).map((key) => Number(key.slice(1)));

  return (
    <>
      <JobSection help={t("reconcileHelp")}>
        <SettingField actions={actions} name="book-sheet" label={t("reconcileBookLabel")}>
          <SheetDropdown
            sheet={bookSheet}
            sheets={banks}
            onOpen={() => void refresh()}
            onPick={(picked) => choose({ bookSheet: picked })}
          />
        </SettingField>
        <SettingField actions={actions} name="source" label={t("reconcileSourceLabel")}>
          <RadioGroup
            value={sourceKind}
            onChange={(_, data) => choose({ sourceKind: data.value as ChoiceFields["sourceKind"] })}
          >
            <Radio value="sheet" label={t("reconcileFromSheet")} />
            <Radio value="file" label={t("reconcileFromFile")} />
          </RadioGroup>
        </SettingField>
        {sourceKind === "sheet" ? (
          <SettingField actions={actions} name="statement" label={t("reconcileStatementSheetLabel")}>
            <SheetDropdown
              sheet={statementSheet}
              sheets={statementSheets}
              onOpen={() => void refresh()}
              onPick={(picked) => choose({ statementSheet: picked })}
            />
          </SettingField>
        ) : (
          <SettingField actions={actions} name="statement" label={t("reconcileStatementFileLabel")}>
            <FilePicker testId="statement-file" file={file} onPick={setFile} />
          </SettingField>
        )}
        <SettingField actions={actions} name="carry-from" label={t("reconcileCarryLabel")}>
          <RadioGroup
            value={carryKind}
            onChange={(_, data) => choose({ carryKind: data.value as CarryChoice["kind"] })}
          >
            {CARRY_KINDS.map((kind) => (
              <Radio key={kind} value={kind} label={t(CARRY_LABELS[kind])} />
            ))}
          </RadioGroup>
        </SettingField>
        {carryKind === "sheet" && (
          <SettingField actions={actions} name="carry" label={t("reconcileCarrySheetLabel")}>
            <SheetDropdown
              sheet={carrySheet}
              sheets={carrySheets}
              onOpen={() => void refresh()}
              onPick={(picked) => choose({ carrySheet: picked })}
            />
          </SettingField>
        )}
        {carryKind === "file" && (
          <SettingField actions={actions} name="carry" label={t("reconcileCarryFileLabel")}>
            <FilePicker testId="carry-file" file={carryFile} onPick={setCarryFile} />
          </SettingField>
        )}
        <div className={jobStyles.fields}>
          <SettingField
            actions={actions}
            name="window"
            label={t("reconcileWindowLabel")}
            hint={t("reconcileWindowHint")}
          >
            <Input value={choices.window} inputMode="numeric" onChange={(_, data) => choose({ window: data.value })} />
          </SettingField>
          <SettingField
            actions={actions}
            name="book-balance"
            label={t("reconcileBookBalanceLabel")}
            hint={t("reconcileBalanceHint")}
          >
            <Input value={bookBalance} inputMode="decimal" onChange={(_, data) => setBookBalance(data.value)} />
          </SettingField>
          <SettingField actions={actions} name="statement-balance" label={t("reconcileStatementBalanceLabel")}>
            <Input
              value={statementBalance}
              inputMode="decimal"
              onChange={(_, data) => setStatementBalance(data.value)}
            />
          </SettingField>
        </div>
        <ActionBlock
          actions={actions}
          id="auto-match"
          label={t("reconcileAutoButton")}
          primary={!session && !mappingFor}
          disabledReason={
            !bookSheet
              ? t("reconcileNoBankJournal")
              : !source
                ? t("reconcileNoStatement")
                : !carry
                  ? t("reconcileNoCarrySheet")
                  : undefined
          }
          run={async (options) => {
            startOver();
            return matchedOutcome(await autoMatch(host, form(false), options));
          }}
        />
      </JobSection>

      {mappingFor && (
        <JobSection title={t("reconcileMappingSection")} help={t("reconcileMappingHelp")}>
          <MappingFields actions={actions} labels={mappingFor.labels} mapping={mapping} onChange={setMapping} />
          <ActionBlock
            actions={actions}
            id="map-columns"
            label={t("reconcileMapButton")}
            primary
            disabledReason={!source ? t("reconcileNoStatement") : !carry ? t("reconcileNoCarrySheet") : undefined}
            run={async (options) => {
              const refused = checkMapping(mapping);
              if (refused)
                return {
                  intent: "warning",
                  text: t("fixTheField"),
                  field: { name: `map-${refused.field}`, message: t(MAPPING_REFUSALS[refused.reason]) },
                };
              startOver();
              return matchedOutcome(await autoMatch(host, form(true), options));
            }}
          />
        </JobSection>
      )}

      {session && (
        <JobSection title={t("reconcileReviewSection")} help={t("reconcileReviewHelp")}>
          <ReviewLists session={session} ticked={ticked} onTick={tick} />
          <ActionBlock
            actions={actions}
            id="unmatch"
            label={t("reconcileUnmatchButton")}
            disabledReason={tickedOf("m").length === 0 ? t("reconcileSelectMatches") : undefined}
            run={async () => {
              const indexes = tickedOf("m");
              const review = unmatch(session.review, indexes);
              setSession({ ...session, review });
              setTicked(new Set());
              const figures = reviewedReconciliation(session.reconciled, review).reconciliation;
              return {
                intent: "success",
                text: t("reconcileUnmatched", { count: indexes.length, verdict: verdict(t, figures.difference) }),
              };
            }}
          />
          <ActionBlock
            actions={actions}
            id="match-by-hand"
            label={t("reconcileByHandButton")}
            disabledReason={
              tickedOf("b").length === 0 || tickedOf("s").length === 0 ? t("reconcileSelectLines") : undefined
            }
            run={async (): Promise<Outcome> => {
              const { bookItems, statementItems } = session.reconciled;
              const outcome = matchByHand(bookItems, statementItems, session.review, tickedOf("b"), tickedOf("s"));
              if (!outcome.ok) {
                const money = (fen: number) => formatMoney(fen, { symbol: true });
                const text =
                  outcome.reason === "needs-both-sides"
                    ? t("reconcileRefusedSides")
                    : outcome.reason === "already-matched"
                      ? t("reconcileRefusedMatched", {
                          side: t(outcome.side === "book" ? "reconcileJournalSide" : "reconcileStatementSide"),
                          row: outcome.row,
                        })
                      : outcome.reason === "directions-differ"
                        ? t("reconcileRefusedDirections")
                        : t("reconcileRefusedSums", { book: money(outcome.book), statement: money(outcome.statement) });
                return { intent: "warning", text };
              }
              setSession({ ...session, review: outcome.review });
              setTicked(new Set());
              const figures = reviewedReconciliation(session.reconciled, outcome.review).reconciliation;
              const amount = outcome.match.book.reduce((sum, i) => sum + bookItems[i]!.amount, 0);
              return {
                intent: "success",
                text: t("reconcileByHand", {
                  book: outcome.match.book.length,
                  statement: outcome.match.statement.length,
                  amount: formatMoney(amount, { symbol: true }),
                  verdict: verdict(t, figures.difference),
                }),
              };
            }}
          />
        </JobSection>
      )}

      {session && (
        <JobSection title={t("reconcileWriteSection")} help={t("reconcileWriteHelp")}>
          <SettingField actions={actions} name="marks" hint={t("reconcileMarksHint")}>
            <Checkbox
              checked={marks}
              onChange={(_, data) => choose({ marks: Boolean(data.checked) })}
              label={t("reconcileMarksLabel")}
            />
          </SettingField>
          <ActionBlock
            actions={actions}
            id="write-reconciliation"
            label={t("reconcileWriteButton")}
            primary
            run={async (options): Promise<Outcome> => {
              const written = await writeReconciliation(host, session.reconciled, session.review, { marks }, options);
              if (written.kind === "problem") return problemOutcome(written.problem, locale, t("fixTheField"));
              const difference = written.reviewed.reconciliation.difference;
              const text = t("reconcileWritten", {
                table: written.sheets[0]!,
                record: written.sheets[1]!,
                verdict: verdict(t, difference),
              });
              const findings = written.reviewed.findings;
              // The two sheets are written; the journal refused its marks: said on the 两清 option, and why.
              if (written.marks && "refused" in written.marks)
                return problemOutcome(
                  written.marks.refused,
                  locale,
                  sentences(locale, [text, t("reconcileMarksRefused")]),
                  findings,
                );
              return {
                intent: difference === 0 && findings.length === 0 ? "success" : "warning",
                text: sentences(locale, [text, written.marks ? t("reconcileMarksWritten", written.marks) : ""]),
                findings,
              };
            }}
          />
        </JobSection>
      )}
    </>
  );
}
