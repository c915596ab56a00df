import { useAppStore } from '../../store';
import { hideEvidence } from '../../store/storyActions';

/** While a finding's evidence is highlighted: what it is, and a way back. */
export function EvidencePanel() {
  const evidence = useAppStore((state) => state.view.evidence ?? null);
  if (!evidence) return null;
  return (
    <section className="panel" aria-labelledby="evidence-title">
      <h2 id="evidence-title">Evidence shown</h2>
      <p>{evidence.title}</p>
      <p className="hint">{evidence.organisations.length} organisations highlighted.</p>
      <button type="button" onClick={hideEvidence}>
        Stop highlighting
      </button>
    </section>
  );
}
