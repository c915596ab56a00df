/** How to run one request in a Web Worker and read its answer. */
export interface WorkerTask<Message, Result> {
  /** `() => new Worker(new URL('./x.worker.ts', import.meta.url), ...)`: literal, so Vite bundles it. */
  start: () => Worker;
  request: unknown;
  /** Buffers moved to the worker rather than copied (they are unusable here afterwards). */
  transfer?: Transferable[];
  signal?: AbortSignal | undefined;
  cancelled: () => Error;
  /** Read one message: undefined keeps waiting (progress); a promise settles the task. */
  settle: (message: Message) => Promise<Result> | undefined;
  /** The same work on the main thread, for when the worker fails to start. */
  fallback: () => Promise<Result>;
  /**
   * The worker posts one message as soon as it runs. The request is sent only then (so buffers
   * are transferred only to a worker that started, and stay intact for the fallback), and an
   * error after it is the task's error: it is reported, not hidden by running again on the main thread.
   */
  announcesStart?: { failed: (detail: string) => Error };
}

/**
 * The shell every worker client shares (docs/ARCHITECTURE.md, "Workers"): post the request, pass progress on,
 * terminate on the answer or on cancel, and fall back to the main thread if the worker fails
 * (with `announcesStart`: only if it fails to start).
 */
export function runWorkerTask<Message, Result>(task: WorkerTask<Message, Result>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = task.start();
    let started = false;
    const finish = () => {
      worker.terminate();
      task.signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(task.cancelled());
    };
    if (task.signal?.aborted) return cancel();
    task.signal?.addEventListener('abort', cancel);
    const send = () => worker.postMessage(task.request, task.transfer ?? []);
    worker.onmessage = (event: MessageEvent<Message>) => {
      if (task.announcesStart && !started) {
        started = true;
        return send();
      }
      const outcome = task.settle(event.data);
      if (!outcome) return;
      finish();
      outcome.then(resolve, reject);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      if (task.announcesStart && started) reject(task.announcesStart.failed(event.message || 'unknown error'));
      else task.fallback().then(resolve, reject);
    };
    if (!task.announcesStart) send();
  });
}
