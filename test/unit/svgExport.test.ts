import cytoscape from 'cytoscape';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/appearance/toElements';
import { toStylesheet } from '../../src/appearance/toStylesheet';
import { overlayMarks } from '../../src/export/image/overlayLayout';
import { writeSvg, type SvgPicture } from '../../src/export/image/svgDocument';
import { escapeAttribute, escapeText, xmlSafe } from '../../src/export/image/svgMarkup';
import { pictureOf } from '../../src/export/image/svgPicture';
import { graphOf, org, tie } from './testGraph';
import { findAll, parseXml, type XmlElement } from './xmlTree';

const LONE_HIGH = '\uD800';
const LONE_LOW = '\uDC00';
/** Labels that would break an SVG written by string concatenation, or one XML cannot hold. */
const HOSTILE = [
  'bell\u0007 and nul\u0000 and escape\u001B',
  'cdata end ]]> here',
  '<script>alert(1)</script>',
  `lone ${LONE_HIGH} high and ${LONE_LOW} low`,
  'quotes " and \' and & ampersand &amp;',
  'not chars \uFFFE\uFFFF end',
  'emoji 🌍 kept',
  '</text></g></svg><svg onload="x">',
];

const textOf = (element: XmlElement): string => element.text + element.children.map(textOf).join('');

const picture = (labels: string[]): SvgPicture => ({
  width: 400,
  height: 300,
  region: { x1: -100, y1: -50, pixelsPerUnit: 2 },
  background: '#ffffff',
  title: labels[0] ?? 'Network',
  ties: [{ x1: 0, y1: 0, x2: 50, y2: 20, colour: '#888', width: 2, opacity: 0.5 }],
  nodes: labels.map((_, i) => ({
    x: i * 10,
    y: 0,
    width: 20,
    height: 20,
    shape: ['ellipse', 'round-rectangle', 'star', 'round-hexagon'][i % 4]!,
    fill: '#1b9e77',
    stroke: '#1f2937',
    strokeWidth: 1.5,
    opacity: 1,
  })),
  labels: labels.map((text, i) => ({
    lines: [text],
    x: i * 10,
    y: 20,
    size: 13,
    weight: 'normal',
    family: 'Inter, "Segoe UI", sans-serif',
    fill: '#111827',
    outline: '#ffffff',
    outlineWidth: 2.5,
    opacity: 1,
  })),
  legend: overlayMarks({
    width: 400,
    height: 300,
    legend: labels.map((label) => ({ label, colour: '#d95f02' })),
    caption: { title: labels[1] ?? '', text: labels[2] ?? '' },
    colours: { paper: '#fff', ink: '#111', line: '#ccc' },
  }),
  caption: [],
});

describe('SVG markup', () => {
  it.each([
    ['control characters', 'a\u0000b\u0007c\u001Bd', 'abcd'],
    ['tab, line feed and carriage return', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['lone surrogates', `a${LONE_HIGH}b${LONE_LOW}c`, 'abc'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFFc', 'abc'],
    ['surrogate pairs', 'a🌍b', 'a🌍b'],
  ])('strips what XML forbids: %s', (_name, input, expected) => {
    expect(xmlSafe(input)).toBe(expected);
  });

  it('escapes markup in text and attributes', () => {
    expect(escapeText('a ]]> <b> & c')).toBe('a ]]&gt; &lt;b&gt; &amp; c');
    expect(escapeAttribute('say "hi"\n')).toBe('say &quot;hi&quot;&#10;');
  });
});

describe('our SVG writer', () => {
  const svg = writeSvg(picture(HOSTILE));

  it('writes a document that strict XML parsers accept, whatever the labels', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(() => parseXml(svg)).not.toThrow();
  });

  it('keeps every label as real text, stripped only of what XML forbids', () => {
    const root = parseXml(svg);
    const texts = findAll(
      findAll(root, 'g').find((g) => g.attributes['id'] === 'labels')!,
      'text',
    ).map(textOf);
    expect(texts).toEqual(HOSTILE.map(xmlSafe));
    expect(findAll(root, 'script')).toEqual([]);
    expect(texts[3]).toBe('lone  high and  low');
  });

  it('groups what it draws in layers, the graph mapped to output pixels', () => {
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attributes).toMatchObject({ width: '400', height: '300', viewBox: '0 0 400 300' });
    const layers = findAll(root, 'g').map((g) => g.attributes['id']);
    expect(layers).toEqual(['graph', 'ties', 'nodes', 'labels', 'legend', 'caption']);
    // graph x = -100 lands on pixel 0 at 2 pixels per unit.
    expect(findAll(root, 'g')[0]!.attributes['transform']).toBe('matrix(2 0 0 2 200 100)');
    const nodes = findAll(root, 'g')[2]!.children.map((child) => child.name);
    expect(nodes).toEqual(['ellipse', 'rect', 'polygon', 'polygon', 'ellipse', 'rect', 'polygon', 'polygon']);
    expect(findAll(root, 'g')[1]!.children[0]!.attributes).toMatchObject({ x2: '50', stroke: '#888' });
  });

  it('is the same text for the same picture', () => {
    expect(writeSvg(picture(HOSTILE))).toBe(svg);
  });
});

describe('the picture of a canvas', () => {
  const graph = graphOf(
    [org('a', { type: 'Firm' }), org('b', { type: 'University' }), org('c', { name: '<c> & "d"' })],
    [tie('t0', 'a', 'b'), tie('t1', 'b', 'c')],
  );
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(graph).map((element, i) => ({ ...element, position: { x: i * 100, y: i * 50 } })),
    style: toStylesheet(),
    layout: { name: 'preset' },
  });
  const region = { x1: -50, y1: -50, width: 600, height: 300, pixelsPerUnit: 1 };
  const measure = (text: string) => text.length * 7;

  it('draws every node where it is, as it looks, with its label', () => {
    const drawn = pictureOf(cy, { region, background: null, title: 'T', legend: [], caption: [], measure });
    expect(drawn.nodes.map(({ x, y, shape }) => ({ x, y, shape }))).toEqual([
      { x: 0, y: 0, shape: 'ellipse' },
      { x: 100, y: 50, shape: 'round-rectangle' },
      { x: 200, y: 100, shape: 'round-octagon' },
    ]);
    expect(drawn.nodes[0]!.fill).toBe(cy.nodes()[0]!.style('background-color'));
    expect(drawn.labels.map((label) => label.lines)).toEqual([['A'], ['B'], ['<c> & "d"']]);
    expect(drawn.ties.map(({ x1, y1, x2, y2 }) => [x1, y1, x2, y2])).toEqual([
      [0, 0, 100, 50],
      [100, 50, 200, 100],
    ]);
    expect(XMLValidator.validate(writeSvg(drawn))).toBe(true);
  });

  it('leaves out hidden elements and what lies outside the region', () => {
    cy.nodes()[0]!.style('display', 'none');
    const drawn = pictureOf(cy, {
      region: { ...region, width: 160 },
      background: null,
      title: 'T',
      legend: [],
      caption: [],
      measure,
    });
    expect(drawn.nodes.map(({ x }) => x)).toEqual([100]);
    expect(drawn.ties).toHaveLength(1);
    cy.nodes()[0]!.removeStyle('display');
  });

  it('cuts long labels with an ellipsis as the canvas does', () => {
    cy.nodes()[1]!.data('label', 'A very long organisation name that the canvas cuts short');
    const drawn = pictureOf(cy, { region, background: null, title: 'T', legend: [], caption: [], measure });
    const [line] = drawn.labels[1]!.lines;
    expect(line!.endsWith('…')).toBe(true);
    expect(measure(line!)).toBeLessThanOrEqual(160);
  });
});
