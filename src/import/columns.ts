import { foldText } from '../model/roles';
import { ATTRIBUTE_SYNONYMS, HEADER_SYNONYMS, JOINING_WORDS, OWNER_WORDS, WEAK_SYNONYMS } from './headerSynonyms';

/** Core organisation fields a column can map to. */
export const ORGANISATION_FIELDS = [
  'id',
  'name',
  'type',
  'city',
  'country',
  'sector',
  'cluster',
  'lat',
  'lon',
  'x',
  'y',
] as const;

/**
 * Fields a column of an organisations table can fill: the core fields, a position in one cell
 * ("lat,lon") and a list of linked organisations (each becomes a tie).
 */
export const ORGANISATION_COLUMN_FIELDS = [...ORGANISATION_FIELDS, 'latlon', 'linked'] as const;
export type OrganisationField = (typeof ORGANISATION_COLUMN_FIELDS)[number];

/** Core tie fields a column can map to. */
export const TIE_FIELDS = ['source', 'target', 'type', 'weight', 'year', 'directed'] as const;
export type TieField = (typeof TIE_FIELDS)[number];

/** The column of a membership list that names the project or cluster an organisation belongs to. */
export const MEMBERSHIP_FIELDS = [...ORGANISATION_COLUMN_FIELDS, 'group'] as const;
export type MembershipField = (typeof MEMBERSHIP_FIELDS)[number];

export type ColumnField = OrganisationField | TieField | 'group';

const SYNONYMS: Record<ColumnField, readonly string[]> = HEADER_SYNONYMS;

/** A header as synonyms are written: lower case, accents and punctuation and spaces removed. */
export const foldHeader = (header: string): string => foldText(header).replace(/ /g, '');

/** The words of a header, camelCase and separators (`_ - .` space) split, each folded. */
export function headerWords(header: string): string[] {
  const split = header
    .replace(/([a-z\u00df-\u00ff])([A-Z\u00c0-\u00de])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return foldText(split)
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * The folded forms a header is matched under, most literal first: as written, without joining
 * words ("type de structure" -> "typestructure"), and without words naming whose field it is
 * ("organisation city" -> "city").
 */
export function headerForms(header: string): string[] {
  const forms = [foldHeader(header)];
  const words = headerWords(header);
  const joined = words.length > 1 ? words.filter((word) => !JOINING_WORDS.has(word)) : words;
  forms.push(joined.join(''));
  const owned = joined.filter((word) => !OWNER_WORDS.has(word));
  if (owned.length > 0) forms.push(owned.join(''));
  return [...new Set(forms.filter((form) => form !== ''))];
}

/** A field a header names, and whether it names it strongly (see WEAK_SYNONYMS). */
export interface FieldClaim {
  field: ColumnField;
  strong: boolean;
}

/** Every field a header names, strongest first (a header such as "à" can name more than one, per table kind). */
export function fieldClaims(header: string): FieldClaim[] {
  const claims: FieldClaim[] = [];
  for (const form of headerForms(header)) {
    for (const field of Object.keys(SYNONYMS) as ColumnField[]) {
      if (!SYNONYMS[field].includes(form) || claims.some((claim) => claim.field === field)) continue;
      claims.push({ field, strong: !WEAK_SYNONYMS.has(form) });
    }
    // The literal form wins: "de" is a source, not "d" + "e" re-read.
    if (claims.length > 0) break;
  }
  return claims.sort((a, b) => Number(b.strong) - Number(a.strong));
}

/** Every field a header names. */
export const fieldsNamedBy = (header: string): ColumnField[] => fieldClaims(header).map(({ field }) => field);

/** The field a header names among `fields`, or undefined when it is an ordinary attribute. */
export function matchColumn<F extends ColumnField>(header: string, fields: readonly F[]): F | undefined {
  return fieldsNamedBy(header).find((field): field is F => (fields as readonly ColumnField[]).includes(field));
}

/** Map each header index to a core field; the first column naming a field wins. */
export function mapColumns<F extends ColumnField>(header: string[], fields: readonly F[]): Map<F, number> {
  const mapping = new Map<F, number>();
  header.forEach((cell, index) => {
    const field = matchColumn(cell, fields);
    if (field && !mapping.has(field)) mapping.set(field, index);
  });
  return mapping;
}

export type AttributeKey = keyof typeof ATTRIBUTE_SYNONYMS;

/** The attribute key a header names (short name, founded, url), kept as an attribute under that key. */
export function attributeKeyOf(header: string): AttributeKey | undefined {
  const forms = headerForms(header);
  return (Object.keys(ATTRIBUTE_SYNONYMS) as AttributeKey[]).find((key) =>
    forms.some((form) => (ATTRIBUTE_SYNONYMS[key] as readonly string[]).includes(form)),
  );
}

/** The key under which a confirmed mapping is remembered: the folded header list. */
export const headerKey = (header: readonly string[]): string => header.map(foldHeader).join('|');
