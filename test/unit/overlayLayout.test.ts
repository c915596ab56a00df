import { describe, expect, it } from 'vitest';
import { overlayMarks, unitFor, wrapText } from '../../src/export/image/overlayLayout';

const colours = { paper: '#fff', ink: '#000', line: '#ccc' };

describe('wrapText', () => {
  it.each([
    ['One network of clusters', 10, ['One', 'network of', 'clusters']],
    ['short', 10, ['short']],
    ['', 10, []],
    ['abcdefghijkl', 5, ['abcde', 'fghij', 'kl']],
  ])('%j at %i → %j', (text, max, lines) => expect(wrapText(text, max)).toEqual(lines));
});

describe('overlayMarks', () => {
  it('scales the type with the image: 1 at 1280 wide, 4 at 5120', () => {
    expect([unitFor(1280, 720), unitFor(5120, 2880), unitFor(800, 600)]).toEqual([1, 4, 1]);
  });

  it('draws one swatch and one label per legend entry, inside the image', () => {
    const marks = overlayMarks({
      width: 1280,
      height: 720,
      legend: [
        { label: 'Business', colour: '#0072B2' },
        { label: 'Research', colour: '#56B4E9' },
      ],
      caption: null,
      colours,
    });
    expect(marks.filter((mark) => mark.kind === 'circle').map((mark) => mark.kind === 'circle' && mark.fill)).toEqual([
      '#0072B2',
      '#56B4E9',
    ]);
    expect(marks.filter((mark) => mark.kind === 'text').map((mark) => mark.kind === 'text' && mark.text)).toEqual([
      'Business',
      'Research',
    ]);
    const box = marks[0]!;
    expect(box.kind === 'rect' && box.x > 0 && box.x + box.width <= 1280).toBe(true);
  });

  it('puts the caption title and text at the bottom left, and nothing when both are empty', () => {
    const marks = overlayMarks({
      width: 1280,
      height: 720,
      legend: null,
      caption: { title: 'Ten cities', text: 'One network' },
      colours,
    });
    const texts = marks.flatMap((mark) => (mark.kind === 'text' ? [[mark.text, mark.weight]] : []));
    expect(texts).toEqual([
      ['Ten cities', 700],
      ['One network', 400],
    ]);
    const box = marks[0]!;
    expect(box.kind === 'rect' && box.x === 16 && box.y + box.height === 720 - 16).toBe(true);
    expect(overlayMarks({ width: 1280, height: 720, legend: null, caption: { title: '', text: '' }, colours })).toEqual(
      [],
    );
  });
});
