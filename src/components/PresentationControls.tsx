import { useAppStore } from '../store';
import { enterFullscreen } from './fullscreen';

/** Header controls: Present and the light/dark theme. */
export function PresentationControls() {
  const theme = useAppStore((state) => state.theme);
  const setTheme = useAppStore((state) => state.setTheme);
  const startPresentation = useAppStore((state) => state.startPresentation);
  const hasData = useAppStore((state) => state.dataset !== null);
  return (
    <div className="presentation-controls">
      <button
        type="button"
        className="button"
        aria-pressed={theme === 'dark'}
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
      >
        Dark theme
      </button>
      <button
        type="button"
        className="button"
        disabled={!hasData}
        onClick={() => {
          // Asked inside the click: browsers grant full screen only to a user gesture.
          enterFullscreen();
          startPresentation();
        }}
      >
        Present
      </button>
    </div>
  );
}
