import type { MergeSuggestion, Organisation, ReportEntry, Tie } from '../model/types';
import { foldText } from '../model/roles';
import type { TieOrigin } from './resolveTies';

const ABBREVIATIONS: Record<string, string> = {
  univ: 'university',
  uni: 'university',
  u: 'university',
  inst: 'institute',
  tech: 'technology',
  techn: 'technology',
  dept: 'department',
  assoc: 'association',
  natl: 'national',
  intl: 'international',
  corp: 'corporation',
  co: 'company',
  ctr: 'centre',
  center: 'centre',
  lab: 'laboratory',
  labs: 'laboratory',
  sci: 'science',
  st: 'saint',
};
const STOPWORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'del',
  'des',
  'du',
  'la',
  'le',
  'les',
  'el',
  'der',
  'die',
  'das',
  'fur',
  'und',
  'et',
  'y',
  'i',
  'en',
  'van',
  'voor',
  'het',
  'och',
  'for',
]);

/** A name reduced to what identifies it: case, accents, punctuation, abbreviations and small words ignored. */
export function nameKey(name: string): string {
  const words = foldText(name.replace(/&/g, ' and ')).split(' ');
  return words
    .map((word) => ABBREVIATIONS[word] ?? word)
    .filter((word) => word !== '' && !STOPWORDS.has(word))
    .join(' ');
}

/** Organisations whose names reduce to the same key: each later one is suggested as a merge into the first. */
export function suggestMerges(organisations: readonly Organisation[]): MergeSuggestion[] {
  const firstByKey = new Map<string, Organisation>();
  const suggestions: MergeSuggestion[] = [];
  for (const org of organisations) {
    const key = nameKey(org.name);
    if (key === '') continue;
    const first = firstByKey.get(key);
    if (!first) firstByKey.set(key, org);
    else suggestions.push({ from: org.id, fromName: org.name, into: first.id, intoName: first.name });
  }
  return suggestions;
}

/** Follow merge chains (a -> b -> c) to the organisation that remains; ignores merges into unknown ids and cycles. */
export function mergeAliases(
  merges: readonly (readonly [string, string])[],
  ids: ReadonlySet<string>,
): Map<string, string> {
  const direct = new Map(merges.filter(([from, into]) => from !== into && ids.has(from) && ids.has(into)));
  const aliases = new Map<string, string>();
  for (const from of direct.keys()) {
    let into = direct.get(from)!;
    const seen = new Set([from]);
    while (direct.has(into) && !seen.has(into)) {
      seen.add(into);
      into = direct.get(into)!;
    }
    if (!seen.has(into)) aliases.set(from, into);
  }
  return aliases;
}

export interface MergedOrganisation {
  organisation: Organisation;
  file: string;
  row: number | null;
}

/**
 * Apply accepted merges: merged organisations leave the data set (a report line each), ties move
 * to the organisation that remains, and ties a merge turns into self-ties are reported and left out.
 */
export function applyMerges(
  organisations: MergedOrganisation[],
  ties: Tie[],
  origins: TieOrigin[],
  aliases: ReadonlyMap<string, string>,
) {
  const entries: ReportEntry[] = [];
  const names = new Map(organisations.map(({ organisation }) => [organisation.id, organisation.name]));
  const kept = organisations.filter(({ organisation, file, row }) => {
    const into = aliases.get(organisation.id);
    if (into === undefined) return true;
    entries.push({
      severity: 'info',
      kind: 'merged-organisation',
      file,
      row,
      column: null,
      problem: `"${organisation.name}" looks like "${names.get(into) ?? into}".`,
      action: 'Merged into it (accepted suggestion).',
    });
    return false;
  });
  const keptTies: Tie[] = [];
  const keptOrigins: TieOrigin[] = [];
  ties.forEach((tie, index) => {
    const source = aliases.get(tie.source) ?? tie.source;
    const target = aliases.get(tie.target) ?? tie.target;
    const origin = origins[index] ?? { file: '', row: 0 };
    if (source === target) {
      entries.push({
        severity: 'warning',
        kind: 'self-tie',
        file: origin.file,
        row: origin.row,
        column: null,
        problem: 'After merging, this tie joins an organisation to itself.',
        action: 'Left out of the graph.',
      });
      return;
    }
    keptTies.push(source === tie.source && target === tie.target ? tie : { ...tie, source, target });
    keptOrigins.push(origin);
  });
  return { organisations: kept, ties: keptTies, origins: keptOrigins, entries };
}
