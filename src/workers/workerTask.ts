/** How to run one request in a Web Worker and read its answer. */
export interface WorkerTask<Message, Result> {
  /** `() => new Worker(new URL('./x.worker.ts', import.meta.url), ...)`: literal, so Vite bundles it. */
  start: () => Worker;
  request: unknown;
  transfer?: Transferable[];
  signal?: AbortSignal | undefined;
  cancelled: () => Error;
  /** Read one message: undefined keeps waiting (progress); a promise settles the task. */
  settle: (message: Message) => Promise<Result> | undefined;
  /** The same work on the main thread, for when the worker fails to start. */
  fallback: () => Promise<Result>;
}

/**
 * The shell every worker client shares (docs/ARCHITECTURE.md, "Workers"): post the request, pass progress on,
 * terminate on the answer or on cancel, and fall back to the main thread if the worker fails.
 */
export function runWorkerTask<Message, Result>(task: WorkerTask<Message, Result>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = task.start();
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
    worker.onmessage = (event: MessageEvent<Message>) => {
      const outcome = task.settle(event.data);
      if (!outcome) return;
      finish();
      outcome.then(resolve, reject);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      task.fallback().then(resolve, reject);
    };
    worker.postMessage(task.request, task.transfer ?? []);
  });
}
