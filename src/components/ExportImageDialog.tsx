import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../store';
import { selectLegend } from '../store/selectors';
import { THEME_COLOURS } from '../appearance/themes';
import { exportPng, exportSvg, imageExportSize, type ImageExportRequest } from '../canvas/imageExport';
import type { ImageArea } from '../export/image/imageRegion';
import { downloadBlob, fileNameFor } from '../export/download';
import { ExportImageFields, type ImageFields } from './ExportImageFields';
import { ModalSurface } from './ModalSurface';

type Status =
  | { status: 'idle' }
  | { status: 'working'; label: string; cancellable: boolean }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/** Caption to start from: the scene last shown, else the data set's name. */
function useInitialCaption(): { title: string; text: string } {
  const scene = useAppStore(
    (state) => state.scenes.find((candidate) => candidate.id === state.activeSceneId) ?? state.transientScene,
  );
  const name = useAppStore((state) => state.dataset?.name ?? '');
  return { title: scene?.title ?? name, text: scene?.text ?? '' };
}

/** "Export image": PNG (1×–4×, tiled) or SVG, background, legend and caption. */
export function ExportImageDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const dataset = useAppStore((state) => state.dataset);
  const theme = useAppStore((state) => state.theme);
  const initialCaption = useInitialCaption();
  const [fields, setFields] = useState<ImageFields>({
    area: 'view',
    scale: 2,
    background: 'solid',
    legend: true,
    caption: true,
    ...initialCaption,
  });
  const [status, setStatus] = useState<Status>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  // Closing the dialog stops a PNG export still drawing.
  useEffect(() => () => running.current?.abort(), []);

  const size = imageExportSize(fields.area as ImageArea, fields.scale);
  const colours = THEME_COLOURS[theme];
  const request = (signal: AbortSignal): ImageExportRequest => ({
    area: fields.area,
    scale: fields.scale,
    background: fields.background === 'solid' ? colours.background : null,
    overlay: {
      legend: fields.legend && dataset ? selectLegend(dataset).map(({ label, colour }) => ({ label, colour })) : null,
      caption: fields.caption ? { title: fields.title, text: fields.text } : null,
      colours: { paper: colours.background, ink: colours.ink, line: colours.border },
    },
    onProgress: (done, total) => {
      if (!signal.aborted)
        setStatus({ status: 'working', label: `Drawing tile ${done} of ${total}…`, cancellable: true });
    },
    signal,
  });
  const run = async (kind: 'png' | 'svg') => {
    const controller = new AbortController();
    running.current = controller;
    // Only the PNG export is drawn in steps that a Cancel can come between.
    setStatus({
      status: 'working',
      label: kind === 'png' ? 'Drawing the image…' : 'Writing the SVG…',
      cancellable: kind === 'png',
    });
    try {
      const blob =
        kind === 'png' ? await exportPng(request(controller.signal)) : await exportSvg(request(controller.signal));
      downloadBlob(blob, fileNameFor(dataset?.name ?? 'network', kind));
      setStatus({ status: 'idle' });
    } catch (error) {
      setStatus(
        controller.signal.aborted ? { status: 'cancelled' } : { status: 'error', message: (error as Error).message },
      );
    } finally {
      if (running.current === controller) running.current = null;
    }
  };
  const busy = status.status === 'working';

  return (
    <ModalSurface labelledBy={titleId} className="export-dialog" onClose={onClose}>
      <h2 id={titleId}>Export image</h2>
      <ExportImageFields fields={fields} onChange={(change) => setFields({ ...fields, ...change })} />
      <p className="export-size" aria-live="polite">
        {size ? `PNG size: ${size.width} × ${size.height} px` : 'No graph drawn'}
      </p>
      {status.status === 'working' && <p role="status">{status.label}</p>}
      {status.status === 'cancelled' && <p role="status">Export cancelled: nothing was downloaded.</p>}
      {status.status === 'error' && (
        <p role="alert" className="export-error">
          {status.message}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !size}
          onClick={() => void run('png')}
        >
          Download PNG
        </button>
        <button type="button" className="button" disabled={busy || !size} onClick={() => void run('svg')}>
          Download SVG
        </button>
        {status.status === 'working' && status.cancellable ? (
          <button type="button" className="button" onClick={() => running.current?.abort()}>
            Cancel export
          </button>
        ) : (
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        )}
      </div>
    </ModalSurface>
  );
}
