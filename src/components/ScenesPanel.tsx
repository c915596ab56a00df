import { useState } from 'react';
import { useAppStore } from '../store';
import { replaceSceneWithView, saveViewAsScene, showScene } from '../canvas/sceneCommands';
import { SceneEditor } from './SceneEditor';
import { openPresenterWindow, presenterUrl } from './presenterWindow';

/** Keep the keyboard on the moved scene's button after the list reorders. */
function focusLater(selector: string, fallback: string): void {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLButtonElement>(selector);
    (target && !target.disabled ? target : document.querySelector<HTMLButtonElement>(fallback))?.focus();
  });
}

/** The scene list: save the current view, show, reorder, rename and caption, update, delete. */
export function ScenesPanel() {
  const scenes = useAppStore((state) => state.scenes);
  const activeSceneId = useAppStore((state) => state.activeSceneId);
  const reorderScene = useAppStore((state) => state.reorderScene);
  const removeScene = useAppStore((state) => state.removeScene);
  const dataset = useAppStore((state) => state.dataset);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [presenterBlocked, setPresenterBlocked] = useState(false);
  if (!dataset) return null;

  const move = (id: string, index: number, step: -1 | 1) => {
    reorderScene(id, index + step);
    const direction = step < 0 ? 'up' : 'down';
    focusLater(`[data-move="${id}:${direction}"]`, `[data-move="${id}:${step < 0 ? 'down' : 'up'}"]`);
  };

  return (
    <section className="panel scenes" aria-labelledby="scenes-title">
      <div className="panel-title-row">
        <h2 id="scenes-title">Scenes</h2>
        <button type="button" className="button" onClick={() => setEditingId(saveViewAsScene())}>
          Save view as scene
        </button>
      </div>
      {scenes.length === 0 && <p className="hint">Save views as scenes, then press Present to show them in order.</p>}
      <ol className="scene-list" aria-label="Scenes">
        {scenes.map((scene, index) => (
          <li key={scene.id} className={scene.id === activeSceneId ? 'scene active' : 'scene'}>
            <div className="scene-row">
              <span className="scene-number" aria-hidden="true">
                {index + 1}
              </span>
              <button
                type="button"
                className="link-button scene-title"
                aria-label={`Show ${scene.title}`}
                onClick={() => showScene(scene.id)}
              >
                {scene.title}
              </button>
              <button
                type="button"
                className="icon-button"
                data-move={`${scene.id}:up`}
                aria-label={`Move ${scene.title} up`}
                disabled={index === 0}
                onClick={() => move(scene.id, index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                data-move={`${scene.id}:down`}
                aria-label={`Move ${scene.title} down`}
                disabled={index === scenes.length - 1}
                onClick={() => move(scene.id, index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button"
                aria-expanded={editingId === scene.id}
                aria-label={`Edit ${scene.title}`}
                onClick={() => setEditingId(editingId === scene.id ? null : scene.id)}
              >
                ✎
              </button>
            </div>
            {editingId === scene.id && (
              <SceneEditor
                scene={scene}
                onUpdate={() => replaceSceneWithView(scene.id)}
                onDelete={() => {
                  removeScene(scene.id);
                  setEditingId(null);
                }}
              />
            )}
          </li>
        ))}
      </ol>
      <div className="presenter-open">
        <button type="button" className="button" onClick={() => setPresenterBlocked(!openPresenterWindow())}>
          Presenter view
        </button>
        <span className="hint">Notes, next scene and a clock in a second window, for your own screen.</span>
      </div>
      {presenterBlocked && (
        <p role="alert" className="hint">
          The browser blocked the new window.{' '}
          <a href={presenterUrl()} target="_blank" rel="noopener">
            Open the presenter view
          </a>{' '}
          in a new tab instead, or allow pop-ups for this page.
        </p>
      )}
    </section>
  );
}
