import { useEffect, useRef } from 'react';
import { useAppStore } from '../store';
import { readDisplayFlags } from '../presentation/displayFlags';

/**
 * The page's display mode: the theme as `data-theme` on <html> (CSS variables follow), `?embed`
 * and `?present` from the address, and the class names that hide the chrome. `?present` starts
 * once a data set is loaded, since loading a data set resets the presentation.
 */
export function useDisplayMode(): string {
  const theme = useAppStore((state) => state.theme);
  const presenting = useAppStore((state) => state.presenting);
  const embed = useAppStore((state) => state.embed);
  const datasetVersion = useAppStore((state) => state.datasetVersion);
  const presentAsked = useRef(readDisplayFlags(window.location.search).present);

  useEffect(() => {
    if (readDisplayFlags(window.location.search).embed) useAppStore.getState().setEmbed(true);
  }, []);

  useEffect(() => {
    if (!presentAsked.current || datasetVersion === 0) return;
    presentAsked.current = false;
    useAppStore.getState().startPresentation();
  }, [datasetVersion]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return ['app', presenting ? 'presenting' : '', embed ? 'embed' : ''].filter(Boolean).join(' ');
}
