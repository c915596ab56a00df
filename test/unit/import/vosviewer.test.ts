import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSources } from '../../../src/import/importSources';
import { turnOverY } from '../../../src/import/vosviewerJson';
import { carriesPositions, positionsEntry } from '../../../src/import/carriedPositions';
import { createAttributes, type Organisation } from '../../../src/model/types';

const DIR = join(process.cwd(), 'fixtures/import');
const load = (name: string) => [{ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }];
const json = (value: unknown) => [{ name: 'map.json', bytes: new TextEncoder().encode(JSON.stringify(value)) }];

describe('VOSviewer JSON', () => {
  const { dataset, report } = importSources(load('vosviewer-online.json'));

  it('reads items as organisations: label, cluster (named by network.clusters), positions with y turned over', () => {
    expect(report.files[0]?.format).toBe('VOSviewer JSON');
    expect(dataset.organisations.map((org) => [org.id, org.name, org.cluster, org.x, org.y])).toEqual([
      ['1', 'Leiden University', 'Leiden-Rotterdam', -0.6, -0.4],
      ['2', 'Delft University of Technology', 'Delft', 0.5, -0.3],
      ['3', 'Erasmus University Rotterdam', 'Leiden-Rotterdam', -0.2, 0.5],
      ['4', 'TNO', 'Delft', 0.7, 0.2],
      ['5', 'Naturalis Biodiversity Center', 'Leiden-Rotterdam', undefined, undefined],
    ]);
  });

  it('keeps weights and scores as numeric attributes, description and url as text and link', () => {
    const numeric = ['Links', 'Total link strength', 'Documents', 'Avg. pub. year', 'Avg. citations'];
    expect(dataset.schema.organisation).toEqual([
      ...numeric.map((key) => ({ key, label: key, type: 'number' })),
      { key: 'description', label: 'description', type: 'text' },
      { key: 'url', label: 'url', type: 'url' },
    ]);
    const leiden = dataset.organisations[0]!.attributes;
    expect(numeric.map((key) => leiden[key])).toEqual([3, 9, 120, 2018.4, 14.2]);
    expect(leiden['url']).toBe('https://www.universiteitleiden.nl');
  });

  it('reads links with their strength as the weight, undirected', () => {
    expect(dataset.ties.map((tie) => [tie.source, tie.target, tie.weight, tie.directed])).toEqual([
      ['1', '2', 3, false],
      ['1', '3', 4, false],
      ['2', '4', 3, false],
      ['3', '4', 1, false],
      ['1', '5', 2, false],
    ]);
  });

  it('says in the report that the positions are used', () => {
    expect(report.entries).toEqual([
      expect.objectContaining({
        severity: 'info',
        kind: 'positions-used',
        problem: '4 of 5 organisations have positions (x, y).',
      }),
    ]);
    expect(report.entries[0]!.action).toContain('Positions used');
    expect(report.entries[0]!.action).toContain('y axis points up');
  });

  it('reads the older shape: no config, no clusters list, string ids, "weight"/"score" objects', () => {
    const { dataset: old } = importSources(
      json({
        network: {
          items: [
            { id: 'a', label: 'Alpha', x: 1, y: 2, cluster: 3, weight: { Documents: 4 }, score: { Score: 0.5 } },
            { id: 'b', label: 'Beta', x: 0, y: 0 },
          ],
          links: [{ source_id: 'a', target_id: 'b' }],
        },
      }),
    );
    expect(old.organisations.map((org) => [org.id, org.cluster, org.x, org.y, org.attributes['Documents']])).toEqual([
      ['a', '3', 1, -2, 4],
      ['b', undefined, 0, 0, null],
    ]);
    expect(old.ties.map((tie) => [tie.source, tie.target, tie.weight])).toEqual([['a', 'b', 1]]);
  });

  it('keeps a weight named "__proto__" or "id" apart from the item id', () => {
    const { dataset: odd } = importSources(
      json({ network: { items: [{ id: 1, label: 'One', weights: { __proto__: 2, id: 9 } }], links: [] } }),
    );
    expect(odd.organisations.map((org) => org.id)).toEqual(['1']);
  });
});

describe('turnOverY', () => {
  it.each([
    ['0.31', '-0.31'],
    ['-0.44', '0.44'],
    ['+2', '-2'],
    ['0', '0'],
    ['0.000', '0.000'],
    ['', ''],
  ])('%j -> %j', (cell, expected) => {
    expect(turnOverY({ header: ['id', 'y'], rows: [['1', cell]] }).rows).toEqual([['1', expected]]);
  });
});

describe('carriesPositions', () => {
  const org = (id: string, xy?: [number, number]): Organisation => ({
    id,
    name: id,
    ...(xy ? { x: xy[0], y: xy[1] } : {}),
    attributes: createAttributes(),
  });
  it.each<[string, Organisation[], boolean]>([
    ['all placed', [org('a', [0, 0]), org('b', [1, 1])], true],
    ['three of four', [org('a', [0, 0]), org('b', [1, 1]), org('c', [2, 2]), org('d')], true],
    ['half is not most', [org('a', [0, 0]), org('b', [1, 1]), org('c'), org('d')], false],
    ['one alone is no map', [org('a', [0, 0])], false],
    ['none', [org('a'), org('b')], false],
  ])('%s', (_, organisations, expected) => {
    expect(carriesPositions(organisations)).toBe(expected);
    expect(positionsEntry(organisations, 'f', false) !== null).toBe(expected);
  });
});

describe('yEd GraphML', () => {
  const { dataset, report } = importSources(load('yed-labels.graphml'));
  it('names nodes by the <y:NodeLabel> yEd draws (the first, when there are several)', () => {
    expect(dataset.organisations.map((org) => [org.id, org.name])).toEqual([
      ['n0', 'Tecnalia'],
      ['n1', 'GAIA & Co'],
      ['n2', 'Bilbao City Council'],
    ]);
    expect(dataset.organisations[0]!.attributes['url']).toBe('https://www.tecnalia.com');
    expect(dataset.organisations[1]!.attributes['description']).toBe('Basque cluster association');
  });
  it('places nodes at the centre of their <y:Geometry> and keeps edge labels; no column for the graphics keys', () => {
    expect(dataset.organisations.map((org) => [org.x, org.y])).toEqual([
      [130, 215],
      [340, 120],
      [215, 415],
    ]);
    expect(dataset.ties.map((tie) => [tie.source, tie.target, tie.attributes['label']])).toEqual([
      ['n0', 'n1', 'member'],
      ['n2', 'n1', null],
    ]);
    expect(dataset.schema.organisation.map((field) => field.key)).toEqual(['url', 'description']);
    expect(report.entries.map(({ kind }) => kind)).toEqual(['positions-used']);
  });
  it('reads the nodes of a group (a graph nested in a node)', () => {
    const xml = `<graphml xmlns:y="http://www.yworks.com/xml/graphml"><key for="node" id="d6" yfiles.type="nodegraphics"/>
      <graph id="G" edgedefault="undirected"><node id="g" yfiles.foldertype="group"><data key="d6"><y:ProxyAutoBoundsNode>
      <y:Realizers active="0"><y:GroupNode><y:NodeLabel>Cluster</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
      <graph id="g:" edgedefault="undirected"><node id="g::a"><data key="d6"><y:ShapeNode><y:NodeLabel>Alpha</y:NodeLabel></y:ShapeNode></data></node></graph></node>
      <node id="b"/><edge source="g::a" target="b"/></graph></graphml>`;
    const { dataset: grouped } = importSources([{ name: 'g.graphml', bytes: new TextEncoder().encode(xml) }]);
    expect(grouped.organisations.map((org) => [org.id, org.name])).toEqual([
      ['g', 'Cluster'],
      ['g::a', 'Alpha'],
      ['b', 'b'],
    ]);
    expect(grouped.ties.map((tie) => [tie.source, tie.target])).toEqual([['g::a', 'b']]);
  });
});
