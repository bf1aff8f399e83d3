/**
 * Text as Excel and WPS save a CSV on a Chinese Windows: GB18030. Node has no GB18030 encoder, so its decoder is
 * inverted over every two-byte code: enough for the Chinese that journals and statements hold (the four-byte codes
 * are for rare characters).
 */
export const GB18030_CODES = new Map<string, number[]>();
{
  const decoder = new TextDecoder("gb18030", { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!GB18030_CODES.has(char)) GB18030_CODES.set(char, [lead, trail]);
    }
  }
}

export function gb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : GB18030_CODES.get(char);
    if (!code) throw new Error(`no two-byte GB18030 code for ${char}`);
    bytes.push(...code);
  }
  return new Uint8Array(bytes);
}
