import { foldLetters } from './foldLetters';
/**
 * Roles of the cluster system: what part of the partnership (business, knowledge, capital,
 * skills, government...) an organisation plays. Derived from its free-text `type`.
 */
export const ROLES = [
  'business',
  'knowledge',
  'research',
  'government',
  'capital',
  'skills',
  'intermediary',
  'other',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  business: 'Business',
  knowledge: 'Knowledge (universities)',
  research: 'Research',
  government: 'Government',
  capital: 'Capital',
  skills: 'Skills (training)',
  intermediary: 'Intermediary',
  other: 'Other',
};

/**
 * Word stems that identify a role, in English and the partner cities' languages. Matched
 * against the folded type text; the first role with a matching stem wins, so the more specific
 * roles (research before knowledge, capital before business) come first.
 */
const ROLE_STEMS: [Role, string[]][] = [
  [
    'research',
    [
      'research',
      'institut',
      'laborator',
      'lab',
      'fraunhofer',
      'max planck',
      'rto',
      'recherche',
      'investigacion',
      'recerca',
      'forschung',
      'onderzoek',
      'forskning',
      'tutkimus',
      'kutato',
      'ricerca',
      'ricerche',
      'instytut',
      'badawcz',
      'onderzoeksinstituut',
      'centro tecnologic',
      'centre technologi',
      'technology centre',
      'cnrs',
      'inserm',
      'inria',
      'inrae',
      'csic',
      'cnr',
      'tno',
      'vtt',
      'unite mixte',
      'equipe d accueil',
    ],
  ],
  [
    'knowledge',
    [
      'universit',
      'college',
      'school',
      'academ',
      'hochschule',
      'ecole',
      'escuela',
      'escola',
      'hogeschool',
      'hogskola',
      'korkeakoulu',
      'yliopisto',
      'egyetem',
      'polytech',
      'politecnic',
      'politechnik',
      'uniwersytet',
      'akademia',
      'szkola',
      'higher education',
      'enseignement superieur',
      'istruzione',
    ],
  ],
  [
    'capital',
    [
      'invest',
      'venture',
      'capital',
      'bank',
      'fund',
      'fonds',
      'fondo',
      'financ',
      'angel',
      'kapital',
      'sijoit',
      'befektet',
    ],
  ],
  [
    'skills',
    [
      'training',
      'skill',
      'vocational',
      'formation',
      'formacion',
      'formacio',
      'ausbildung',
      'weiterbildung',
      'opleiding',
      'utbildning',
      'koulutus',
      'kepzes',
    ],
  ],
  [
    'government',
    [
      'government',
      'city',
      'municipal',
      'council',
      'ministry',
      'public authority',
      'region',
      'agency of the state',
      'ville',
      'mairie',
      'ayuntamiento',
      'ajuntament',
      'stadt',
      'gemeente',
      'kommun',
      'kaupunki',
      'onkormanyzat',
      'kormany',
      'comune',
      'regione',
      'ministero',
      'ministere',
      'ministerio',
      'ministerium',
      'urzad',
      'gmina',
      'samorzad',
      'ministerstwo',
      'etablissement public',
      'collectivite',
      'administracion',
      'administration',
      'ente pubblico',
      'pubblic',
      'publiczn',
      'julkinen',
      'offentlig',
      'behorde',
      'overheid',
      'public',
    ],
  ],
  [
    'intermediary',
    [
      'cluster',
      'intermediar',
      'agency',
      'network',
      'association',
      'chamber',
      'incubator',
      'park',
      'platform',
      'pole',
      'verband',
      'netzwerk',
      'agence',
      'agencia',
      'agentschap',
      'natverk',
      'verkosto',
      'klaszter',
      'kammer',
    ],
  ],
  [
    'business',
    [
      'firm',
      'company',
      'business',
      'enterprise',
      'sme',
      'startup',
      'start-up',
      'corporat',
      'industry',
      'manufactur',
      'supplier',
      'entreprise',
      'empresa',
      'unternehmen',
      'firma',
      'bedrijf',
      'foretag',
      'yritys',
      'vallalat',
      'ceg',
      'gmbh',
      'ltd',
      'impresa',
      'azienda',
      'societa',
      'societe',
      'sociedad',
      'przedsiebiorstw',
      'spolka',
      'private',
      'prive',
      'privad',
      'for profit',
      'pme',
      'pyme',
      'kmu',
      'mkb',
      'startup',
      'vallalkozas',
    ],
  ],
];

/** Lower-case, strip accents and punctuation, so "Universität" and "universitat" match. */
export function foldText(text: string): string {
  return foldLetters(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Whole types that are codes of a known vocabulary, matched on the folded type as a whole:
 * CORDIS `activityType` (PRC private for-profit, HES higher or secondary education, REC research
 * organisation, PUB public body, OTH other), the ROR and GRID organisation types, and French
 * register categories (EPST and EPIC research bodies, EPSCP universities, UMR/UPR/EA research units).
 */
const VOCABULARY_CODES: Record<string, Role> = {
  prc: 'business',
  hes: 'knowledge',
  rec: 'research',
  pub: 'government',
  oth: 'other',
  company: 'business',
  education: 'knowledge',
  facility: 'research',
  government: 'government',
  healthcare: 'other',
  nonprofit: 'intermediary',
  archive: 'knowledge',
  funder: 'capital',
  other: 'other',
  epst: 'research',
  epic: 'research',
  epscp: 'knowledge',
  umr: 'research',
  upr: 'research',
  usr: 'research',
  ea: 'research',
  ur: 'research',
  ums: 'research',
  ue: 'knowledge',
  'grande ecole': 'knowledge',
};

/**
 * Legal forms of companies in the CLUSNET countries, matched as whole words of the type with
 * dots removed ("S.p.A." -> "spa", "Sp. z o.o." -> "sp z oo"): each says "a business".
 */
const LEGAL_FORMS = [
  'gmbh',
  'ag',
  'kg',
  'ug',
  'se',
  'sa',
  'sas',
  'sarl',
  'sasu',
  'eurl',
  'sl',
  'slu',
  'sau',
  'bv',
  'nv',
  'ab',
  'oy',
  'oyj',
  'kft',
  'zrt',
  'nyrt',
  'bt',
  'spa',
  'srl',
  'snc',
  'sp z oo',
  'spzoo',
  'ltd',
  'plc',
  'llc',
  'inc',
  'aps',
  'as',
  'sro',
];
const LEGAL_FORM = new RegExp(`(^| )(${LEGAL_FORMS.join('|')})( |$)`);

/** Non-profit legal forms (association, foundation) in the same languages: an intermediary. */
const NON_PROFIT_FORMS = new RegExp(
  '(^| )(ev|asbl|vzw|aisbl|onlus|ry|fundacion|fundacio|stiftung|stichting|fondation|fondazione|fundacja|alapitvany|egyesulet|stowarzyszenie)( |$)',
);

/** The role a type's vocabulary names outright (a CORDIS code, a ROR type, a legal form), if any. */
function vocabularyRole(type: string): Role | undefined {
  const folded = foldText(type);
  const code = VOCABULARY_CODES[folded];
  if (code) return code;
  const compact = foldText(type.replace(/\./g, ''));
  if (NON_PROFIT_FORMS.test(compact)) return 'intermediary';
  if (LEGAL_FORM.test(compact)) return 'business';
  return undefined;
}

/** The default role for an organisation type; `other` when nothing matches. */
export function roleOf(type: string | undefined): Role {
  if (!type) return 'other';
  const known = vocabularyRole(type);
  if (known) return known;
  const padded = ` ${foldText(type)}`;
  for (const [role, stems] of ROLE_STEMS) {
    // Word-prefix match: "university" matches "universit", "electricity" does not match "city".
    if (stems.some((stem) => padded.includes(` ${stem}`))) return role;
  }
  return 'other';
}

/** The user's corrections of the default mapping: organisation type as written (trimmed) -> role. */
export type RoleOverrides = Readonly<Record<string, Role>>;

export const NO_ROLE_OVERRIDES: RoleOverrides = Object.freeze({});

/** The role of a type: the user's choice if any, else the default `roleOf`. */
export function roleFor(type: string | undefined, overrides: RoleOverrides = NO_ROLE_OVERRIDES): Role {
  const key = type?.trim();
  if (key && Object.prototype.hasOwnProperty.call(overrides, key)) return overrides[key]!;
  return roleOf(type);
}
