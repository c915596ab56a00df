import type { Scene } from '../model/scene';
import { isRecord } from '../model/isRecord';
import { restoreScenes, sceneProblem as shapeProblem } from './restore';

/**
 * Scenes as JSON (for project files and storage) and back. Reading checks every field, because
 * a scene file may come from anywhere: a malformed scene is reported by number, never trusted.
 */
export const SCENES_FORMAT = 'clusnet-scenes';
export const SCENES_VERSION = 1;

export function scenesToJson(scenes: readonly Scene[]): string {
  return JSON.stringify({ format: SCENES_FORMAT, version: SCENES_VERSION, scenes });
}

const isPoint = (value: unknown): value is { x: number; y: number } =>
  isRecord(value) && Number.isFinite(value.x) && Number.isFinite(value.y);

/** Why a parsed value is not a scene, or null when it is one: a scenes file is checked strictly. */
function sceneProblem(value: unknown): string | null {
  const problem = shapeProblem(value);
  if (problem !== null || !isRecord(value)) return problem;
  if (!isRecord(value.view)) return '"view" is missing';
  if (!Object.values(value.positions as object).every(isPoint)) return '"positions" are not all points';
  return null;
}

/** Scenes from JSON written by scenesToJson; throws a message a person understands. */
export function scenesFromJson(text: string): Scene[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('Scenes: the file is not valid JSON');
  }
  if (!isRecord(parsed) || parsed.format !== SCENES_FORMAT || !Array.isArray(parsed.scenes))
    throw new Error('Scenes: this is not a Clusnet scenes file');
  if (Number(parsed.version) > SCENES_VERSION)
    throw new Error(`Scenes: made by a newer version of Clusnet Explorer (${String(parsed.version)})`);
  parsed.scenes.forEach((scene, index) => {
    const problem = sceneProblem(scene);
    if (problem) throw new Error(`Scenes: scene ${index + 1}: ${problem}`);
  });
  // Checked, then rebuilt through the restore gate, so that their views are decoded as a project's are.
  return restoreScenes(parsed.scenes, 'Scenes', []);
}
