import { describe, expect, it } from 'vitest';
import {
  formatElapsed,
  presenterSessionOf,
  presenterSnapshot,
  readFromPresenter,
  readToPresenter,
} from '../../src/presentation/presenterProtocol';
import type { Scene } from '../../src/model/scene';

const scene = (title: string, notes = '', text = ''): Scene =>
  ({
    id: title || 'untitled',
    title,
    text,
    notes,
    view: {},
    positions: { a: { x: 1, y: 2 } },
    camera: { zoom: 1, pan: { x: 0, y: 0 } },
  }) as unknown as Scene;

describe('presenterSessionOf', () => {
  it.each([
    ['?presenter=3f2a-91', '3f2a-91'],
    ['?embed&presenter=abc_DEF', 'abc_DEF'],
    ['?presenter=', null],
    ['?present', null],
    ['', null],
    ['?presenter=%3Cscript%3E', null],
    [`?presenter=${'x'.repeat(65)}`, null],
  ])('%s → %s', (search, expected) => {
    expect(presenterSessionOf(search)).toBe(expected);
  });
});

describe('presenterSnapshot', () => {
  it('carries the words of each scene, numbers untitled ones, and never positions or views', () => {
    const snapshot = presenterSnapshot({
      deck: [scene('Ten cities', 'Start with Lyon'), scene('  ', '', 'All ties')],
      index: 1,
      presenting: true,
      datasetName: 'CLUSNET',
      startedAt: 1000,
      theme: 'dark',
    });
    expect(snapshot).toEqual({
      kind: 'state',
      presenting: true,
      index: 1,
      scenes: [
        { title: 'Ten cities', text: '', notes: 'Start with Lyon' },
        { title: 'Scene 2', text: 'All ties', notes: '' },
      ],
      datasetName: 'CLUSNET',
      startedAt: 1000,
      theme: 'dark',
    });
  });

  it('has no start time while not presenting', () => {
    expect(
      presenterSnapshot({ deck: [], index: 0, presenting: false, datasetName: '', startedAt: 1000, theme: 'light' })
        .startedAt,
    ).toBeNull();
  });
});

describe('readToPresenter', () => {
  const valid = {
    kind: 'state',
    presenting: true,
    index: 0,
    scenes: [{ title: 'A', text: '', notes: 'n' }],
    datasetName: 'D',
    startedAt: 5,
    theme: 'light',
  };

  it('accepts what the app sends, through structured cloning', () => {
    expect(readToPresenter(structuredClone(valid))).toEqual(valid);
    expect(readToPresenter({ kind: 'closed' })).toEqual({ kind: 'closed' });
  });

  it.each([
    ['not an object', 'state'],
    ['another kind', { ...valid, kind: 'hello' }],
    ['a negative index', { ...valid, index: -1 }],
    ['a fractional index', { ...valid, index: 0.5 }],
    ['a scene without notes', { ...valid, scenes: [{ title: 'A', text: '' }] }],
    ['an unknown theme', { ...valid, theme: 'sepia' }],
    ['a text start time', { ...valid, startedAt: 'now' }],
    ['scenes that are not a list', { ...valid, scenes: {} }],
  ])('rejects %s', (_, data) => {
    expect(readToPresenter(data)).toBeNull();
  });
});

describe('readFromPresenter', () => {
  it.each([
    [{ kind: 'hello' }, { kind: 'hello' }],
    [{ kind: 'start' }, { kind: 'start' }],
    [
      { kind: 'command', command: { kind: 'next' } },
      { kind: 'command', command: { kind: 'next' } },
    ],
    [
      { kind: 'command', command: { kind: 'exit' } },
      { kind: 'command', command: { kind: 'exit' } },
    ],
    [
      { kind: 'command', command: { kind: 'jump', index: 2 } },
      { kind: 'command', command: { kind: 'jump', index: 2 } },
    ],
    // Full screen and notes belong to the app window; a jump needs a real index.
    [{ kind: 'command', command: { kind: 'toggle-fullscreen' } }, null],
    [{ kind: 'command', command: { kind: 'open-presenter' } }, null],
    [{ kind: 'command', command: { kind: 'jump', index: -1 } }, null],
    [{ kind: 'command', command: { kind: 'jump' } }, null],
    [{ kind: 'command' }, null],
    [{ kind: 'state' }, null],
    [null, null],
  ])('%j → %j', (data, expected) => {
    expect(readFromPresenter(data)).toEqual(expected);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0:00'],
    [7_000, '0:07'],
    [59_999, '0:59'],
    [754_000, '12:34'],
    [3_723_000, '1:02:03'],
    [-5_000, '0:00'],
  ])('%i ms → %s', (milliseconds, expected) => {
    expect(formatElapsed(milliseconds)).toBe(expected);
  });
});
