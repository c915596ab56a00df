import { useEffect, useRef } from 'react';
import { useAppStore } from '../store';
import { selectDeck } from '../store/presentationSlice';
import { commandForKey, progressText } from '../presentation/keys';
import { runPresentCommand } from './presentCommands';
import { ProjectorLegend } from './ProjectorLegend';

/** A key while presenting; keys meant for a focused button or field are left to it. */
function onKeyDown(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select')) return;
  if (target?.closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
  const command = commandForKey(event.key, event.shiftKey);
  if (!command) return;
  event.preventDefault();
  runPresentCommand(command);
}

/** Over the full-screen graph: the caption, the progress, optional speaker notes, small controls. */
export function PresentationLayer() {
  const presenting = useAppStore((state) => state.presenting);
  const index = useAppStore((state) => state.presentIndex);
  const notesVisible = useAppStore((state) => state.notesVisible);
  const scenes = useAppStore((state) => state.scenes);
  const transientScene = useAppStore((state) => state.transientScene);
  const deck = selectDeck({ scenes, transientScene });
  const layer = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!presenting) return;
    window.addEventListener('keydown', onKeyDown);
    layer.current?.focus();
    // Leaving full screen with the browser's own Esc also ends the presentation.
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onFullscreenChange = () => {
      if (wasFullscreen && !document.fullscreenElement) useAppStore.getState().stopPresentation();
      wasFullscreen = Boolean(document.fullscreenElement);
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [presenting]);

  if (!presenting) return null;
  const scene = deck[index];
  return (
    <div ref={layer} className="presentation-layer" role="region" aria-label="Presentation" tabIndex={-1}>
      <ProjectorLegend />
      {scene && (scene.title || scene.text) && (
        <section className="caption" aria-label="Caption" aria-live="polite">
          {scene.title && <h2 className="caption-title">{scene.title}</h2>}
          {scene.text && <p className="caption-text">{scene.text}</p>}
        </section>
      )}
      {notesVisible && scene && (
        <aside className="speaker-notes" aria-label="Speaker notes">
          {scene.notes || 'No speaker notes for this scene.'}
        </aside>
      )}
      <nav className="present-controls" aria-label="Presentation controls">
        <button
          type="button"
          className="present-button"
          aria-label="Previous scene"
          disabled={index === 0}
          onClick={() => runPresentCommand({ kind: 'previous' })}
        >
          ‹
        </button>
        <p role="status" aria-label="Scene progress" className="present-progress">
          {progressText(index, deck.length)}
        </p>
        <button
          type="button"
          className="present-button"
          aria-label="Next scene"
          disabled={index >= deck.length - 1}
          onClick={() => runPresentCommand({ kind: 'next' })}
        >
          ›
        </button>
        <button
          type="button"
          className="present-button"
          aria-label="Open presenter view"
          title="Presenter view (P): notes, next scene and a clock in a window of its own"
          onClick={() => runPresentCommand({ kind: 'open-presenter' })}
        >
          {/* Two windows: an icon, since no common font has a glyph for it. */}
          <svg
            viewBox="0 0 24 24"
            width="22"
            height="22"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
          >
            <rect x="3" y="7" width="13" height="11" rx="1.5" />
            <path d="M8 7V4.5A1.5 1.5 0 0 1 9.5 3h10A1.5 1.5 0 0 1 21 4.5v8a1.5 1.5 0 0 1-1.5 1.5H16" />
          </svg>
        </button>
        <button
          type="button"
          className="present-button"
          aria-label="Exit presentation"
          onClick={() => runPresentCommand({ kind: 'exit' })}
        >
          ✕
        </button>
      </nav>
    </div>
  );
}
