import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUrlState, decodeView, encodeUrlState, type SharedView, type UrlState } from '../../src/persist/urlState';

const fullView: SharedView = {
  filters: [
    { type: 'category', field: 'city', values: ['Lyon', 'München & Co'] },
    { type: 'tieType', values: ['R&D collaboration'] },
    { type: 'yearRange', from: 2008, to: 2010 },
    { type: 'minWeight', value: 2 },
    { type: 'minDegree', value: 3 },
    { type: 'hideIsolated' },
    { type: 'largestComponent' },
  ],
  colour: { by: 'category', field: 'city' },
  size: { by: 'metric', metric: 'betweenness' },
  layout: 'geographic',
  focus: { id: 'lyon-grand-lyon', depth: 2 },
  path: { from: 'a#1', to: 'b=2&c', weighted: true },
  bridge: { field: 'city', a: 'Lyon', b: 'Munich' },
  groupBy: 'city',
  hiddenCategories: ['business', ''],
  camera: { zoom: 1.25, pan: { x: -10.5, y: 300 } },
};

describe('URL state codec', () => {
  it('round-trips a full view, the data set and the selection', () => {
    const state: UrlState = { datasetId: 'organisations+ties', selectedId: 'lyon-axelera', view: fullView };
    const hash = encodeUrlState(state);
    expect(hash).toMatch(/^v=1&data=organisations%2Bties&sel=lyon-axelera&view=/);
    expect(decodeUrlState(`#${hash}`)).toEqual(state);
  });

  it('round-trips empty values and no selection', () => {
    const view = {
      ...fullView,
      filters: [],
      focus: null,
      path: null,
      bridge: null,
      groupBy: null,
      hiddenCategories: [],
      camera: null,
      colour: { by: 'role' as const },
    };
    expect(decodeUrlState(encodeUrlState({ datasetId: 'x', selectedId: null, view }))).toEqual({
      datasetId: 'x',
      selectedId: null,
      view,
    });
  });

  it.each([
    ['', null],
    ['#', null],
    ['#just-some-anchor', null],
    ['#v=2&data=x', null],
    ['#v=1', null],
    ['#v=1&data=', null],
  ])('rejects %j', (hash, expected) => {
    expect(decodeUrlState(hash)).toBe(expected);
  });

  it('keeps the data set when the view is not JSON', () => {
    expect(decodeUrlState('#v=1&data=x&view=%7Bnot-json')).toEqual({ datasetId: 'x', selectedId: null, view: {} });
  });

  it('drops each malformed field and keeps the good ones', () => {
    const view = decodeView({
      filters: [
        { type: 'minWeight', value: 'heavy' },
        { type: 'hideIsolated' },
        { type: 'nonsense' },
        null,
        { type: 'yearRange', from: 2000, to: Infinity },
      ],
      colour: { by: 'metric' },
      size: { by: 'uniform' },
      layout: 'spiral',
      focus: { id: 'a', depth: 7 },
      path: null,
      camera: { zoom: -1, pan: { x: 0, y: 0 } },
      hiddenCategories: ['ok', 3],
      groupBy: 'city',
      __proto__: { layout: 'force' },
      unknownField: 1,
    });
    expect(view).toEqual({ filters: [{ type: 'hideIsolated' }], size: { by: 'uniform' }, path: null, groupBy: 'city' });
  });

  it('never throws on arbitrary hashes, and what it returns is well formed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((text) => `#v=1&data=d&view=${encodeURIComponent(text)}`),
          fc.json().map((json) => `#v=1&data=d&view=${encodeURIComponent(json)}`),
        ),
        (hash) => {
          const state = decodeUrlState(hash);
          if (state === null) return;
          expect(typeof state.datasetId).toBe('string');
          expect(decodeView(JSON.parse(JSON.stringify(state.view)))).toEqual(state.view);
        },
      ),
    );
  });

  it('round-trips generated filters and cameras', () => {
    const text = fc.string({ maxLength: 30 });
    const filter = fc.oneof(
      fc.record({ type: fc.constant('category' as const), field: text, values: fc.array(text, { maxLength: 5 }) }),
      fc.record({ type: fc.constant('yearRange' as const), from: fc.integer(), to: fc.integer() }),
      fc.record({
        type: fc.constant('minWeight' as const),
        value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      }),
      fc.constant({ type: 'hideIsolated' as const }),
    );
    const camera = fc.record({
      zoom: fc.double({ min: 0.01, max: 10, noNaN: true }),
      pan: fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.integer() }),
    });
    fc.assert(
      fc.property(fc.array(filter, { maxLength: 6 }), camera, text, (filters, cam, id) => {
        const state: UrlState = { datasetId: id || 'd', selectedId: id || null, view: { filters, camera: cam } };
        const decoded = decodeUrlState(encodeUrlState(state));
        // JSON has no -0: compare through JSON, as the URL does.
        expect(decoded).toEqual(JSON.parse(JSON.stringify(state)));
      }),
    );
  });
});
