import type { Filter } from '../filters/types';
import { isRecord } from '../model/isRecord';
import type { WaveParams, WavePeriod } from '../model/waves';

/**
 * The view in the URL hash: `#v=1&data=<dataset id>&sel=<organisation id>&view=<JSON>`.
 * Names the data set, never carries its data. Decoding trusts nothing: a field that does not
 * have the expected shape is dropped (the app then uses its default), and a hash that is not ours
 * decodes to null. The types mirror the store's ViewState (the pure core may not import the store).
 */
export const URL_STATE_VERSION = 1;

export interface SharedView {
  filters: Filter[];
  colour: { by: 'role' } | { by: 'category'; field: string } | { by: 'metric'; metric: string };
  size: { by: 'degree' } | { by: 'metric'; metric: string } | { by: 'uniform' };
  layout: 'force' | 'concentric' | 'city' | 'geographic' | 'preset';
  focus: { id: string; depth: 1 | 2 | 3 } | null;
  path: { from: string; to: string; weighted: boolean } | null;
  bridge: { field: string; a: string; b: string } | null;
  groupBy: string | null;
  hiddenCategories: string[];
  camera: { zoom: number; pan: { x: number; y: number } } | null;
  compare?: WaveParams | null;
  evidence?: { title: string; organisations: string[] } | null;
}

export interface UrlState {
  datasetId: string;
  selectedId: string | null;
  /** Only the fields that decoded cleanly. */
  view: Partial<SharedView>;
}

const MAX_TEXT = 500;
const MAX_LIST = 1000;
type Json = unknown;

const isText = (value: Json): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
const isNumber = (value: Json): value is number => typeof value === 'number' && Number.isFinite(value);
const isTextList = (value: Json): value is string[] =>
  Array.isArray(value) && value.length <= MAX_LIST && value.every(isText);

/** A period of years (both included), or undefined. */
const decodePeriod = (value: Json): WavePeriod | undefined =>
  isRecord(value) && Number.isSafeInteger(value.from) && Number.isSafeInteger(value.to)
    ? { from: value.from as number, to: value.to as number }
    : undefined;

/** Two waves to compare, or undefined when their shape is wrong. */
function decodeWaves(value: Json): WaveParams | undefined {
  if (!isRecord(value) || (value.reading !== 'observed' && value.reading !== 'cumulative')) return undefined;
  const [a, b] = [decodePeriod(value.a), decodePeriod(value.b)];
  return a && b ? { a, b, reading: value.reading } : undefined;
}

/** One filter, or undefined when its shape is wrong. */
function decodeFilter(value: Json): Filter | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'category':
      return isText(value.field) && isTextList(value.values)
        ? { type: 'category', field: value.field, values: value.values }
        : undefined;
    case 'tieType':
      return isTextList(value.values) ? { type: 'tieType', values: value.values } : undefined;
    case 'yearRange':
      return isNumber(value.from) && isNumber(value.to)
        ? { type: 'yearRange', from: value.from, to: value.to }
        : undefined;
    case 'minWeight':
    case 'minDegree':
      return isNumber(value.value) ? { type: value.type, value: value.value } : undefined;
    case 'hideIsolated':
    case 'largestComponent':
      return { type: value.type };
    default:
      return undefined;
  }
}

const orNull =
  <T>(decode: (value: Json) => T | undefined) =>
  (value: Json): T | null | undefined =>
    value === null ? null : decode(value);

/** One decoder per view field: returns undefined to drop a malformed value. Add a line per new field. */
const FIELD_DECODERS: { [K in keyof SharedView]: (value: Json) => SharedView[K] | undefined } = {
  filters: (value) =>
    Array.isArray(value) && value.length <= MAX_LIST
      ? value.map(decodeFilter).filter((filter) => filter !== undefined)
      : undefined,
  colour: (value) => {
    if (!isRecord(value)) return undefined;
    if (value.by === 'role') return { by: 'role' };
    if (value.by === 'category' && isText(value.field)) return { by: 'category', field: value.field };
    return value.by === 'metric' && isText(value.metric) ? { by: 'metric', metric: value.metric } : undefined;
  },
  size: (value) => {
    if (!isRecord(value)) return undefined;
    if (value.by === 'degree' || value.by === 'uniform') return { by: value.by };
    return value.by === 'metric' && isText(value.metric) ? { by: 'metric', metric: value.metric } : undefined;
  },
  layout: (value) => (['force', 'concentric', 'city', 'geographic', 'preset'] as const).find((name) => name === value),
  focus: orNull((value) =>
    isRecord(value) && isText(value.id) && (value.depth === 1 || value.depth === 2 || value.depth === 3)
      ? { id: value.id, depth: value.depth }
      : undefined,
  ),
  path: orNull((value) =>
    isRecord(value) && isText(value.from) && isText(value.to) && typeof value.weighted === 'boolean'
      ? { from: value.from, to: value.to, weighted: value.weighted }
      : undefined,
  ),
  bridge: orNull((value) =>
    isRecord(value) && isText(value.field) && isText(value.a) && isText(value.b)
      ? { field: value.field, a: value.a, b: value.b }
      : undefined,
  ),
  groupBy: orNull((value) => (isText(value) ? value : undefined)),
  hiddenCategories: (value) => (isTextList(value) ? value : undefined),
  camera: orNull((value) =>
    isRecord(value) &&
    isNumber(value.zoom) &&
    value.zoom > 0 &&
    isRecord(value.pan) &&
    isNumber(value.pan.x) &&
    isNumber(value.pan.y)
      ? { zoom: value.zoom, pan: { x: value.pan.x, y: value.pan.y } }
      : undefined,
  ),
  compare: orNull(decodeWaves),
  evidence: orNull((value) =>
    isRecord(value) && isText(value.title) && isTextList(value.organisations)
      ? { title: value.title, organisations: value.organisations }
      : undefined,
  ),
};

/** Keep the fields of a parsed JSON object that decode; drop the rest. */
export function decodeView(value: Json): Partial<SharedView> {
  if (!isRecord(value)) return {};
  const view: Record<string, unknown> = {};
  for (const [key, decode] of Object.entries(FIELD_DECODERS) as [keyof SharedView, (value: Json) => unknown][]) {
    if (!Object.hasOwn(value, key)) continue;
    const decoded = decode(value[key]);
    if (decoded !== undefined) view[key] = decoded;
  }
  return view as Partial<SharedView>;
}

/** Parsed JSON, or null for text that is not JSON. */
function parseJson(text: string | null): Json {
  if (text === null) return null;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return null;
  }
}

/** The hash (without '#') for a data set, a selection and a view. Only the known view fields are written. */
export function encodeUrlState({ datasetId, selectedId, view }: UrlState): string {
  const params = new URLSearchParams({ v: String(URL_STATE_VERSION), data: datasetId });
  if (selectedId !== null) params.set('sel', selectedId);
  const known = Object.fromEntries(
    Object.keys(FIELD_DECODERS)
      .filter((key) => key in view)
      .map((key) => [key, view[key as keyof SharedView]]),
  );
  params.set('view', JSON.stringify(known));
  return params.toString();
}

/** Read a hash (with or without '#'); null when it is not a Clusnet view of a known version. */
export function decodeUrlState(hash: string): UrlState | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const datasetId = params.get('data');
  if (params.get('v') !== String(URL_STATE_VERSION) || !datasetId || !isText(datasetId)) return null;
  const selected = params.get('sel');
  return {
    datasetId,
    selectedId: selected && isText(selected) ? selected : null,
    view: decodeView(parseJson(params.get('view'))),
  };
}
