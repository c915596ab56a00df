import type { Scene } from '../model/scene';

let counter = 0;

/** A unique scene id (time + counter: unique within a page and across reloads). */
export function newSceneId(now = Date.now()): string {
  counter += 1;
  return `scene-${now.toString(36)}-${counter.toString(36)}`;
}

/** The default title of the n-th scene ("Scene 3"), skipping titles already taken. */
export function defaultSceneTitle(existing: readonly Pick<Scene, 'title'>[]): string {
  const taken = new Set(existing.map((scene) => scene.title));
  let n = existing.length + 1;
  while (taken.has(`Scene ${n}`)) n += 1;
  return `Scene ${n}`;
}
