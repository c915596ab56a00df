import { describe, expect, it } from 'vitest';
import { SHORTCUT_GROUPS } from '../../src/components/a11y/shortcutList';
import { commandForKey } from '../../src/presentation/keys';

const KEY_VALUES: Record<string, string> = {
  '→': 'ArrowRight',
  '←': 'ArrowLeft',
  '↑': 'ArrowUp',
  '↓': 'ArrowDown',
  Space: ' ',
  Esc: 'Escape',
};

describe('the shortcut list', () => {
  const presenting = SHORTCUT_GROUPS.find((group) => group.title.startsWith('Presenting'))!;
  it.each(
    presenting.shortcuts.flatMap((shortcut) =>
      shortcut.keys.filter((key) => key !== '…').map((key) => [key, shortcut.action]),
    ),
  )('presenting: %s is a key the presentation knows (%s)', (key) => {
    const shift = key.startsWith('Shift+');
    const name = shift ? key.slice(6) : key;
    expect(commandForKey(KEY_VALUES[name] ?? name, shift)).not.toBeNull();
  });

  it('lists every action once per group', () => {
    for (const group of SHORTCUT_GROUPS) {
      const actions = group.shortcuts.map((shortcut) => shortcut.action);
      expect(new Set(actions).size).toBe(actions.length);
    }
  });
});
