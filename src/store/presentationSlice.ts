import type { StateCreator } from 'zustand';
import type { ScenesSlice } from './scenesSlice';
import type { Scene } from '../model/scene';
import type { ThemeName } from '../appearance/themes';

export interface PresentationState {
  /** True while presenting (full screen when the browser allows it). */
  presenting: boolean;
  /** Index of the scene on screen, in the presented deck. */
  presentIndex: number;
  /** Epoch milliseconds when the presentation started (the presenter view's clock). */
  presentStartedAt: number | null;
  /** Speaker notes shown to the presenter (key N); hidden by default. */
  notesVisible: boolean;
  /** With no saved scene, the current view captured when presenting starts. */
  transientScene: Scene | null;
  /** The scene last applied by the Scenes panel or the presentation (its caption feeds exports). */
  activeSceneId: string | null;
  theme: ThemeName;
  /** `?embed`: the graph only, no header, sidebar or tabs. */
  embed: boolean;
}

export interface PresentationSlice extends PresentationState {
  startPresentation: () => void;
  stopPresentation: () => void;
  goToScene: (index: number) => void;
  setTransientScene: (scene: Scene | null) => void;
  setActiveScene: (id: string | null) => void;
  toggleNotes: () => void;
  setTheme: (theme: ThemeName) => void;
  setEmbed: (embed: boolean) => void;
}

export const getEmptyPresentationState = (): Omit<PresentationState, 'theme' | 'embed'> => ({
  presenting: false,
  presentIndex: 0,
  presentStartedAt: null,
  notesVisible: false,
  transientScene: null,
  activeSceneId: null,
});

/** The scenes a presentation shows: the saved ones, or the captured current view. */
export const selectDeck = (state: Pick<ScenesSlice, 'scenes'> & Pick<PresentationSlice, 'transientScene'>): Scene[] =>
  state.scenes.length > 0 ? state.scenes : state.transientScene ? [state.transientScene] : [];

export const createPresentationSlice: StateCreator<PresentationSlice> = (set) => ({
  ...getEmptyPresentationState(),
  theme: 'light',
  embed: false,
  startPresentation: () =>
    set({ presenting: true, presentIndex: 0, presentStartedAt: Date.now(), transientScene: null }),
  stopPresentation: () => set({ presenting: false, presentStartedAt: null, transientScene: null }),
  goToScene: (presentIndex) => set({ presentIndex }),
  setTransientScene: (transientScene) => set({ transientScene }),
  setActiveScene: (activeSceneId) => set({ activeSceneId }),
  toggleNotes: () => set((state) => ({ notesVisible: !state.notesVisible })),
  setTheme: (theme) => set({ theme }),
  setEmbed: (embed) => set({ embed }),
});
