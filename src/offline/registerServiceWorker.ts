/**
 * Register the service worker that keeps the app usable offline (public/sw.js). Production builds
 * only: in development it would serve stale modules. The relative URL keeps it inside whatever
 * sub-path the app is hosted under. A failure only means no offline copy, so it is not shown.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
