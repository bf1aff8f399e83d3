import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyPlan } from "../../src/core/plan";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { EXIT } from "../../src/cli/main";
import { cashbook } from "../support/cli";

describe("cashbook words", () => {
  test("prints the canonical words", async () => {
    expect(await cashbook(["words", "1409.50"])).toEqual({
      code: EXIT.ok,
      stdout: "人民币壹仟肆佰零玖元伍角整\n",
      stderr: "",
    });
    expect((await cashbook(["words", "--no-prefix", "107,000.53"])).stdout).toBe("壹拾万柒仟元零伍角叁分\n");
  });

  test("an amount that looks like an option is still an amount", async () => {
    const negative = await cashbook(["words", "-100"]);
    expect(negative.code).toBe(EXIT.unusable);
    expect(negative.stderr).not.toBe("");
  });

  test("--check exits 0 when figures and words agree, 1 with the reason when not, 2 on unusable input", async () => {
    expect(await cashbook(["words", "--check", "1680.32", "人民币壹仟陆佰捌拾元叁角贰分"])).toMatchObject({
      code: EXIT.ok,
    });
    const disagree = await cashbook(["words", "--check", "325.04", "人民币叁佰贰拾伍元肆分"]);
    expect(disagree.code).toBe(EXIT.problems);
    expect(disagree.stdout).toContain("零");
    expect((await cashbook(["words", "--check", "abc", "壹元整"])).code).toBe(EXIT.unusable);
    expect((await cashbook(["words", "--check", "1"])).code).toBe(EXIT.unusable);
  });

  test("unusable input: nothing to convert, an unknown option or command", async () => {
    expect((await cashbook(["words"])).code).toBe(EXIT.unusable);
    expect((await cashbook(["words", "1", "--frobnicate"])).code).toBe(EXIT.unusable);
    expect((await cashbook(["ledger"])).code).toBe(EXIT.unusable);
    expect((await cashbook([])).code).toBe(EXIT.unusable);
    expect((await cashbook(["--help"])).code).toBe(EXIT.ok);
  });

  test("messages follow LANG, or --lang", async () => {
    const zh = await cashbook(["words", "abc"]);
    const en = await cashbook(["words", "abc"], { LANG: "en_US.UTF-8" });
    const forced = await cashbook(["words", "abc", "--lang", "en-US"]);
    expect(zh.stderr).not.toEqual(en.stderr);
    expect(forced.stderr).toEqual(en.stderr);
    expect((await cashbook(["--help"], {})).stdout).toContain("用法");
  });
});

describe("cashbook chequedate", () => {
  test("prints the cheque-date words", async () => {
    expect((await cashbook(["chequedate", "2026-01-15"])).stdout).toBe("贰零贰陆年零壹月壹拾伍日\n");
    expect((await cashbook(["chequedate", "2026-10-20"])).stdout).toBe("贰零贰陆年零壹拾月零贰拾日\n");
    expect((await cashbook(["chequedate", "2026-13-01"])).code).toBe(EXIT.unusable);
  });
});

describe("the installed command", () => {
  const bin = join(__dirname, "../../bin/cashbook.js");
  const bundle = join(__dirname, "../../dist-cli/cashbook.cjs");

  test("npx cashbook runs through bin/cashbook.js with real exit codes", () => {
    expect(execFileSync(process.execPath, [bin, "words", "6007.14"], { encoding: "utf8" })).toBe(
      "人民币陆仟零柒元壹角肆分\n",
    );
    const disagree = spawnSync(process.execPath, [bin, "words", "--check", "100", "壹佰元"], { encoding: "utf8" });
    expect(disagree.status).toBe(1);
    const unusable = spawnSync(process.execPath, [bin, "chequedate", "tomorrow"], { encoding: "utf8" });
    expect(unusable.status).toBe(2);
  });

  test("it runs the compiled bundle and writes nothing to the temporary folder", () => {
    const tmp = mkdtempSync(join(tmpdir(), "cashbook-tmpdir-"));
    const help = spawnSync(process.execPath, [bin, "--help"], {
      encoding: "utf8",
      env: { ...process.env, TMPDIR: tmp },
    });
    expect(help.status).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
    rmSync(tmp, { recursive: true });
  });

  test("the bundle run itself is the command, with its output and exit codes; required, it runs nothing", () => {
    const help = spawnSync(process.execPath, [bundle, "--help", "--lang", "en-US"], { encoding: "utf8" });
    expect([help.status, help.stdout.split("\n")[0]]).toEqual([0, "cashbook — the Cashbook command line"]);
    const date = spawnSync(process.execPath, [bundle, "chequedate", "2026-10-20"], { encoding: "utf8" });
    expect([date.status, date.stdout]).toEqual([0, "贰零贰陆年零壹拾月零贰拾日\n"]);
    const unreadable = spawnSync(process.execPath, [bundle, "words", "壹佰元整元"], { encoding: "utf8" });
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).not.toBe("");
    const required = spawnSync(
      process.execPath,
      ["-e", `const cli = require(${JSON.stringify(bundle)}); process.stdout.write(typeof cli.main)`, "--", "--help"],
      { encoding: "utf8" },
    );
    expect([required.status, required.stdout]).toEqual([0, "function"]);
  });

  test("a bundle older than the sources is rebuilt before it runs", () => {
    utimesSync(bundle, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(execFileSync(process.execPath, [bin, "words", "0.5"], { encoding: "utf8" })).toBe("人民币伍角整\n");
    expect(statSync(bundle).mtime.getFullYear()).toBeGreaterThan(2000);
  });
});

describe("cashbook check", () => {
  const dir = mkdtempSync(join(tmpdir(), "cashbook-check-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function workbook(name: string, rows: (string | number)[][]): Promise<string> {
    const plan = emptyPlan("付款清单");
    plan.blocks.push({ at: "A1", rows: [["出纳助手付款清单"], ...rows] });
    const path = join(dir, name);
    writeFileSync(
      path,
      await writeWorkbook([plan, { ...emptyPlan("备注"), blocks: [{ at: "A1", rows: [["随便写写"]] }] }]),
    );
    return path;
  }

  test("recognises the sheet by its headers, reports findings by cell, exit 1 on errors", async () => {
    const path = await workbook("pay.xlsx", [
      ["序号", "小写", "大写"],
      [1, 1680.32, "人民币壹仟陆佰捌拾元叁角贰分"],
      [2, 325.04, "人民币叁佰贰拾伍元肆分"],
    ]);
    const result = await cashbook(["check", path, "--json"], { LANG: "en_US.UTF-8" });
    expect(result.code).toBe(EXIT.problems);
    const report = JSON.parse(result.stdout);
    expect(report.file).toBe(path);
    // Every sheet is listed: the notes sheet as not recognised, and why.
    expect(report.sheets).toHaveLength(2);
    expect(report.sheets[0]).toMatchObject({ sheet: "付款清单", kind: "amount-words" });
    expect(report.sheets[1]).toEqual({ sheet: "备注", kind: null, unrecognised: "other", findings: [] });
    expect(report.sheets[0].findings).toEqual([
      { rule: "words-missing-ling", severity: "error", cell: "C4", message: expect.stringContaining("零") },
    ]);
    expect(result.stderr).toContain("pay.xlsx");
    const human = await cashbook(["check", path]);
    expect(human.stdout).toContain("C4");
  });

  test("a clean sheet exits 0; a CSV works the same way", async () => {
    const csv = join(dir, "clean.csv");
    writeFileSync(csv, "小写,大写\n1409.50,人民币壹仟肆佰零玖元伍角\n6007.14,人民币陆仟零柒元壹角肆分\n");
    const result = await cashbook(["check", csv, "--json"]);
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(result.stdout).sheets[0]).toEqual({ sheet: "clean", kind: "amount-words", findings: [] });
  });

  test("unusable input: missing file, not a workbook, unknown kind, missing sheet, nothing recognised", async () => {
    const path = await workbook("other.xlsx", [["日期", "摘要"]]);
    const garbage = join(dir, "garbage.xlsx");
    writeFileSync(garbage, Buffer.from("PK\u0003\u0004 this is not a zip"));
    for (const args of [
      ["check", join(dir, "missing.xlsx")],
      ["check", garbage],
      ["check", path, "--kind", "ledger"],
      ["check", path, "--sheet", "没有这张表"],
      ["check", path],
      ["check"],
    ]) {
      const result = await cashbook(args);
      expect({ args, code: result.code }).toEqual({ args, code: EXIT.unusable });
      expect(result.stderr).not.toBe("");
    }
  });
});

describe("files that are not what they say, in one line naming the file and where", () => {
  const dir = mkdtempSync(join(tmpdir(), "cashbook-damaged-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    [
      "a quote never closed",
      "unclosed.csv",
      '小写,大写\n1409.50,人民币壹仟肆佰零玖元伍角\r\n"6007.14,人民币陆仟零柒元壹角肆分\n1,壹元整\n',
      "第 3 行有一个引号没有结束",
    ],
    ["a NUL byte", "nul.csv", "小写,大写\n1,壹元整\n2,贰元\u0000整\n", "第 3 行含有空字符（字节 0）"],
  ])("%s in a CSV file is refused at its line", async (_, name, text, message) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const result = await cashbook(["check", path]);
    expect(result).toMatchObject({ code: EXIT.unusable, stdout: "" });
    // The progress line, then the refusal.
    expect(result.stderr.trim().split("\n")).toEqual([
      `正在读取 ${path} …`,
      expect.stringContaining(`${path} ${message}`),
    ]);
  });

  test("an Excel 97-2003 file, whatever its name, goes to the .xls reader, which refuses a damaged one", async () => {
    // The OLE compound file signature, then a header whose every field is 0xff: no text, no zip, no container.
    const xls = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504, 0xff)]);
    for (const name of ["statement.xls", "statement.csv", "statement"]) {
      writeFileSync(join(dir, name), xls);
      const result = await cashbook(["check", join(dir, name)], { LANG: "en_US.UTF-8" });
      expect(result.code).toBe(EXIT.unusable);
      expect(result.stderr).toContain("This .xls file cannot be read: it is damaged or incomplete");
    }
  });
});

describe("cashbook generate", () => {
  test("an unknown kind, a missing --out and an existing file are unusable input, each with a message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cashbook-generate-"));
    const existing = join(dir, "exists.xlsx");
    writeFileSync(existing, "");
    for (const args of [
      ["generate", "no-such-kind", "--out", join(dir, "x.xlsx")],
      ["generate"],
      ["generate", "x", "--out"],
    ]) {
      const result = await cashbook(args);
      expect(result.code).toBe(EXIT.unusable);
      expect(result.stderr).not.toBe("");
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test("help lists the kinds there are, and each generated kind with its options", async () => {
    const help = (await cashbook(["--help"], { LANG: "en_US.UTF-8" })).stdout;
    expect(help).toContain("Kinds to check: amount-words, cash-journal, bank-journal");
    const lines = help.split("\n");
    const options = (kind: string) => lines.find((line) => line.trimStart().startsWith(`${kind} `))?.trim();
    expect(options("cash-journal")).toContain("[--cash-limit AMOUNT] [--ytd-receipts AMOUNT]");
    expect(options("bank-journal")).not.toContain("--cash-limit");
    expect(options("cash-count")).toMatch(/^cash-count +--date YYYY-MM-DD \(--from FILE \| --book AMOUNT\)/);
    expect(options("funds-daily")).toContain("(--date YYYY-MM-DD | --month YYYY-MM)");
  });
});
