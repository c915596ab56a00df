import type { Organisation, ReportEntry } from '../model/types';

/** Codes the EU writes its own way (CORDIS, Eurostat): EL is Greece, UK the United Kingdom. */
const EU_CODES: Record<string, string> = { EL: 'GR', UK: 'GB' };

let names: Intl.DisplayNames | null = null;
let codesByName: Map<string, string> | null = null;
const nameCache = new Map<string, string | undefined>();

/** The English name of an ISO 3166-1 alpha-2 code (or an EU-style EL, UK); undefined when it is none. */
export function countryName(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return undefined;
  if (nameCache.has(upper)) return nameCache.get(upper);
  names ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const iso = EU_CODES[upper] ?? upper;
  const name = names.of(iso);
  const known = name && name !== iso && name !== 'Unknown Region' ? name : undefined;
  nameCache.set(upper, known);
  return known;
}

/** The ISO code of a country written as a code or as its English name; undefined when unknown. */
export function countryCode(country: string | undefined): string | undefined {
  if (!country) return undefined;
  const upper = country.trim().toUpperCase();
  if (countryName(upper)) return EU_CODES[upper] ?? upper;
  if (!codesByName) {
    codesByName = new Map();
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = countryName(code);
        if (name && !EU_CODES[code] && !codesByName.has(name.toLowerCase())) codesByName.set(name.toLowerCase(), code);
      }
  }
  return codesByName.get(country.trim().toLowerCase());
}

export interface NamedCountries {
  organisations: Organisation[];
  /** Set when codes were named: the attribute that keeps each code as written. */
  codeKey?: string;
  entries: ReportEntry[];
}

export const COUNTRY_CODE_KEY = 'country code';

/**
 * When a data set writes countries as codes (most values two letters), each code is shown by its
 * name ("EL" -> "Greece"); the code as written stays in the `country code` attribute.
 */
export function nameCountries(organisations: Organisation[], file: string): NamedCountries {
  const written = organisations.flatMap((org) => (org.country ? [org.country.trim()] : []));
  const codes = written.filter((country) => countryName(country) !== undefined);
  if (codes.length === 0 || codes.length < 0.8 * written.length) return { organisations, entries: [] };
  const mapped = new Map<string, string>();
  const named = organisations.map((org) => {
    const name = org.country ? countryName(org.country) : undefined;
    if (!name || !org.country) return org;
    mapped.set(org.country.trim().toUpperCase(), name);
    return { ...org, country: name, attributes: withAttribute(org, COUNTRY_CODE_KEY, org.country) };
  });
  const examples = [...mapped].slice(0, 4).map(([code, name]) => `${code} → ${name}`);
  return {
    organisations: named,
    codeKey: COUNTRY_CODE_KEY,
    entries: [
      {
        severity: 'info',
        kind: 'country-codes',
        file,
        row: null,
        column: 'country',
        problem: `Countries are written as codes (${mapped.size} different).`,
        action: `Shown by name (${examples.join(', ')}${mapped.size > 4 ? ', …' : ''}); the code is kept in "${COUNTRY_CODE_KEY}".`,
      },
    ],
  };
}

/** A copy of the organisation's attributes with one more (null prototype kept). */
export function withAttribute(org: Organisation, key: string, value: string): Organisation['attributes'] {
  const attributes = Object.assign(Object.create(null) as Organisation['attributes'], org.attributes);
  if (!Object.hasOwn(attributes, key)) attributes[key] = value;
  return attributes;
}
