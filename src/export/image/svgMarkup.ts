/**
 * A tiny writer for the SVG export: elements from a fixed, known set of names, attribute values and
 * text from the user's data. User text is first stripped of what XML 1.0 cannot hold at all (control
 * characters, lone surrogates, U+FFFE/U+FFFF: no escape makes them legal), then escaped.
 */

/** Everything outside XML 1.0's `Char` production (the `u` flag makes a lone surrogate one code point). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text with the characters XML forbids removed. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML_CHAR, '');

/** Character data: `<` and `&` must be escaped, `>` too so that `]]>` can never appear. */
export const escapeText = (text: string): string =>
  xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A double-quoted attribute value; tabs and line breaks escaped so attribute normalisation keeps them. */
export const escapeAttribute = (value: string): string =>
  escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

/** A number as SVG reads it: finite, at most 3 decimals (sub-pixel precision even at 4× scale). */
export const num = (value: number): string => (Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : '0');

export type AttributeValue = string | number | null | undefined;

const attributesOf = (attributes: Record<string, AttributeValue>): string =>
  Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeAttribute(value)}"`)
    .join('');

/** One element; attributes that are null or undefined are left out, children are already-written markup. */
export function element(name: string, attributes: Record<string, AttributeValue>, children: string[] = []): string {
  const written = attributesOf(attributes);
  return children.length === 0 ? `<${name}${written}/>` : `<${name}${written}>${children.join('')}</${name}>`;
}

/** An element holding user text (a `text` or `tspan`, a `title`). */
export const textElement = (name: string, attributes: Record<string, AttributeValue>, text: string): string =>
  `<${name}${attributesOf(attributes)}>${escapeText(text)}</${name}>`;
