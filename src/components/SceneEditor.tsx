import { useId } from 'react';
import { useAppStore } from '../store';
import type { Scene } from '../model/scene';

interface SceneEditorProps {
  scene: Scene;
  onUpdate: () => void;
  onDelete: () => void;
}

/** Rename a scene, write its caption and speaker notes, replace its view, or delete it. */
export function SceneEditor({ scene, onUpdate, onDelete }: SceneEditorProps) {
  const updateScene = useAppStore((state) => state.updateScene);
  const id = useId();
  return (
    <div className="scene-editor" role="group" aria-label={`Scene ${scene.title}`}>
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        type="text"
        value={scene.title}
        autoFocus
        onChange={(event) => updateScene(scene.id, { title: event.target.value })}
      />
      <label htmlFor={`${id}-text`}>Caption</label>
      <textarea
        id={`${id}-text`}
        rows={2}
        value={scene.text}
        onChange={(event) => updateScene(scene.id, { text: event.target.value })}
      />
      <label htmlFor={`${id}-notes`}>Speaker notes</label>
      <textarea
        id={`${id}-notes`}
        rows={2}
        value={scene.notes}
        onChange={(event) => updateScene(scene.id, { notes: event.target.value })}
      />
      <div className="scene-editor-actions">
        <button type="button" className="button" onClick={onUpdate}>
          Update with current view
        </button>
        <button type="button" className="button button-danger" onClick={onDelete}>
          Delete scene
        </button>
      </div>
    </div>
  );
}
