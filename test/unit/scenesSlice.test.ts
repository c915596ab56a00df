import { beforeEach, describe, expect, it } from 'vitest';
import { resetAllSlices, resetViewSlices, useAppStore } from '../../src/store';
import { getEmptyViewState } from '../../src/model/view';
import type { Scene } from '../../src/model/scene';

const scene = (id: string): Scene => ({
  id,
  title: id.toUpperCase(),
  text: '',
  notes: '',
  view: getEmptyViewState(),
  positions: {},
  camera: { zoom: 1, pan: { x: 0, y: 0 } },
});
const ids = () => useAppStore.getState().scenes.map((s) => s.id);

beforeEach(() => {
  resetAllSlices();
  for (const id of ['a', 'b', 'c']) useAppStore.getState().addScene(scene(id));
});

describe('scenes slice', () => {
  it.each([
    ['a', 2, ['b', 'c', 'a']],
    ['c', 0, ['c', 'a', 'b']],
    ['b', 99, ['a', 'c', 'b']],
    ['b', -3, ['b', 'a', 'c']],
    ['zz', 0, ['a', 'b', 'c']],
  ])('moves %s to %i', (id, to, expected) => {
    useAppStore.getState().reorderScene(id, to);
    expect(ids()).toEqual(expected);
  });

  it('updates a scene without changing its id, removes one, and empties with the view slices', () => {
    useAppStore.getState().updateScene('b', { title: 'Brokers', notes: 'say it slowly' });
    expect(useAppStore.getState().scenes[1]).toMatchObject({ id: 'b', title: 'Brokers', notes: 'say it slowly' });
    useAppStore.getState().removeScene('a');
    expect(ids()).toEqual(['b', 'c']);
    resetViewSlices();
    expect(ids()).toEqual([]);
  });
});
