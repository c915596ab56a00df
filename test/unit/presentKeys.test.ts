import { describe, expect, it } from 'vitest';
import { commandForKey, progressText, targetIndex } from '../../src/presentation/keys';

describe('commandForKey', () => {
  it.each([
    ['ArrowRight', false, { kind: 'next' }],
    ['PageDown', false, { kind: 'next' }],
    [' ', false, { kind: 'next' }],
    [' ', true, { kind: 'previous' }],
    ['ArrowLeft', false, { kind: 'previous' }],
    ['PageUp', false, { kind: 'previous' }],
    ['Home', false, { kind: 'first' }],
    ['End', false, { kind: 'last' }],
    ['1', false, { kind: 'jump', index: 0 }],
    ['9', false, { kind: 'jump', index: 8 }],
    ['Escape', false, { kind: 'exit' }],
    ['n', false, { kind: 'toggle-notes' }],
    ['f', false, { kind: 'toggle-fullscreen' }],
    ['p', false, { kind: 'open-presenter' }],
    ['0', false, null],
    ['x', false, null],
    ['Tab', false, null],
  ])('%j (shift %s) → %j', (key, shift, expected) => {
    expect(commandForKey(key, shift)).toEqual(expected);
  });
});

describe('targetIndex', () => {
  it.each([
    [{ kind: 'next' } as const, 0, 3, 1],
    [{ kind: 'next' } as const, 2, 3, 2],
    [{ kind: 'previous' } as const, 0, 3, 0],
    [{ kind: 'previous' } as const, 2, 3, 1],
    [{ kind: 'first' } as const, 2, 3, 0],
    [{ kind: 'last' } as const, 0, 3, 2],
    [{ kind: 'jump', index: 1 } as const, 0, 3, 1],
    // A number past the last scene stays put rather than jumping somewhere unexpected.
    [{ kind: 'jump', index: 5 } as const, 1, 3, 1],
    [{ kind: 'next' } as const, 0, 0, 0],
  ])('%j from %i of %i → %i', (command, index, count, expected) => {
    expect(targetIndex(command, index, count)).toBe(expected);
  });
});

describe('progressText', () => {
  it.each([
    [0, 7, '1 / 7'],
    [2, 7, '3 / 7'],
    [6, 7, '7 / 7'],
  ])('%i of %i → %s', (index, count, text) => expect(progressText(index, count)).toBe(text));
});
