import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { ICON_SIZES, renderIcon } from "../../scripts/manifest/make-icons";
import { crc32, encodePng, readPngSize } from "../../scripts/manifest/png";

const ASSETS_DIR = path.resolve(__dirname, "..", "..", "assets");

/** Each size is drawn once for the whole file: drawing is the slow part. */
const rendered = new Map<number, Uint8Array>();
function rendering(size: number): Uint8Array {
  if (!rendered.has(size)) rendered.set(size, renderIcon(size));
  return rendered.get(size) as Uint8Array;
}

/** The RGBA pixels of a PNG written by encodePng (one IDAT, filter 0 on every row). */
function pixelsOf(png: Buffer, size: number): Buffer {
  const idatAt = png.indexOf("IDAT", 0, "latin1");
  const scanlines = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + png.readUInt32BE(idatAt - 4)));
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const rowStart = y * (size * 4 + 1);
    expect(scanlines[rowStart]).toBe(0);
    rows.push(scanlines.subarray(rowStart + 1, rowStart + 1 + size * 4));
  }
  return Buffer.concat(rows);
}

describe("png", () => {
  it("computes the standard CRC-32 check value", () => {
    expect(crc32(Buffer.from("123456789", "latin1"))).toBe(0xcbf43926);
  });

  it("writes a PNG whose header reads back its size", () => {
    const png = encodePng(3, 2, new Uint8Array(3 * 2 * 4).fill(200));
    expect(readPngSize(png)).toEqual({ width: 3, height: 2 });
    expect(
      pixelsOf(
        encodePng(
          2,
          2,
          Uint8Array.from({ length: 16 }, (_, i) => i),
        ),
        2,
      ),
    ).toEqual(Buffer.from([...Array(16).keys()]));
  });

  it("rejects bytes that are not an intact PNG", () => {
    expect(() => readPngSize(Buffer.from("GIF89a and some more bytes to pass the length check"))).toThrow(
      "not a PNG file",
    );
    const damaged = encodePng(4, 4, new Uint8Array(64));
    damaged[17] = 9; // width byte changed, checksum not
    expect(() => readPngSize(damaged)).toThrow("PNG header checksum is wrong");
  });

  it("refuses pixel data of the wrong length", () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow("expected 16 RGBA bytes, got 15");
  });
});

describe("assets/ icons", () => {
  it.each(ICON_SIZES)("icon-%i.png is that many pixels square and matches make-icons.ts", (size) => {
    const png = readFileSync(path.join(ASSETS_DIR, `icon-${size}.png`));
    expect(readPngSize(png)).toEqual({ width: size, height: size });
    // Committed icons must be what the script draws, so `npx tsx scripts/manifest/make-icons.ts` reproduces them.
    expect(pixelsOf(png, size).equals(Buffer.from(rendering(size)))).toBe(true);
  });

  it("draws an opaque tile with a white glyph in the middle and transparent corners", () => {
    for (const size of ICON_SIZES) {
      const pixels = rendering(size);
      const at = (x: number, y: number): number[] => [...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
      expect(at(0, 0)[3]).toBeLessThan(128);
      expect(at(size - 1, size - 1)[3]).toBeLessThan(128);
      expect(at(Math.floor(size * 0.55), Math.floor(size * 0.8) - 1)).toEqual([255, 255, 255, 255]); // the ¥ stem
      const tile = at(Math.floor(size * 0.85), Math.floor(size * 0.5));
      expect(tile[3]).toBe(255);
      expect(tile[1]).toBeGreaterThan((tile[0] as number) + 50); // green-teal, not grey
    }
  });
});
