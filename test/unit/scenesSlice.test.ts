import { beforeEach, describe, expect, it } from 'vitest';
import { resetAllSlices, useAppStore } from '../../src/store';
import { getEmptyViewState } from '../../src/store/viewSlice';
import type { Scene } from '../../src/model/scene';

const scene = (id: string): Scene => ({
  id,
  title: `Title ${id}`,
  text: '',
  notes: '',
  view: getEmptyViewState(),
  positions: {},
  camera: { zoom: 1, pan: { x: 0, y: 0 } },
});
const ids = () => useAppStore.getState().scenes.map((s) => s.id);

beforeEach(() => {
  resetAllSlices();
  ['a', 'b', 'c'].forEach((id) => useAppStore.getState().addScene(scene(id)));
});

describe('scenes slice', () => {
  it.each([
    ['a', 1, ['b', 'a', 'c']],
    ['c', 0, ['c', 'a', 'b']],
    ['b', 2, ['a', 'c', 'b']],
    ['a', 9, ['b', 'c', 'a']],
    ['c', -3, ['c', 'a', 'b']],
    ['missing', 0, ['a', 'b', 'c']],
  ])('reorders %s to %i → %j', (id, to, expected) => {
    useAppStore.getState().reorderScene(id, to);
    expect(ids()).toEqual(expected);
  });

  it('renames one scene and removes another', () => {
    useAppStore.getState().updateScene('b', { title: 'Lyon up close' });
    useAppStore.getState().removeScene('a');
    expect(useAppStore.getState().scenes.map((s) => s.title)).toEqual(['Lyon up close', 'Title c']);
  });
});
