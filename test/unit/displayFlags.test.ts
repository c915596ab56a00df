import { describe, expect, it } from 'vitest';
import { readDisplayFlags } from '../../src/presentation/displayFlags';

describe('readDisplayFlags', () => {
  it.each([
    ['', { present: false, embed: false }],
    ['?present', { present: true, embed: false }],
    ['?embed', { present: false, embed: true }],
    ['?embed=1&present', { present: true, embed: true }],
    ['?present=0&embed=false', { present: false, embed: false }],
    ['?presenter', { present: false, embed: false }],
  ])('%s → %j', (search, expected) => expect(readDisplayFlags(search)).toEqual(expected));
});
