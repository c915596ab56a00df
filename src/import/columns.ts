import { foldText } from '../model/roles';

/** Core organisation fields a column can map to. */
export const ORGANISATION_FIELDS = ['id', 'name', 'type', 'city', 'country', 'sector', 'cluster', 'lat', 'lon', 'x', 'y'] as const;
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];

/** Core tie fields a column can map to. */
export const TIE_FIELDS = ['source', 'target', 'type', 'weight', 'year', 'directed'] as const;
export type TieField = (typeof TIE_FIELDS)[number];

/** Header synonyms (folded), per field. */
const SYNONYMS: Record<OrganisationField | TieField, string[]> = {
  id: ['id', 'key', 'identifier', 'code'],
  name: ['name', 'label', 'organisation', 'organization', 'company', 'institution'],
  type: ['type', 'kind', 'category'],
  city: ['city', 'town'],
  country: ['country'],
  sector: ['sector', 'industry'],
  cluster: ['cluster'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'long', 'longitude'],
  x: ['x'],
  y: ['y'],
  source: ['source', 'from'],
  target: ['target', 'to'],
  weight: ['weight', 'strength', 'value'],
  year: ['year'],
  directed: ['directed'],
};

/** The field a header names, or undefined when it is an ordinary attribute. */
export function matchColumn<F extends OrganisationField | TieField>(header: string, fields: readonly F[]): F | undefined {
  const folded = foldText(header);
  return fields.find((field) => SYNONYMS[field].includes(folded));
}

/** Map each header index to a core field; the first column naming a field wins. */
export function mapColumns<F extends OrganisationField | TieField>(header: string[], fields: readonly F[]): Map<F, number> {
  const mapping = new Map<F, number>();
  header.forEach((cell, index) => {
    const field = matchColumn(cell, fields);
    if (field && !mapping.has(field)) mapping.set(field, index);
  });
  return mapping;
}

/** A table is a tie table when it has both a source and a target column. */
export function isTieTable(header: string[]): boolean {
  const mapping = mapColumns(header, TIE_FIELDS);
  return mapping.has('source') && mapping.has('target');
}
