import {
  createAttributes,
  type AttributeValue,
  type Dataset,
  type FieldSchema,
  type Organisation,
  type ReportEntry,
  type Tie,
} from '../model/types';
import { isRecord } from '../model/isRecord';
import { ProjectError } from './ProjectError';
const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined);
const optionalNumber = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

const isAttributeValue = (value: unknown): value is AttributeValue =>
  value === null ||
  ['string', 'number', 'boolean'].includes(typeof value) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/** Attributes rebuilt as a null-prototype bag; values of other shapes are dropped. */
function readAttributes(value: unknown): Organisation['attributes'] {
  if (!isRecord(value)) return createAttributes();
  return createAttributes(
    Object.entries(value).filter((entry): entry is [string, AttributeValue] => isAttributeValue(entry[1])),
  );
}

/** Keep only the defined optional fields, so that a rebuilt object equals the saved one. */
const defined = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;

function readOrganisation(value: unknown): Organisation | null {
  if (!isRecord(value) || typeof value['id'] !== 'string' || typeof value['name'] !== 'string') return null;
  const { id, name } = value;
  const strings = defined({
    type: optionalString(value['type']),
    city: optionalString(value['city']),
    country: optionalString(value['country']),
    sector: optionalString(value['sector']),
    cluster: optionalString(value['cluster']),
  });
  const numbers = defined({
    lat: optionalNumber(value['lat']),
    lon: optionalNumber(value['lon']),
    x: optionalNumber(value['x']),
    y: optionalNumber(value['y']),
  });
  return {
    id,
    name,
    ...strings,
    ...numbers,
    ...(value['placeholder'] === true ? { placeholder: true } : {}),
    attributes: readAttributes(value['attributes']),
  };
}

function readTie(value: unknown, known: Set<string>): Tie | null {
  if (
    !isRecord(value) ||
    typeof value['id'] !== 'string' ||
    typeof value['source'] !== 'string' ||
    typeof value['target'] !== 'string'
  )
    return null;
  if (!known.has(value['source']) || !known.has(value['target'])) return null;
  return {
    id: value['id'],
    source: value['source'],
    target: value['target'],
    ...defined({ type: optionalString(value['type']) }),
    weight: optionalNumber(value['weight']) ?? 1,
    ...defined({ year: optionalNumber(value['year']) }),
    directed: value['directed'] === true,
    attributes: readAttributes(value['attributes']),
  };
}

const readSchema = (value: unknown): FieldSchema[] =>
  Array.isArray(value)
    ? value.filter(
        (field): field is FieldSchema =>
          isRecord(field) &&
          typeof field['key'] === 'string' &&
          typeof field['label'] === 'string' &&
          typeof field['type'] === 'string',
      )
    : [];

/** A repair the gate made, as an entry of the import report. */
const repair = (file: string, kind: string, problem: string, action: string): ReportEntry => ({
  severity: 'warning',
  kind,
  file,
  row: null,
  column: 'id',
  problem,
  action,
});

/**
 * Keep the first of each id, as the import does; empty ids and later duplicates are left out and
 * reported (a graph cannot hold two nodes or two ties with one id).
 */
function uniqueIds<T extends { id: string }>(items: T[], what: string, source: string, repairs: ReportEntry[]): T[] {
  const seen = new Set<string>();
  const kind = what === 'tie' ? '-tie-id' : '-id';
  let empty = 0;
  const kept = items.filter((item) => {
    if (item.id === '') {
      empty += 1;
      return false;
    }
    if (!seen.has(item.id)) return seen.add(item.id);
    repairs.push(
      repair(source, `duplicate${kind}`, `${what} id "${item.id}" appears again.`, 'First kept, this one left out.'),
    );
    return false;
  });
  if (empty > 0) repairs.push(repair(source, `missing${kind}`, `${empty} ${what}(s) with an empty id.`, 'Left out.'));
  return kept;
}

/**
 * Rebuild a saved data set, trusting nothing: organisations and ties of the wrong shape, and ties
 * to unknown organisations, are left out; empty and repeated ids are repaired and reported in
 * `repairs`; a project without organisations is refused.
 */
export function readDataset(value: unknown, source: string, repairs: ReportEntry[] = []): Dataset {
  if (!isRecord(value) || !Array.isArray(value['organisations']) || !Array.isArray(value['ties'])) {
    throw new ProjectError(`${source}: the project holds no data set.`);
  }
  const read = value['organisations'].map(readOrganisation).filter((org): org is Organisation => org !== null);
  const organisations = uniqueIds(read, 'organisation', source, repairs);
  if (organisations.length === 0) throw new ProjectError(`${source}: the project's data set has no organisations.`);
  const known = new Set(organisations.map((org) => org.id));
  const ties = value['ties'].map((tie) => readTie(tie, known)).filter((tie): tie is Tie => tie !== null);
  const schema = isRecord(value['schema']) ? value['schema'] : {};
  return {
    id: optionalString(value['id']) ?? 'dataset',
    name: optionalString(value['name']) ?? 'Untitled data set',
    files: Array.isArray(value['files'])
      ? value['files'].filter((file): file is string => typeof file === 'string')
      : [],
    ...(value['illustrative'] === true ? { illustrative: true } : {}),
    organisations,
    ties: uniqueIds(ties, 'tie', source, repairs),
    schema: { organisation: readSchema(schema['organisation']), tie: readSchema(schema['tie']) },
  };
}
