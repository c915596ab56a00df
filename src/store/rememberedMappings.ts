import type { TableMapping } from '../import/tableMapping';
import { restoreMappings } from '../persist/restore';

const STORAGE_KEY = 'clusnet:column-mappings';

// Kept in memory too, so that a browser that refuses localStorage (private mode) still remembers
// the mapping for the rest of the session.
let inMemory: Record<string, TableMapping> = Object.create(null) as Record<string, TableMapping>;

/** Confirmed mappings, keyed by the folded header list of the table they were confirmed for. */
export function rememberedMappings(): Record<string, TableMapping> {
  let all = Object.create(null) as Record<string, TableMapping>;
  try {
    // Through the restore gate: a mapping of the wrong shape (another version, a hand edit) is forgotten.
    all = restoreMappings(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}'));
  } catch {
    // Unreadable storage: the in-memory mappings still apply.
  }
  return Object.assign(all, inMemory);
}

/** Remember confirmed mappings for the next file with the same headers. */
export function rememberMappings(mappings: Record<string, TableMapping>): void {
  inMemory = Object.assign(Object.create(null) as Record<string, TableMapping>, inMemory, mappings);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(rememberedMappings()));
  } catch {
    // Storage full or refused: remembered for this session only.
  }
}
