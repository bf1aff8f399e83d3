/**
 * `cashbook generate --out`: the target is checked before any work, the workbook is written atomically, and every
 * failure is one line in the user's language (the stack only with --debug), exit 2, with any previous file unchanged.
 */
import { spawnSync } from "node:child_process";
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT } from "../../src/cli/main";
import { cashbook } from "../support/cli";
import { replaceFile } from "../../src/cli/write";
import { generatorKinds } from "../../src/jobs";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "cashbook-write-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PREVIOUS = Buffer.from("the accountant's previous workbook");
const EMPTY_MONTH = ["generate", "cash-journal", "--month", "2026-01"];
/** A Node stack frame, as it would appear in the output. */
const STACK_FRAME = /^\s+at /m;

describe("replaceFile", () => {
  test("a write that fails half way leaves the previous file exactly as it was, and no partial file", async () => {
    const target = join(dir, "book.xlsx");
    writeFileSync(target, PREVIOUS);
    const diskFull = async (file: FileHandle, data: Uint8Array) => {
      await file.write(data.subarray(0, data.length / 2));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    };
    await expect(replaceFile(target, Buffer.alloc(100_000, 1), diskFull)).rejects.toMatchObject({ code: "ENOSPC" });
    expect(readFileSync(target)).toEqual(PREVIOUS);
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
  });

  test("a rename that fails removes the temporary file and leaves what was there", async () => {
    const target = join(dir, "book.xlsx");
    mkdirSync(target);
    writeFileSync(join(target, "inside"), PREVIOUS);
    await expect(replaceFile(target, Buffer.from("new"))).rejects.toHaveProperty("code");
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
    expect(readFileSync(join(target, "inside"))).toEqual(PREVIOUS);
  });

  test("a write that succeeds replaces the file and leaves nothing else", async () => {
    const target = join(dir, "book.xlsx");
    writeFileSync(target, PREVIOUS);
    await replaceFile(target, Buffer.from("new workbook"));
    expect(readFileSync(target, "utf8")).toBe("new workbook");
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
  });
});

describe("--out is refused before any work, whatever the flags, in one line and with any file there unchanged", () => {
  const ENTRIES = "日期,摘要,收入,支出\n2026-01-05,提现,100,\n";

  test.each([
    ["an empty name", () => "", "--out 应是一个 .xlsx 文件名，而不是“”"],
    ["a name that is not .xlsx", () => join(dir, "book.csv"), "--out 应是一个 .xlsx 文件名"],
    ["a folder", () => (mkdirSync(join(dir, "f.xlsx")), join(dir, "f.xlsx")), "是一个文件夹"],
    ["a missing folder", () => join(dir, "missing", "book.xlsx"), "missing 不存在"],
    ["a file as its folder", () => join(dir, "entries.csv", "book.xlsx"), "不存在"],
    [
      "a link to nothing",
      () => (symlinkSync(join(dir, "elsewhere.xlsx"), join(dir, "l.xlsx")), join(dir, "l.xlsx")),
      "是一个符号链接",
    ],
    [
      "a link to a file",
      () => (
        writeFileSync(join(dir, "real.xlsx"), PREVIOUS),
        symlinkSync("real.xlsx", join(dir, "l.xlsx")),
        join(dir, "l.xlsx")
      ),
      "是一个符号链接",
    ],
  ])("%s", async (_, target, message) => {
    writeFileSync(join(dir, "entries.csv"), ENTRIES);
    const out = target();
    const before = readdirSync(dir).sort();
    const result = await cashbook([...EMPTY_MONTH, "--out", out, "--overwrite"]);
    expect(result).toEqual({ code: EXIT.unusable, stdout: "", stderr: expect.stringContaining(message) });
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  test("--out naming the --from file, by its own name, another spelling or a hard link", async () => {
    const from = join(dir, "book.xlsx");
    writeFileSync(from, PREVIOUS);
    linkSync(from, join(dir, "same.xlsx"));
    for (const out of [from, join(dir, ".", "sub", "..", "book.xlsx"), join(dir, "same.xlsx")]) {
      mkdirSync(join(dir, "sub"), { recursive: true });
      const result = await cashbook(["generate", "cash-journal", "--from", from, "--out", out, "--overwrite"], {
        LANG: "en_US.UTF-8",
      });
      expect(result).toEqual({
        code: EXIT.unusable,
        stdout: "",
        stderr: `${out} is the file --from reads, and the result cannot be written over it: give --out another name\n`,
      });
      expect(readFileSync(from)).toEqual(PREVIOUS);
    }
  });
});

describe("an unexpected exception", () => {
  const cashJournal = generatorKinds.find((kind) => kind.kind === "cash-journal")!;
  afterEach(() => jest.restoreAllMocks());

  test("is one line saying to rerun with --debug, exit 2; --debug and CASHBOOK_DEBUG=1 show the stack", async () => {
    jest.spyOn(cashJournal, "generate").mockImplementation(() => {
      throw new TypeError("boom\nsecond line");
    });
    const args = [...EMPTY_MONTH, "--out", join(dir, "x.xlsx")];
    const plain = await cashbook(args, { LANG: "en_US.UTF-8" });
    expect(plain).toEqual({
      code: EXIT.unusable,
      stdout: "",
      stderr:
        "Unexpected error: boom. This is a fault in cashbook: run again with --debug and send the output to its maintainers\n",
    });
    const debugged = await cashbook([...args, "--debug"]);
    expect(debugged.code).toBe(EXIT.unusable);
    expect(debugged.stderr).toMatch(STACK_FRAME);
    expect(debugged.stderr).toContain("意外错误：boom。");
    expect((await cashbook(args, { CASHBOOK_DEBUG: "1" })).stderr).toMatch(STACK_FRAME);
    expect(readdirSync(dir)).toEqual([]);
  });
});

/**
 * The compiled command on a real full disk and a read-only one: a small tmpfs mounted in a private user and mount
 * namespace (`unshare -rm`), so no privileges are needed and nothing outside the test sees it.
 */
const unshare = spawnSync("unshare", ["-rm", "true"]);
const mountable = unshare.status === 0;
if (!mountable) {
  if (process.env.CI === "true") throw new Error("unshare -rm is required when CI=true (a tmpfs for the disk tests)");
  console.warn("[skip] unshare -rm is not available; the full-disk and read-only-disk tests are skipped");
}

(mountable ? describe : describe.skip)("the compiled command on a full disk and a read-only disk", () => {
  const bin = join(__dirname, "../../bin/cashbook.js");

  /** Runs the script in the namespace with a 16 KB tmpfs at $DISK holding old.xlsx (9,000 bytes); prints what's left. */
  function onSmallDisk(script: string) {
    const run = spawnSync(
      "unshare",
      [
        "-rm",
        "sh",
        "-c",
        `set -e; mount -t tmpfs -o size=16k tmpfs "$DISK"; head -c 9000 /dev/zero | tr '\\0' x > "$DISK/old.xlsx"
         set +e; ${script}; echo "exit=$?"; ls -A "$DISK"; md5sum < "$DISK/old.xlsx"`,
      ],
      { encoding: "utf8", env: { ...process.env, DISK: dir, NODE: process.execPath, BIN: bin, LANG: "zh_CN.UTF-8" } },
    );
    expect(run.status).toBe(0);
    return run;
  }

  const OLD_MD5 = spawnSync("sh", ["-c", "head -c 9000 /dev/zero | tr '\\0' x | md5sum"], { encoding: "utf8" }).stdout;
  const generate = `"$NODE" "$BIN" generate cash-journal --month 2026-01`;

  test("a disk too full for the new workbook: one line, exit 2, the old file unchanged, no partial file", () => {
    const run = onSmallDisk(
      `${generate} --out "$DISK/old.xlsx" --overwrite; echo "exit=$?"; ${generate} --out "$DISK/new.xlsx"`,
    );
    expect(run.stdout).toBe(`exit=2\nexit=2\nold.xlsx\n${OLD_MD5}`);
    expect(run.stderr).toBe(
      [
        "正在写入 " + join(dir, "old.xlsx") + " …",
        `磁盘空间不足，${join(dir, "old.xlsx")} 没有写入（原有文件保持不变）；请腾出空间后重试`,
        "正在写入 " + join(dir, "new.xlsx") + " …",
        `磁盘空间不足，${join(dir, "new.xlsx")} 没有写入（原有文件保持不变）；请腾出空间后重试`,
        "",
      ].join("\n"),
    );
  });

  test("a read-only disk: refused before any work, in one line", () => {
    const run = onSmallDisk(`mount -o remount,ro "$DISK"; ${generate} --out "$DISK/old.xlsx" --overwrite`);
    expect(run.stdout).toBe(`exit=2\nold.xlsx\n${OLD_MD5}`);
    expect(run.stderr).toBe(`无法写入 ${join(dir, "old.xlsx")}：它所在的磁盘是只读的；请换一个文件夹\n`);
  });
});
