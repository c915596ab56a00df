import { useAppStore } from '../store';
import { selectDeck } from '../store/presentationSlice';
import { targetIndex, type PresentCommand } from '../presentation/keys';
import { exitFullscreen, toggleFullscreen } from './fullscreen';
import { openPresenterWindow } from './presenterWindow';

/** Run one presentation command against the store: from a key, a button, or the presenter view. */
export function runPresentCommand(command: PresentCommand): void {
  const state = useAppStore.getState();
  const count = selectDeck(state).length;
  if (command.kind === 'exit') {
    state.stopPresentation();
    exitFullscreen();
  } else if (command.kind === 'toggle-notes') state.toggleNotes();
  else if (command.kind === 'toggle-fullscreen') toggleFullscreen();
  else if (command.kind === 'open-presenter') openPresenterWindow();
  else state.goToScene(targetIndex(command, state.presentIndex, count));
}
