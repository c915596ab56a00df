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
    ],
  ],
];

/** Lower-case, strip accents and punctuation, so "Universität" and "universitat" match. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The default role for an organisation type; `other` when nothing matches. */
export function roleOf(type: string | undefined): Role {
  if (!type) return 'other';
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
