/**
 * Which tab holds a project. Two tabs that both autosave one project would overwrite each other's
 * work without a word; the tab that does not hold the project says so and does not write it.
 */
export interface ProjectLocks {
  /** True when this tab holds (or now takes) the project; false when another tab holds it. */
  claim(id: string): Promise<boolean>;
  /** Let another tab take the project. */
  release(id: string): void;
}

/**
 * Web Locks: a lock per project, held while this tab has the project open and released by the
 * browser when the tab closes or crashes. Browsers without Web Locks behave as one tab.
 */
export function webLocks(): ProjectLocks {
  const held = new Map<string, () => void>();
  return {
    claim(id) {
      if (held.has(id)) return Promise.resolve(true);
      const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
      if (!locks) return Promise.resolve(true);
      return new Promise((resolve) => {
        locks
          .request(`clusnet-project:${id}`, { ifAvailable: true }, (lock) => {
            if (!lock) return resolve(false);
            resolve(true);
            return new Promise<void>((release) => held.set(id, release));
          })
          .catch(() => resolve(true));
      });
    },
    release(id) {
      held.get(id)?.();
      held.delete(id);
    },
  };
}
