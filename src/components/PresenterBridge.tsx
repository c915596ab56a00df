import { useEffect } from 'react';
import { useAppStore, type AppState } from '../store';
import { selectDeck } from '../store/presentationSlice';
import { presenterChannelName, presenterSnapshot, readFromPresenter } from '../presentation/presenterProtocol';
import { presenterSession } from './presenterWindow';
import { runPresentCommand } from './presentCommands';

const snapshotOf = (state: AppState) =>
  presenterSnapshot({
    deck: selectDeck(state),
    index: state.presentIndex,
    presenting: state.presenting,
    datasetName: state.dataset?.name ?? '',
    startedAt: state.presentStartedAt,
    theme: state.theme,
  });

/** True when a change matters to the presenter view. */
const presenterSees = (state: AppState, previous: AppState) =>
  state.presenting !== previous.presenting ||
  state.presentIndex !== previous.presentIndex ||
  state.scenes !== previous.scenes ||
  state.transientScene !== previous.transientScene ||
  state.theme !== previous.theme ||
  state.dataset !== previous.dataset;

/**
 * The main window's end of the presenter view: answers its hello with the deck, tells it every
 * change of scene, and runs the commands it sends as if they were keys pressed here.
 */
export function PresenterBridge() {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(presenterChannelName(presenterSession()));
    let connected = false;
    const post = () => channel.postMessage(snapshotOf(useAppStore.getState()));
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = readFromPresenter(event.data);
      if (!message) return;
      connected = true;
      const state = useAppStore.getState();
      if (message.kind === 'hello') post();
      else if (message.kind === 'start') {
        // Full screen needs a gesture in this window; the presentation runs in the window meanwhile.
        if (!state.presenting && state.dataset) state.startPresentation();
      } else runPresentCommand(message.command);
    };
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (connected && presenterSees(state, previous)) post();
    });
    const onPageHide = () => channel.postMessage({ kind: 'closed' });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      channel.close();
    };
  }, []);
  return null;
}
