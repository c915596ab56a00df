import type { Scene } from '../model/scene';

/**
 * Scenes as JSON (for project files and storage) and back. Reading checks every field, because
 * a scene file may come from anywhere: a malformed scene is reported by number, never trusted.
 */
export const SCENES_FORMAT = 'clusnet-scenes';
export const SCENES_VERSION = 1;

export function scenesToJson(scenes: readonly Scene[]): string {
  return JSON.stringify({ format: SCENES_FORMAT, version: SCENES_VERSION, scenes });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isPoint = (value: unknown): value is { x: number; y: number } =>
  isRecord(value) && Number.isFinite(value.x) && Number.isFinite(value.y);

/** Why a parsed value is not a scene, or null when it is one. */
function sceneProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not an object';
  for (const key of ['id', 'title', 'text', 'notes'] as const)
    if (typeof value[key] !== 'string') return `"${key}" is not text`;
  if (!isRecord(value.view)) return '"view" is missing';
  if (!isRecord(value.positions) || !Object.values(value.positions).every(isPoint))
    return '"positions" are not all points';
  const camera = value.camera;
  if (!isRecord(camera) || !(Number(camera.zoom) > 0) || !isPoint(camera.pan))
    return '"camera" is not a zoom and a pan';
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
    throw new Error(`Scenes: written by a newer version (${String(parsed.version)})`);
  parsed.scenes.forEach((scene, index) => {
    const problem = sceneProblem(scene);
    if (problem) throw new Error(`Scenes: scene ${index + 1}: ${problem}`);
  });
  return parsed.scenes as Scene[];
}
