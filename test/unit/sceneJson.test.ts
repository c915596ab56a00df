import { describe, expect, it } from 'vitest';
import { scenesFromJson, scenesToJson } from '../../src/persist/sceneJson';
import { getEmptyViewState } from '../../src/model/view';
import type { Scene } from '../../src/model/scene';

const scenes: Scene[] = [
  {
    id: 'scene-1',
    title: 'Ten cities, one network',
    text: 'Cluster organisations broker between cities — «Lyon» & 慕尼黑',
    notes: 'Point at EUROCITIES.\nThen pause.',
    view: {
      ...getEmptyViewState(),
      focus: { id: 'brussels-eurocities', depth: 2 },
      hiddenCategories: ['capital'],
      camera: { zoom: 1.5, pan: { x: -20, y: 40.25 } },
    },
    positions: { 'brussels-eurocities': { x: 12.5, y: -300 }, 'lyon-grand-lyon': { x: 0, y: 0 } },
    camera: { zoom: 0.75, pan: { x: 310.5, y: -2 } },
  },
  {
    id: 'scene-2',
    title: '',
    text: '',
    notes: '',
    view: getEmptyViewState(),
    positions: {},
    camera: { zoom: 1, pan: { x: 0, y: 0 } },
  },
];

describe('scene JSON', () => {
  it('round-trips scenes exactly', () => {
    expect(scenesFromJson(scenesToJson(scenes))).toEqual(scenes);
  });

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['another format', JSON.stringify({ format: 'other', scenes: [] }), 'not a Clusnet scenes file'],
    ['a newer version', JSON.stringify({ format: 'clusnet-scenes', version: 9, scenes: [] }), 'newer version'],
    [
      'a title that is a number',
      scenesToJson([{ ...scenes[1]!, title: 3 as unknown as string }]),
      'scene 1: "title" is not text',
    ],
    [
      'a position that is not a point',
      scenesToJson([scenes[1]!, { ...scenes[1]!, positions: { a: { x: 1 } as { x: number; y: number } } }]),
      'scene 2: "positions"',
    ],
    ['a zero zoom', scenesToJson([{ ...scenes[1]!, camera: { zoom: 0, pan: { x: 0, y: 0 } } }]), '"camera"'],
  ])('rejects %s', (_case, text, message) => {
    expect(() => scenesFromJson(text)).toThrow(message);
  });
});
