import { foldText } from '../model/roles';

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
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];

/** Core tie fields a column can map to. */
export const TIE_FIELDS = ['source', 'target', 'type', 'weight', 'year', 'directed'] as const;
export type TieField = (typeof TIE_FIELDS)[number];

/** The column of a membership list that names the project or cluster an organisation belongs to. */
export const MEMBERSHIP_FIELDS = [...ORGANISATION_FIELDS, 'group'] as const;
export type MembershipField = (typeof MEMBERSHIP_FIELDS)[number];

export type ColumnField = OrganisationField | TieField | 'group';

/**
 * Header synonyms per field, in English and the partner cities' languages (French, Spanish,
 * Catalan, German, Dutch, Swedish, Finnish, Hungarian), plus Kumu's and Gephi's headers. Written
 * as `foldHeader` leaves them: lower case, no accents, no spaces or punctuation.
 */
const SYNONYMS: Record<ColumnField, string[]> = {
  id: [
    'id',
    'key',
    'identifier',
    'code',
    'orgid',
    'organisationid',
    'organizationid',
    'nodeid',
    'kennung',
    'identifiant',
    'identificador',
    'tunniste',
    'azonosito',
    'pic',
  ],
  name: [
    'name',
    'label',
    'organisation',
    'organization',
    'organisationname',
    'organizationname',
    'orgname',
    'company',
    'institution',
    'nom',
    'nombre',
    'nomdelorganisation',
    'naam',
    'namn',
    'nimi',
    'nev',
    'organisme',
    'organismo',
    'entidad',
    'entitat',
    'organisatie',
    'unternehmen',
    'firma',
    'yritys',
    'szervezet',
    'organisaatio',
    'foretag',
    'bedrijf',
    'empresa',
    'entreprise',
    'partner',
    'member',
    'participant',
    'membre',
    'miembro',
    'mitglied',
    'lid',
    'medlem',
    'jasen',
  ],
  type: [
    'type',
    'kind',
    'category',
    'role',
    'typ',
    'tipo',
    'tipus',
    'art',
    'soort',
    'categorie',
    'categoria',
    'kategorie',
    'kategori',
    'tyyppi',
    'laji',
    'tipusa',
    'activitytype',
    'organisationtype',
    'organizationtype',
    'orgtype',
    'tietype',
    'relationship',
    'relation',
  ],
  city: [
    'city',
    'town',
    'stadt',
    'ort',
    'ville',
    'ciudad',
    'ciutat',
    'stad',
    'plaats',
    'gemeente',
    'kaupunki',
    'paikkakunta',
    'varos',
    'telepules',
    'municipality',
    'localite',
    'localidad',
  ],
  country: ['country', 'land', 'pays', 'pais', 'maa', 'orszag', 'staat', 'countrycode', 'nation'],
  sector: ['sector', 'industry', 'branche', 'secteur', 'sektor', 'toimiala', 'agazat', 'domain', 'field'],
  cluster: ['cluster', 'klaszter', 'klusteri', 'pole', 'clustername'],
  lat: ['lat', 'latitude', 'breitengrad', 'latitud', 'breedtegraad', 'leveysaste', 'szelesseg'],
  lon: ['lon', 'lng', 'long', 'longitude', 'langengrad', 'longitud', 'lengtegraad', 'pituusaste', 'hosszusag'],
  x: ['x', 'xcoordinate', 'posx'],
  y: ['y', 'ycoordinate', 'posy'],
  source: [
    'source',
    'from',
    'von',
    'de',
    'desde',
    'origen',
    'origine',
    'van',
    'fran',
    'mista',
    'kiindulas',
    'forras',
    'sourceid',
    'sourcename',
    'quelle',
    'bron',
    'kalla',
    'lahde',
    'partner1',
    'organisation1',
    'organization1',
    'node1',
  ],
  target: [
    'target',
    'to',
    'nach',
    'a',
    'vers',
    'destino',
    'desti',
    'naar',
    'till',
    'mihin',
    'cel',
    'celpont',
    'targetid',
    'targetname',
    'ziel',
    'cible',
    'doel',
    'mal',
    'kohde',
    'partner2',
    'organisation2',
    'organization2',
    'node2',
  ],
  weight: [
    'weight',
    'strength',
    'value',
    'gewicht',
    'poids',
    'peso',
    'pes',
    'vikt',
    'paino',
    'suly',
    'gewichtung',
    'count',
    'amount',
  ],
  year: ['year', 'jahr', 'annee', 'ano', 'any', 'jaar', 'ar', 'vuosi', 'ev', 'since', 'start', 'startyear'],
  directed: [
    'directed',
    'direction',
    'gerichtet',
    'oriente',
    'dirigido',
    'gericht',
    'riktad',
    'suunnattu',
    'iranyitott',
  ],
  group: [
    'group',
    'project',
    'projectid',
    'projectacronym',
    'projectname',
    'projekt',
    'projektid',
    'projet',
    'proyecto',
    'projecte',
    'hanke',
    'projekti',
    'projektnev',
    'groupe',
    'gruppe',
    'grupo',
    'grup',
    'groep',
    'grupp',
    'ryhma',
    'csoport',
    'consortium',
  ],
};

/** A header as synonyms are written: lower case, accents and punctuation and spaces removed. */
export const foldHeader = (header: string): string => foldText(header).replace(/ /g, '');

/** Every field a header names (a header such as "à" can name more than one, per table kind). */
export function fieldsNamedBy(header: string): ColumnField[] {
  const folded = foldHeader(header);
  return (Object.keys(SYNONYMS) as ColumnField[]).filter((field) => SYNONYMS[field].includes(folded));
}

/** The field a header names among `fields`, or undefined when it is an ordinary attribute. */
export function matchColumn<F extends ColumnField>(header: string, fields: readonly F[]): F | undefined {
  const folded = foldHeader(header);
  return fields.find((field) => SYNONYMS[field].includes(folded));
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

/** The key under which a confirmed mapping is remembered: the folded header list. */
export const headerKey = (header: readonly string[]): string => header.map(foldHeader).join('|');
