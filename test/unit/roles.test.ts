import { describe, expect, it } from 'vitest';
import { foldText, roleOf } from '../../src/model/roles';

describe('roleOf', () => {
  it.each([
    ['Firm', 'business'],
    ['SME', 'business'],
    ['University', 'knowledge'],
    ['Universität', 'knowledge'],
    ['Hochschule', 'knowledge'],
    ['Research institute', 'research'],
    ['Forschungsinstitut', 'research'],
    ['Government', 'government'],
    ['Ayuntamiento', 'government'],
    ['Cluster organisation', 'intermediary'],
    ['Klaszter', 'intermediary'],
    ['Network', 'intermediary'],
    ['Investor', 'capital'],
    ['Venture capital fund', 'capital'],
    ['Training provider', 'skills'],
    ['Utbildning', 'skills'],
    ['Electricity utility', 'other'],
    [undefined, 'other'],
    ['', 'other'],
  ])('%s -> %s', (type, role) => {
    expect(roleOf(type)).toBe(role);
  });

  it('folds accents, case and punctuation', () => {
    expect(foldText('  Année-Éxpo_2010 ')).toBe('annee expo 2010');
  });
});
