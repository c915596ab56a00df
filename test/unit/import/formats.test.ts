import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSources } from '../../../src/import/importSources';
import { jsonErrorLocation } from '../../../src/import/parseJson';
import { ImportError } from '../../../src/import/ImportError';

const DIR = join(process.cwd(), 'fixtures/import');
const load = (...names: string[]) =>
  names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));
type Row = [string, string, number | undefined, number | undefined];

describe('JSON and graph files, recognised from their content', () => {
  it.each<[string, string, [string, string][], [string, string, number, boolean][]]>([
    [
      'clusnet-own.json',
      'Clusnet JSON',
      [
        ['axelera', 'Axelera'],
        ['ucbl', 'Université Claude Bernard'],
      ],
      [['ucbl', 'axelera', 2, false]],
    ],
    [
      'cytoscape-object.json',
      'Cytoscape.js JSON',
      [
        ['n1', 'Barcelona Activa'],
        ['n2', 'UPC'],
      ],
      [['n1', 'n2', 3, false]],
    ],
    [
      'cytoscape-array.json',
      'Cytoscape.js JSON',
      [
        ['n1', 'Barcelona Activa'],
        ['n2', 'UPC'],
      ],
      [['n2', 'n1', 1, false]],
    ],
    [
      'd3-node-link.json',
      'node-link JSON',
      [
        ['0', 'Helsinki'],
        ['1', 'Espoo'],
        ['2', 'Vantaa'],
      ],
      [
        ['0', '1', 4, false],
        ['1', '2', 1, false],
      ],
    ],
    [
      'networkx-node-link.json',
      'node-link JSON',
      [
        ['Chalmers', 'Chalmers'],
        ['Volvo', 'Volvo'],
      ],
      [['Volvo', 'Chalmers', 2.5, true]],
    ],
    [
      'graphology.json',
      'graphology JSON',
      [
        ['bme', 'BME'],
        ['ericsson-hu', 'Ericsson Hungary'],
      ],
      [['ericsson-hu', 'bme', 5, true]],
    ],
    [
      'gephi-1.3.gexf',
      'GEXF',
      [
        ['tue', 'TU/e & partners'],
        ['asml', 'ASML'],
      ],
      [
        ['asml', 'tue', 2, false],
        ['tue', 'asml', 1, true],
      ],
    ],
    [
      'gephi-pre-1.1.gexf',
      'GEXF',
      [
        ['1', 'Leipziger Messe'],
        ['2', 'Universität Leipzig'],
      ],
      [['1', '2', 3, false]],
    ],
    [
      'kumu.json',
      'Kumu JSON',
      [
        ['Eindhoven Brainport', 'Eindhoven Brainport'],
        ['Philips', 'Philips'],
      ],
      [['Philips', 'Eindhoven Brainport', 1, false]],
    ],
    [
      'yed.graphml',
      'GraphML',
      [
        ['m1', 'Manchester City Council'],
        ['m2', 'University of Manchester'],
      ],
      [['m1', 'm2', 1.5, true]],
    ],
  ])('%s', (name, format, organisations, ties) => {
    const { dataset, report } = importSources(load(name));
    expect(report.files[0]?.format).toBe(format);
    expect(dataset.organisations.map((org) => [org.id, org.name])).toEqual(organisations);
    expect(dataset.ties.map((tie) => [tie.source, tie.target, tie.weight, tie.directed])).toEqual(ties);
  });

  it('keeps positions, attribute values and the name a file declares', () => {
    const own = importSources(load('clusnet-own.json')).dataset;
    expect(own.name).toBe('Lyon chemistry');
    expect(own.organisations[0]!.attributes['tags']).toEqual(['chemistry', 'environment']);
    const cytoscape = importSources(load('cytoscape-object.json')).dataset;
    expect(cytoscape.organisations.map((org) => [org.type, org.x, org.y])).toEqual([
      ['Agency', 10, 20],
      ['University', -5, 7.5],
    ]);
    const gexf = importSources(load('gephi-1.3.gexf')).dataset;
    // Gephi's y axis points up: y="-3.0" in the file is 3 on the canvas, whose y axis points down.
    expect(gexf.organisations[0]).toMatchObject({ city: 'Eindhoven', x: 12.5, y: 3 });
    expect(gexf.organisations[0]!.attributes['founded']).toBe(1956);
    expect(gexf.ties[0]).toMatchObject({ type: 'R&D' });
    expect(gexf.ties[0]!.attributes['programme']).toBe('Horizon 2020');
    expect(importSources(load('gephi-pre-1.1.gexf')).dataset.organisations.map((org) => org.sector)).toEqual([
      'Events',
      'Education',
    ]);
  });

  it('opens a Gephi map the way Gephi draws it: y turned over, and the report says so', () => {
    const gexf =
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph><nodes>' +
      '<node id="top" label="Top"><viz:position x="0" y="100"/></node>' +
      '<node id="bottom" label="Bottom"><viz:position x="0" y="-100"/></node>' +
      '</nodes><edges><edge source="top" target="bottom"/></edges></graph></gexf>';
    const { dataset, report } = importSources([{ name: 'map.gexf', bytes: new TextEncoder().encode(gexf) }]);
    // "Top" is above "Bottom" in Gephi (y up), so above it on the canvas too (y down): a smaller y.
    expect(dataset.organisations.map((org) => [org.name, org.y])).toEqual([
      ['Top', -100],
      ['Bottom', 100],
    ]);
    const positionsUsed = report.entries.find((entry) => entry.kind === 'positions-used');
    expect(positionsUsed?.action).toContain('its y axis points up');
  });

  it('keeps a GraphML key named __proto__ as plain data and reports the self-tie', () => {
    const { dataset, report } = importSources(load('yed.graphml'));
    expect(Object.getPrototypeOf(dataset.organisations[0]!.attributes)).toBeNull();
    expect(dataset.organisations[0]!.attributes['__proto__']).toBe('x');
    expect(report.entries.map(({ kind, row }) => [kind, row])).toEqual([['self-tie', 2]]);
  });
});

describe('VOSviewer map + network files', () => {
  it('resolves the headerless network file through the map file ids; y turned over as VOSviewer draws it', () => {
    const { dataset, report } = importSources(load('vosviewer-map.txt', 'vosviewer-network.txt'));
    expect(dataset.organisations.map((org) => [org.id, org.name, org.cluster, org.x, org.y])).toEqual([
      ['1', 'climate change', '1', -0.52, -0.31],
      ['2', 'carbon capture', '1', 0.12, 0.44],
      ['3', 'urban mobility', '2', 0.83, -0.1],
    ]);
    expect(dataset.ties.map((tie): Row => [tie.source, tie.target, tie.weight, tie.year])).toEqual([
      ['1', '2', 4, undefined],
      ['2', '3', 3, undefined],
      ['1', '3', 1, undefined],
    ]);
    expect(report.files.map((file) => file.format)).toEqual([
      'VOSviewer map (organisations)',
      'VOSviewer network (ties)',
    ]);
    expect(report.entries.map(({ kind }) => kind)).toEqual(['positions-used']);
  });
});

describe('membership lists (CORDIS participants)', () => {
  it('ties organisations that share projects, weighted by how many', () => {
    const { dataset, report } = importSources(load('membership-cordis.csv'));
    expect(dataset.organisations.map((org) => [org.id, org.name, org.type])).toEqual([
      ['999901', 'Universitat de Barcelona', 'HES'],
      ['999902', 'Fraunhofer ISE', 'REC'],
      ['999903', 'Eindhoven Startup BV', 'PRC'],
      ['999904', 'Budapest Tech Kft', 'PRC'],
    ]);
    expect(dataset.ties.map((tie) => [tie.source, tie.target, tie.weight, tie.attributes['groups']])).toEqual([
      ['999901', '999902', 2, ['101001', '101002']],
      ['999901', '999903', 1, ['101001']],
      ['999902', '999903', 1, ['101001']],
    ]);
    expect(report.entries.map(({ kind, row }) => [kind, row])).toEqual([
      ['membership-list', null],
      ['single-member-group', 7],
      ['country-codes', null],
    ]);
    expect(dataset.organisations.map((org) => [org.country, org.attributes['country code']])).toEqual([
      ['Spain', 'ES'],
      ['Germany', 'DE'],
      ['Netherlands', 'NL'],
      ['Hungary', 'HU'],
    ]);
  });

  it('counts an organisation named twice in the same group once, and says so', () => {
    const list = {
      name: 'members.csv',
      bytes: new TextEncoder().encode('project;organisation\nP1;Acme\nP1;Beta\nP1;acme\n'),
    };
    const { dataset, report } = importSources([list]);
    expect(dataset.ties.map((tie) => [tie.source, tie.target, tie.weight])).toEqual([['Acme', 'Beta', 1]]);
    expect(report.entries.map(({ kind, row }) => [kind, row])).toEqual([
      ['membership-list', null],
      ['duplicate-membership', 4],
    ]);
  });

  it('shows the groups as nodes of their own in two-mode', () => {
    const fields = ['group', null, 'id', 'name', 'country', 'city', 'type'] as const;
    const key = 'projectid|projectacronym|organisationid|name|country|city|activitytype';
    const { dataset } = importSources(load('membership-cordis.csv'), {
      mappings: { [key]: { role: 'membership', fields: [...fields], groupMode: 'two-mode' } },
    });
    expect(dataset.organisations.slice(4).map((org) => [org.id, org.name, org.attributes['members']])).toEqual([
      ['projectID: 101001', '101001', 3],
      ['projectID: 101002', '101002', 2],
      ['projectID: 101003', '101003', 1],
    ]);
    expect(dataset.ties).toHaveLength(6);
    expect(dataset.ties.every((tie) => tie.target.startsWith('projectID: '))).toBe(true);
  });
});

describe('unreadable files say why', () => {
  const file = (name: string, text: string | Uint8Array) => [
    { name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text },
  ];
  it.each([
    ['broken.json', '{\n  "a": [1,\n  2,,\n]}', 'not valid JSON (line 3, column 5)'],
    ['cut.json', '{"organisations": [', 'not valid JSON (line 1, column 20)'],
    ['other.xml', '<svg><g/></svg>', 'unsupported XML'],
    ['bad.gexf', '<gexf><graph><nodes><node id="a"></nodes></graph></gexf>', 'not well-formed XML'],
    ['only-header.csv', 'source;target\r\n', 'header row but no data rows'],
    ['blank.csv', '  \r\n\r\n', 'the file is empty'],
    ['photo.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary data'],
  ])('%s', (name, text, message) => {
    expect(() => importSources(file(name, text))).toThrow(ImportError);
    expect(() => importSources(file(name, text))).toThrow(`${name}: `);
    expect(() => importSources(file(name, text))).toThrow(message);
  });

  it('names the size limit for a file over it', () => {
    const huge = { name: 'huge.csv', bytes: { length: 300 * 1048576 } as Uint8Array };
    expect(() => importSources([huge])).toThrow('huge.csv: the file is 300 MB; the limit is 250 MB.');
  });

  it.each([
    ['{"a":1,}', { line: 1, column: 8 }],
    ['[1, 2\n, 3 4]', { line: 2, column: 5 }],
    ['{"a": tru\n}', { line: 1, column: 10 }],
  ])('jsonErrorLocation(%j)', (text, location) => expect(jsonErrorLocation(text)).toEqual(location));
});
