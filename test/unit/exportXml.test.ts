import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toGexf } from '../../src/export/gexf';
import { toGraphml } from '../../src/export/graphml';
import { escapeXml } from '../../src/export/xml';
import { importSources } from '../../src/import/importSources';
import { createAttributes, type Dataset } from '../../src/model/types';
import type { AnalysisResults } from '../../src/analysis/types';
import { findAll, parseXml } from './xmlTree';

const encode = (text: string) => new TextEncoder().encode(text);
const dataset = importSources([
  {
    name: 'orgs.csv',
    bytes: encode(
      'id,name,type,city,x,y,staff,founded,listed,site\na,"A & <Co>",Firm,Lyon,10,-20,12.5,1990,true,https://a.example\nb,B "quoted",University,,,,,,false,\n',
    ),
  },
  { name: 'ties.csv', bytes: encode('source,target,type,weight,year,directed,note\na,b,Funding,2.5,2009,yes,line1\n') },
]).dataset;
const analysis: AnalysisResults = {
  datasetId: dataset.id,
  metrics: [{ id: 'betweenness', label: 'Betweenness', description: '', kind: 'number' }],
  nodeMetrics: { betweenness: { a: 0.25, b: 0 } },
  notes: [],
};

describe('toGexf', () => {
  const root = parseXml(toGexf(dataset, analysis));

  it('is GEXF 1.3 with one node per organisation, labelled with its name', () => {
    expect(root.name).toBe('gexf');
    expect(root.attributes['version']).toBe('1.3');
    expect(root.attributes['xmlns']).toBe('http://gexf.net/1.3');
    expect(findAll(root, 'node').map((node) => [node.attributes['id'], node.attributes['label']])).toEqual([
      ['a', 'A & <Co>'],
      ['b', 'B "quoted"'],
    ]);
  });

  it('declares typed node and edge attributes and writes values, leaving out missing ones', () => {
    const attributes = findAll(root, 'attributes');
    const types = (kind: string) =>
      Object.fromEntries(
        findAll(
          attributes.find((el) => el.attributes['class'] === kind)!,
          'attribute',
        ).map((el) => [el.attributes['title'], el.attributes['type']]),
      );
    expect(types('node')).toEqual({
      type: 'string',
      city: 'string',
      x: 'double',
      y: 'double',
      staff: 'double',
      founded: 'integer',
      listed: 'boolean',
      site: 'string',
      betweenness: 'double',
    });
    expect(types('edge')).toEqual({ type: 'string', year: 'integer', note: 'string' });
    const [nodeA, nodeB] = findAll(root, 'node');
    expect(findAll(nodeA!, 'attvalue')).toHaveLength(9);
    expect(findAll(nodeB!, 'attvalue').map((el) => el.attributes['value'])).toEqual(['University', 'false', '0']);
    // The canvas's y axis points down, Gephi's up: y -20 here is 20 in the file.
    expect(findAll(nodeA!, 'viz:position')[0]!.attributes).toEqual({ x: '10', y: '20', z: '0' });
  });

  it('writes ties as edges with weight and direction', () => {
    expect(findAll(root, 'graph')[0]!.attributes['defaultedgetype']).toBe('directed');
    expect(findAll(root, 'edge').map((edge) => edge.attributes)).toEqual([
      { id: 't0', source: 'a', target: 'b', weight: '2.5', type: 'directed', label: 'Funding' },
    ]);
  });
});

describe('toGraphml', () => {
  const root = parseXml(toGraphml(dataset, analysis));

  it('declares typed keys and writes one node per organisation with its name', () => {
    expect(root.name).toBe('graphml');
    const keys = Object.fromEntries(
      findAll(root, 'key').map((el) => [
        `${el.attributes['for']}:${el.attributes['attr.name']}`,
        el.attributes['attr.type'],
      ]),
    );
    expect(keys).toEqual({
      'node:name': 'string',
      'node:type': 'string',
      'node:city': 'string',
      'node:x': 'double',
      'node:y': 'double',
      'node:staff': 'double',
      'node:founded': 'int',
      'node:listed': 'boolean',
      'node:site': 'string',
      'node:betweenness': 'double',
      'edge:type': 'string',
      'edge:weight': 'double',
      'edge:year': 'int',
      'edge:note': 'string',
    });
    const nameKey = findAll(root, 'key').find((el) => el.attributes['attr.name'] === 'name')!.attributes['id'];
    const names = findAll(root, 'node').map(
      (node) => node.children.find((data) => data.attributes['key'] === nameKey)?.text,
    );
    expect(names).toEqual(['A & <Co>', 'B "quoted"']);
  });

  it('writes ties as edges with their direction', () => {
    expect(findAll(root, 'graph')[0]!.attributes['edgedefault']).toBe('directed');
    expect(findAll(root, 'edge').map((edge) => edge.attributes)).toEqual([
      { id: 't0', source: 'a', target: 'b', directed: 'true' },
    ]);
  });
});

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<x y="1">', '&lt;x y=&quot;1&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['tab\tline\ncr\r', 'tab&#9;line&#10;cr&#13;'],
    ['bell\u0007null\u0000', 'bellnull'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['pair 😀', 'pair 😀'],
  ])('%j becomes %j', (text, expected) => expect(escapeXml(text)).toBe(expected));
});

/** The Char production of XML 1.0 (section 2.2). */
const isXmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

describe('GEXF and GraphML stay well-formed for any text', () => {
  const anyText = fc.string({ unit: 'binary', maxLength: 12 });
  const oneOrg = (name: string, value: string): Dataset => ({
    id: 'x',
    name,
    files: [],
    organisations: [
      { id: name || 'id', name, attributes: createAttributes([[value || 'k', value]]) },
      { id: `${name}2`, name: value, attributes: createAttributes() },
    ],
    ties: [
      {
        id: 't0',
        source: name || 'id',
        target: `${name}2`,
        weight: 1,
        directed: false,
        attributes: createAttributes(),
      },
    ],
    schema: { organisation: [{ key: value || 'k', label: value, type: 'text' }], tie: [] },
  });

  it('parses strictly and keeps every XML character of labels', () => {
    fc.assert(
      fc.property(anyText, anyText, (name, value) => {
        const expectedName = [...name].filter((char) => isXmlChar(char.codePointAt(0)!)).join('');
        for (const xml of [toGexf(oneOrg(name, value)), toGraphml(oneOrg(name, value))]) {
          const root = parseXml(xml);
          expect(findAll(root, 'node')).toHaveLength(2);
          expect(findAll(root, 'edge')).toHaveLength(1);
        }
        expect(findAll(parseXml(toGexf(oneOrg(name, value))), 'node')[0]!.attributes['label']).toBe(expectedName);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
