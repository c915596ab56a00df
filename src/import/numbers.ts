/**
 * Numbers as spreadsheets write them: `2.5` or `2,5` (decimal comma, as German, French, Spanish
 * and Nordic Excel exports do), thousands separators (`1,234.5`, `1.234,5`, `1 234,5`, `1'234`)
 * and scientific notation (`1.5e3`, `1,5E3`). The decimal mark is decided once per column from
 * the cells that can only be read one way.
 */
export type DecimalMark = '.' | ',';

// A space, no-break space, thin space or apostrophe between digit groups of three.
const GROUP_SPACES = /(\d)[ \u00a0\u202f'](?=\d{3}(?:\D|$))/g;
const compact = (text: string) => text.trim().replace(GROUP_SPACES, '$1');
/** No number a spreadsheet writes is longer than this; a longer cell is text and is never pattern-matched. */
const MAX_NUMBER_LENGTH = 100;
const INTEGER = /^-?\d{1,15}$/;
// Each pattern matches in linear time: `\d+\.?\d*` would try every split of a long run of digits.
const PLAIN = /^[+-]?(\d+(?:\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const POINT_GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?(e[+-]?\d+)?$/i;
const COMMA_DECIMAL = /^[+-]?(\d+(?:,\d*)?|,\d+)(e[+-]?\d+)?$/i;
const COMMA_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?(e[+-]?\d+)?$/i;

/**
 * Which decimal mark a set of cells uses, from the cells that can only be read one way
 * ("2,5" or "1.234,5" for a comma, "2.5" or "1,234.5" for a point); `fallback` when none can.
 */
export function detectDecimalMark(cells: Iterable<string>, fallback: DecimalMark = '.'): DecimalMark {
  let comma = 0;
  let point = 0;
  let seen = 0;
  for (const raw of cells) {
    // A sample decides it: 20,000 cells of a 400,000-row column say as much as all of them.
    if (++seen > 20_000) break;
    if (raw.length > MAX_NUMBER_LENGTH) continue;
    const cell = compact(raw);
    if (/^[+-]?\d*,\d+(e[+-]?\d+)?$/i.test(cell) && !/^[+-]?\d{1,3},\d{3}$/.test(cell)) comma++;
    else if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(cell)) comma++;
    else if (/^[+-]?\d*\.\d+(e[+-]?\d+)?$/i.test(cell) && !/^[+-]?\d{1,3}\.\d{3}$/.test(cell)) point++;
    else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(cell)) point++;
  }
  if (comma === point) return fallback;
  return comma > point ? ',' : '.';
}

/** Read a number written with the given decimal mark; NaN when the text is not a number. */
export function parseNumber(text: string, mark: DecimalMark = '.'): number {
  if (text.length > MAX_NUMBER_LENGTH) return Number.NaN;
  if (INTEGER.test(text)) return Number(text); // the common case, read without further work
  const cell = compact(text);
  if (cell === '') return Number.NaN;
  if (mark === '.') {
    if (PLAIN.test(cell)) return Number(cell);
    if (POINT_GROUPED.test(cell)) return Number(cell.replace(/,/g, ''));
    return Number.NaN;
  }
  if (COMMA_GROUPED.test(cell)) return Number(cell.replace(/\./g, '').replace(',', '.'));
  if (COMMA_DECIMAL.test(cell)) return Number(cell.replace(',', '.'));
  // A point-decimal number in a comma column ("2.5" among "2,5") is still unambiguous.
  if (/^[+-]?\d*\.\d+(e[+-]?\d+)?$/i.test(cell) && !/^[+-]?\d{1,3}\.\d{3}$/.test(cell)) return Number(cell);
  return Number.NaN;
}

/** True when the text reads as a number with this decimal mark. */
export const isNumberText = (text: string, mark: DecimalMark = '.'): boolean => !Number.isNaN(parseNumber(text, mark));
