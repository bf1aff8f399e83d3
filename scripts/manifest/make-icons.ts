/**
 * Draws the add-in icons into assets/: a white ¥ on a green-teal rounded square, with a darker ledger spine on the
 * left (and binding rings from 64 px up). Run `npx tsx scripts/manifest/make-icons.ts` after changing the drawing; the PNGs are committed.
 *
 * Shapes are plain inside/outside tests in pixel coordinates; each pixel averages an 8×8 grid of samples, which is
 * the antialiasing. Small sizes get their own proportions (one bar, strokes on whole pixels) so they stay crisp.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { encodePng } from "./png";

/** Every size the manifest uses (16/32/80 ribbon, 32 IconUrl, 64 HighResolutionIconUrl) plus 128 for listings. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
const TILE_TOP: Rgb = [0x1f, 0xa8, 0x8a];
const TILE_BOTTOM: Rgb = [0x0c, 0x7a, 0x6a];
const SPINE: Rgb = [0x08, 0x5c, 0x50];
const GLYPH: Rgb = [0xff, 0xff, 0xff];
const RING: Rgb = [0xc8, 0xeb, 0xe2];
const SAMPLES_PER_AXIS = 8;

interface Geometry {
  /** Tile inset from the image edge and corner radius, in pixels. */
  inset: number;
  radius: number;
  /** Width of the ledger spine on the left (0 for none), and the binding rings on it: centre ys and radius. */
  spine: number;
  rings: number[];
  ringRadius: number;
  /** Stroke width of the ¥. */
  stroke: number;
  /** Horizontal centre of the ¥ and the y where its arms meet the stem. */
  centerX: number;
  armsTop: number;
  armsJoin: number;
  armsSpread: number;
  stemBottom: number;
  /** Vertical centres of the crossbars and their half-length. */
  bars: number[];
  barHalf: number;
}

function geometryFor(size: number): Geometry {
  if (size <= 16) {
    // Hand-placed on the 16 px grid: 2 px strokes on whole pixels and one crossbar, or it blurs into a blob.
    return {
      inset: 0,
      radius: 3,
      spine: 0,
      rings: [],
      ringRadius: 0,
      stroke: 2,
      centerX: 8,
      armsTop: 3,
      armsJoin: 8,
      armsSpread: 4,
      stemBottom: 14,
      bars: [10],
      barHalf: 3.5,
    };
  }
  if (size <= 32) {
    return {
      inset: 1,
      radius: 6,
      spine: 4,
      rings: [],
      ringRadius: 0,
      stroke: 3,
      centerX: 17.5,
      armsTop: 6,
      armsJoin: 16,
      armsSpread: 7.5,
      stemBottom: 27,
      bars: [19.5],
      barHalf: 6,
    };
  }
  const s = size / 64;
  // Snap strokes to whole pixels so the stem and bars have sharp edges at 80 and 128 too.
  const stroke = Math.round(6 * s);
  const onGrid = (center: number): number => Math.round(center - stroke / 2) + stroke / 2;
  const spine = Math.round(9 * s);
  const inset = Math.round(2 * s);
  return {
    inset,
    radius: 12 * s,
    spine,
    rings: [20, 32, 44].map((y) => y * s),
    ringRadius: 2 * s,
    stroke,
    centerX: onGrid(36 * s),
    armsTop: Math.round(12 * s),
    armsJoin: 31 * s,
    armsSpread: 14 * s,
    stemBottom: Math.round(54 * s),
    bars: [onGrid(36 * s), onGrid(45 * s)],
    barHalf: Math.round(12 * s),
  };
}

function insideRoundedRect(
  x: number,
  y: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
  r: number,
): boolean {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
}

/** Within half a stroke of the segment (round ends), used for the ¥ arms. */
function nearSegment(x: number, y: number, x0: number, y0: number, x1: number, y1: number, halfWidth: number): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const t = Math.min(1, Math.max(0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
  const ex = x - (x0 + t * dx);
  const ey = y - (y0 + t * dy);
  return ex * ex + ey * ey <= halfWidth * halfWidth;
}

function insideGlyph(x: number, y: number, g: Geometry): boolean {
  const half = g.stroke / 2;
  // Arms are cut flat at the top, like the stems of a sans-serif ¥.
  const arm =
    y >= g.armsTop &&
    (nearSegment(x, y, g.centerX - g.armsSpread, g.armsTop - half, g.centerX, g.armsJoin, half) ||
      nearSegment(x, y, g.centerX + g.armsSpread, g.armsTop - half, g.centerX, g.armsJoin, half));
  const stem = Math.abs(x - g.centerX) <= half && y >= g.armsJoin && y <= g.stemBottom;
  if (arm || stem) return true;
  if (Math.abs(x - g.centerX) > g.barHalf) return false;
  for (const barY of g.bars) if (Math.abs(y - barY) <= half) return true;
  return false;
}

/** What one sample point shows: a colour, or undefined for transparent. `tile` is the gradient colour at this y. */
function sampleColor(x: number, y: number, size: number, g: Geometry, tile: Rgb): Rgb | undefined {
  const far = size - g.inset;
  if (!insideRoundedRect(x, y, g.inset, g.inset, far, far, g.radius)) return undefined;
  if (insideGlyph(x, y, g)) return GLYPH;
  if (x >= g.inset + g.spine) return tile;
  const ringX = g.inset + g.spine / 2;
  for (const ringY of g.rings) {
    if ((x - ringX) * (x - ringX) + (y - ringY) * (y - ringY) <= g.ringRadius * g.ringRadius) return RING;
  }
  return SPINE;
}

function tileColorAt(y: number, size: number, g: Geometry): Rgb {
  const t = (y - g.inset) / (size - 2 * g.inset);
  const mix = (i: 0 | 1 | 2): number => TILE_TOP[i] * (1 - t) + TILE_BOTTOM[i] * t;
  return [mix(0), mix(1), mix(2)];
}

/** Renders one icon as straight RGBA bytes. */
export function renderIcon(size: number): Uint8Array {
  const g = geometryFor(size);
  const rgba = new Uint8Array(size * size * 4);
  const samples = SAMPLES_PER_AXIS * SAMPLES_PER_AXIS;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Sum premultiplied colour, so edge pixels blend towards transparent rather than towards black.
      let r = 0;
      let gr = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES_PER_AXIS; sy++) {
        const y = py + (sy + 0.5) / SAMPLES_PER_AXIS;
        const tile = tileColorAt(y, size, g);
        for (let sx = 0; sx < SAMPLES_PER_AXIS; sx++) {
          const color = sampleColor(px + (sx + 0.5) / SAMPLES_PER_AXIS, y, size, g, tile);
          if (!color) continue;
          r += color[0];
          gr += color[1];
          b += color[2];
          covered++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        rgba[offset] = Math.round(r / covered);
        rgba[offset + 1] = Math.round(gr / covered);
        rgba[offset + 2] = Math.round(b / covered);
        rgba[offset + 3] = Math.round((255 * covered) / samples);
      }
    }
  }
  return rgba;
}

export function writeIcons(assetsDir: string): string[] {
  mkdirSync(assetsDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = path.join(assetsDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    return file;
  });
}

if (require.main === module) {
  const assetsDir = path.resolve(__dirname, "..", "..", "assets");
  for (const file of writeIcons(assetsDir)) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
