import { useState } from 'react';
import { useAppStore } from '../store';
import { enterFullscreen } from './fullscreen';
import { ExportImageDialog } from './ExportImageDialog';

/** Header controls: the light/dark theme, the image export dialog, and Present. */
export function PresentationControls() {
  const theme = useAppStore((state) => state.theme);
  const setTheme = useAppStore((state) => state.setTheme);
  const startPresentation = useAppStore((state) => state.startPresentation);
  const hasData = useAppStore((state) => state.dataset !== null);
  const [exporting, setExporting] = useState(false);
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
      <button type="button" className="button" disabled={!hasData} onClick={() => setExporting(true)}>
        Export image
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
      {exporting && <ExportImageDialog onClose={() => setExporting(false)} />}
    </div>
  );
}
