/** A plain JSON object (not null, not an array): the first check on any value read from outside. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
