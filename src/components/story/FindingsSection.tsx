import type { Finding } from '../../analysis/story/findings';
import { captureScene } from '../../canvas/sceneCommands';
import { useAppStore } from '../../store';
import { showEvidence } from '../../store/storyActions';

/** Save the finding as a scene: its evidence highlighted, its sentence as the caption. */
function saveFindingAsScene(finding: Finding): void {
  showEvidence(finding.text, finding.organisations);
  const scene = captureScene({ title: finding.text.slice(0, 60), text: finding.text });
  if (scene) useAppStore.getState().addScene(scene);
}

/** Statements the data supports, each with its numbers, its evidence on the canvas, and as a scene. */
export function FindingsSection() {
  const findings = useAppStore((state) => state.analysis?.story?.findings) ?? [];
  const scenes = useAppStore((state) => state.scenes.length);
  return (
    <section className="story-section" aria-labelledby="findings-title">
      <h3 id="findings-title">Findings in plain words</h3>
      <p>
        Generated from the measures by fixed rules; each says its numbers. Show one to highlight its organisations on
        the graph, or keep it as a scene to present.
      </p>
      {findings.length === 0 ? (
        <p className="hint">The measures support no statement yet (too few ties, groups or years).</p>
      ) : (
        <ul className="findings" aria-label="Findings">
          {findings.map((finding) => (
            <li key={finding.id}>
              <p>{finding.text}</p>
              <div className="finding-actions">
                <button type="button" onClick={() => showEvidence(finding.text, finding.organisations)}>
                  Show the evidence
                </button>
                <button type="button" onClick={() => saveFindingAsScene(finding)}>
                  Save as scene
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {scenes > 0 && <p className="hint">{scenes} scenes saved (see Scenes in the sidebar).</p>}
    </section>
  );
}
