import type {
  AttributeValue,
  Attributes,
  Dataset,
  ImportReport,
  ImportResult,
  Organisation,
  Tie,
} from '../model/types';
import { createAttributes } from '../model/types';

/**
 * The import result in columns, for the trip from the worker to the page: typed arrays are
 * transferred without copying, and a few string arrays clone far faster than 150,000 objects
 * (copying a million row objects back froze the page 0.7 s; docs/ARCHITECTURE.md, "From file to canvas"). The page rebuilds the
 * objects in slices, yielding between them, so that no task runs longer than a few ms.
 */
interface Dictionary {
  /** Index into `words` per item; -1 when the item has no value. */
  index: Int32Array;
  words: string[];
}

/** Many strings as one (a single copy to clone) and their lengths. */
interface PackedStrings {
  text: string;
  lengths: Int32Array;
}

const packStrings = (list: string[]): PackedStrings => ({
  text: list.join(''),
  lengths: Int32Array.from(list, (item) => item.length),
});

function unpackStrings({ text, lengths }: PackedStrings): string[] {
  const list: string[] = new Array<string>(lengths.length);
  let offset = 0;
  for (let item = 0; item < lengths.length; item++) {
    list[item] = text.slice(offset, (offset += lengths[item]!));
  }
  return list;
}

/**
 * One attribute key: a value per item (`undefined` where the item lacks the key), or, for a
 * numeric column, the numbers in a typed array with a state per item (0 absent, 1 null, 2 number).
 */
interface AttributeColumn {
  key: string;
  values?: (AttributeValue | undefined)[];
  numbers?: Float64Array;
  state?: Uint8Array;
}

/** A column of numbers and missing values travels as typed arrays. */
function compactColumn(column: AttributeColumn): AttributeColumn {
  const values = column.values ?? [];
  if (!values.every((value) => value === undefined || value === null || typeof value === 'number')) return column;
  return {
    key: column.key,
    numbers: Float64Array.from(values, (value) => (typeof value === 'number' ? value : 0)),
    state: Uint8Array.from(values, (value) => (value === undefined ? 0 : value === null ? 1 : 2)),
  };
}

const TEXT_FIELDS = ['type', 'city', 'country', 'sector', 'cluster'] as const;
const NUMBER_FIELDS = ['lat', 'lon', 'x', 'y'] as const;

export interface PackedResult {
  report: ImportReport;
  meta: Omit<Dataset, 'organisations' | 'ties'>;
  organisations: {
    ids: PackedStrings;
    names: PackedStrings;
    text: Record<(typeof TEXT_FIELDS)[number], Dictionary>;
    numbers: Record<(typeof NUMBER_FIELDS)[number], Float64Array>;
    placeholder: Uint8Array;
    attributes: AttributeColumn[];
  };
  ties: {
    /** Null when the ids are t0, t1, ... in order (as the gate makes them). */
    ids: string[] | null;
    source: Int32Array;
    target: Int32Array;
    type: Dictionary;
    weight: Float64Array;
    year: Float64Array;
    directed: Uint8Array;
    count: Int32Array;
    attributes: AttributeColumn[];
  };
}

function dictionary(values: (string | undefined)[]): Dictionary {
  const positions = new Map<string, number>();
  const index = new Int32Array(values.length);
  values.forEach((value, item) => {
    if (value === undefined) return void (index[item] = -1);
    let position = positions.get(value);
    if (position === undefined) positions.set(value, (position = positions.size));
    index[item] = position;
  });
  return { index, words: [...positions.keys()] };
}

function attributeColumns(bags: Attributes[]): AttributeColumn[] {
  const columns = new Map<string, (AttributeValue | undefined)[]>();
  bags.forEach((bag, item) => {
    for (const key of Object.keys(bag)) {
      let values = columns.get(key);
      if (!values) columns.set(key, (values = Array.from({ length: bags.length }, () => undefined)));
      values[item] = bag[key];
    }
  });
  return [...columns].map(([key, values]) => compactColumn({ key, values }));
}

const numbers = <T>(items: T[], read: (item: T) => number | undefined) =>
  Float64Array.from(items, (item) => read(item) ?? Number.NaN);

/** Pack a result for transfer, with the buffers to transfer; null when a tie names no organisation. */
export function packResult({
  dataset,
  report,
}: ImportResult): { packed: PackedResult; transfer: ArrayBuffer[] } | null {
  const { organisations: orgs, ties, ...meta } = dataset;
  const position = new Map(orgs.map((org, index) => [org.id, index]));
  const source = Int32Array.from(ties, (tie) => position.get(tie.source) ?? -1);
  const target = Int32Array.from(ties, (tie) => position.get(tie.target) ?? -1);
  if (source.includes(-1) || target.includes(-1)) return null;
  const packed: PackedResult = {
    report,
    meta,
    organisations: {
      ids: packStrings(orgs.map((org) => org.id)),
      names: packStrings(orgs.map((org) => org.name)),
      text: Object.fromEntries(
        TEXT_FIELDS.map((field) => [field, dictionary(orgs.map((org) => org[field]))]),
      ) as PackedResult['organisations']['text'],
      numbers: Object.fromEntries(
        NUMBER_FIELDS.map((field) => [field, numbers(orgs, (org) => org[field])]),
      ) as PackedResult['organisations']['numbers'],
      placeholder: Uint8Array.from(orgs, (org) => (org.placeholder ? 1 : 0)),
      attributes: attributeColumns(orgs.map((org) => org.attributes)),
    },
    ties: {
      ids: ties.every((tie, index) => tie.id === `t${index}`) ? null : ties.map((tie) => tie.id),
      source,
      target,
      type: dictionary(ties.map((tie) => tie.type)),
      weight: numbers(ties, (tie) => tie.weight),
      year: numbers(ties, (tie) => tie.year),
      directed: Uint8Array.from(ties, (tie) => (tie.directed ? 1 : 0)),
      count: Int32Array.from(ties, (tie) => tie.count ?? 0),
      attributes: attributeColumns(ties.map((tie) => tie.attributes)),
    },
  };
  const o = packed.organisations;
  const t = packed.ties;
  const arrays = [
    o.ids.lengths,
    o.names.lengths,
    ...Object.values(o.text).map((d) => d.index),
    ...Object.values(o.numbers),
    o.placeholder,
    t.source,
    t.target,
    t.type.index,
    t.weight,
    t.year,
    t.directed,
    t.count,
  ];
  const columns = [...o.attributes, ...t.attributes].flatMap((column) =>
    column.numbers && column.state ? [column.numbers, column.state] : [],
  );
  return { packed, transfer: [...arrays, ...columns].map((array) => array.buffer as ArrayBuffer) };
}

function valueAt(column: AttributeColumn, item: number): AttributeValue | undefined {
  if (column.state) {
    const state = column.state[item];
    return state === 0 ? undefined : state === 1 ? null : column.numbers![item]!;
  }
  return column.values![item];
}

const attributesAt = (columns: AttributeColumn[], item: number): Attributes =>
  createAttributes(
    columns.flatMap((column) => {
      const value = valueAt(column, item);
      return value === undefined ? [] : [[column.key, value] as const];
    }),
  );

function organisationAt(o: PackedResult['organisations'], ids: string[], names: string[], item: number): Organisation {
  const org: Organisation = { id: ids[item]!, name: names[item]!, attributes: attributesAt(o.attributes, item) };
  for (const field of TEXT_FIELDS) {
    const word = o.text[field].index[item]!;
    if (word >= 0) org[field] = o.text[field].words[word]!;
  }
  for (const field of NUMBER_FIELDS) {
    const value = o.numbers[field][item]!;
    if (!Number.isNaN(value)) org[field] = value;
  }
  if (o.placeholder[item]) org.placeholder = true;
  return org;
}

function tieAt(t: PackedResult['ties'], ids: string[], item: number): Tie {
  const tie: Tie = {
    id: t.ids?.[item] ?? `t${item}`,
    source: ids[t.source[item]!]!,
    target: ids[t.target[item]!]!,
    weight: t.weight[item]!,
    directed: t.directed[item] === 1,
    attributes: attributesAt(t.attributes, item),
  };
  const type = t.type.index[item]!;
  if (type >= 0) tie.type = t.type.words[type]!;
  if (!Number.isNaN(t.year[item]!)) tie.year = t.year[item]!;
  if (t.count[item]! > 0) tie.count = t.count[item]!;
  return tie;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Rebuild the result's objects, `slice` at a time (5,000 take a few ms), yielding to the page between slices. */
export async function unpackResult(packed: PackedResult, slice = 5_000): Promise<ImportResult> {
  const organisations: Organisation[] = [];
  const ties: Tie[] = [];
  const o = packed.organisations;
  const ids = unpackStrings(o.ids);
  const names = unpackStrings(o.names);
  await nextTask();
  for (let item = 0; item < ids.length; item++) {
    organisations.push(organisationAt(o, ids, names, item));
    if ((item + 1) % slice === 0) await nextTask();
  }
  for (let item = 0; item < packed.ties.source.length; item++) {
    ties.push(tieAt(packed.ties, ids, item));
    if ((item + 1) % slice === 0) await nextTask();
  }
  return { dataset: { ...packed.meta, organisations, ties }, report: packed.report };
}
