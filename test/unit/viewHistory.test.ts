import { beforeEach, describe, expect, it } from 'vitest';
import { resetAllSlices, useAppStore } from '../../src/store';

const view = () => useAppStore.getState().view;
const actions = () => useAppStore.getState();

beforeEach(() => resetAllSlices());

describe('view history', () => {
  it('undoes and redoes recorded steps in order', () => {
    actions().updateView({ layout: 'city' });
    actions().updateView({ focus: { id: 'a', depth: 2 } });
    actions().undoView();
    expect([view().layout, view().focus]).toEqual(['city', null]);
    actions().undoView();
    expect(view().layout).toBe('force');
    actions().undoView();
    expect(view().layout).toBe('force');
    actions().redoView();
    actions().redoView();
    expect([view().layout, view().focus]).toEqual(['city', { id: 'a', depth: 2 }]);
  });

  it('a new step after undo drops the redo branch', () => {
    actions().updateView({ layout: 'city' });
    actions().undoView();
    actions().updateView({ layout: 'geographic' });
    expect(actions().viewHistory.future).toEqual([]);
    actions().redoView();
    expect(view().layout).toBe('geographic');
  });

  it('does not record unrecorded changes or changes that change nothing, and keeps the camera on undo', () => {
    actions().updateView({ layout: 'city' });
    actions().updateView({ layout: 'city' });
    actions().updateView({ camera: { zoom: 2, pan: { x: 5, y: 6 } } }, { record: false });
    expect(actions().viewHistory.past).toHaveLength(1);
    actions().undoView();
    expect(view().layout).toBe('force');
    expect(view().camera).toEqual({ zoom: 2, pan: { x: 5, y: 6 } });
  });

  it('restoring a link replaces the view without a step; a new data set empties the history', () => {
    actions().updateView({ layout: 'city' });
    actions().restoreView({ ...view(), layout: 'preset' });
    expect(actions().viewHistory.past).toHaveLength(1);
    resetAllSlices();
    expect(actions().viewHistory).toEqual({ past: [], future: [] });
  });
});
