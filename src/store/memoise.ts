/**
 * Memoise on the identity of every argument (one slot): derived data is rebuilt only when one of
 * its inputs changes. The store replaces a field only when it changes, so identity is enough.
 */
export function memoiseArgs<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R | undefined;
  return (...args) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((arg, index) => arg !== lastArgs?.[index])) {
      lastResult = fn(...args);
      lastArgs = args;
    }
    return lastResult as R;
  };
}
