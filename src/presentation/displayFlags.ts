/** How the page was asked to open: `?present` starts presenting, `?embed` drops the app's chrome. */
export interface DisplayFlags {
  present: boolean;
  embed: boolean;
}

/** Read the flags from a query string ("?present", "?embed=1", "?embed&present"); "=0"/"=false" turn one off. */
export function readDisplayFlags(search: string): DisplayFlags {
  const params = new URLSearchParams(search);
  const on = (name: string) =>
    params.has(name) && !['0', 'false', 'no'].includes((params.get(name) ?? '').toLowerCase());
  return { present: on('present'), embed: on('embed') };
}
