import type { ReportEntry } from '../model/types';
import type { RawTable } from './parseCsv';
import { CP1252_HIGH } from './decodeBytes';
import { rowNumber } from './tableColumns';

/** Mac Roman bytes 0x80-0xFF (the lower half is ASCII). */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** A single-byte encoding: the character of each byte 0x80-0xFF. */
interface Charset {
  name: string;
  bytes: Map<string, number>;
  /** A lead byte of a UTF-8 sequence followed by a continuation byte, as this charset shows them. */
  signal: RegExp;
}

const escape = (chars: string) =>
  [...chars].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

function charset(name: string, high: string): Charset {
  const bytes = new Map<string, number>();
  [...high].forEach((char, index) => bytes.set(char, 0x80 + index));
  const charsOf = (from: number, to: number) => [...high].slice(from - 0x80, to - 0x80 + 1).join('');
  const signal = new RegExp(`[${escape(charsOf(0xc2, 0xf4))}][${escape(charsOf(0x80, 0xbf))}]`);
  return { name, bytes, signal };
}

const LATIN1_HIGH = Array.from({ length: 32 }, (_, index) => String.fromCharCode(0xa0 + index)).join('');
const CHARSETS: Charset[] = [
  charset(
    'Windows-1252',
    CP1252_HIGH + LATIN1_HIGH + Array.from({ length: 64 }, (_, i) => String.fromCharCode(0xc0 + i)).join(''),
  ),
  charset('Mac Roman', MAC_ROMAN_HIGH),
];

/** The bytes a text was made of in `charset`, or null when some character is not in it. */
function encode(text: string, { bytes }: Charset): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const byte = code < 0x80 ? code : bytes.get(text[index]!);
    if (byte === undefined) return null;
    out[index] = byte;
  }
  return out;
}

/** Letters and punctuation real names hold: Latin, Greek, Cyrillic, dashes, quotes, €. */
// eslint-disable-next-line no-control-regex -- ASCII, controls included, is plausible
const PLAUSIBLE = /^[\u0000-\u007f\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u2010-\u2027\u20ac\u2122]*$/u;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function repairOnce(text: string): string | null {
  for (const set of CHARSETS) {
    if (!set.signal.test(text)) continue;
    const bytes = encode(text, set);
    if (!bytes) continue;
    let decoded: string;
    try {
      decoded = utf8.decode(bytes);
    } catch {
      continue;
    }
    if (decoded !== text && PLAUSIBLE.test(decoded)) return decoded;
  }
  return null;
}

/**
 * The text that UTF-8 read as Windows-1252 or Mac Roman and saved again stood for ("MÃ¼nchen",
 * "M√ºnster" -> "München", "Münster"), or null when the text is not such mojibake. Conservative:
 * every non-ASCII character must belong to a valid UTF-8 sequence of the wrong charset, and the
 * repaired text must be made of ordinary letters, so correct text is never changed.
 */
export function repairMojibake(text: string): string | null {
  // eslint-disable-next-line no-control-regex -- the ASCII test is the fast path
  if (/^[\u0000-\u007f]*$/.test(text)) return null;
  let repaired = repairOnce(text);
  // Text mis-read twice ("MÃƒÂ¼nchen") takes a second pass.
  const again = repaired === null ? null : repairOnce(repaired);
  if (again !== null) repaired = again;
  return repaired;
}

const MAX_LISTED = 2000;

/** A table with its mojibake repaired, and a report line per repaired cell (file, row, column). */
export function repairTable(file: string, table: RawTable): { table: RawTable; entries: ReportEntry[] } {
  const entries: ReportEntry[] = [];
  let repairedCells = 0;
  const header = table.header.map((cell) => repairMojibake(cell) ?? cell);
  const rows = table.rows.map((row, rowIndex) => {
    let copy: string[] | null = null;
    row.forEach((cell, column) => {
      const repaired = repairMojibake(cell);
      if (repaired === null) return;
      copy ??= [...row];
      copy[column] = repaired;
      repairedCells++;
      if (entries.length < MAX_LISTED)
        entries.push({
          severity: 'info',
          kind: 'repaired-text',
          file,
          row: rowNumber(table, rowIndex),
          column: header[column] ?? `column ${column + 1}`,
          problem: `"${cell}" is mis-encoded text (UTF-8 read in another encoding).`,
          action: `Read as "${repaired}".`,
        });
    });
    return copy ?? row;
  });
  if (repairedCells > MAX_LISTED)
    entries.push({
      severity: 'info',
      kind: 'repaired-text',
      file,
      row: null,
      column: null,
      problem: `${repairedCells.toLocaleString('en-GB')} cells held mis-encoded text.`,
      action: `All repaired; the first ${MAX_LISTED.toLocaleString('en-GB')} are listed.`,
    });
  return repairedCells === 0 ? { table, entries } : { table: { ...table, header, rows }, entries };
}
