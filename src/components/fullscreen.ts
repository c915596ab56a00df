/**
 * Full screen on the app root. Browsers refuse it without a user gesture (`?present`, headless
 * tests): the presentation then simply runs in the window, and F asks again.
 */
export function enterFullscreen(): void {
  const root = document.querySelector<HTMLElement>('.app');
  if (!root?.requestFullscreen || document.fullscreenElement) return;
  root.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => undefined);
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) exitFullscreen();
  else enterFullscreen();
}
