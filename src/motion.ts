/**
 * The person's "reduce motion" setting (operating system or browser). Read at the moment of
 * each change, so switching it takes effect without a reload. False where matchMedia is missing
 * (unit tests).
 */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}
