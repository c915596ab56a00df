import { ROLE_LABELS } from '../../model/roles';
import { useAppStore } from '../../store';
import { selectNamesById } from '../../store/analysisSelectors';
import { selectSuggestGraph, selectSuggestions } from '../../store/compareSelectors';
import type { PartnerSuggestion, SuggestGraph } from '../../analysis/story/suggest';

function reasons(suggestion: PartnerSuggestion, graph: SuggestGraph, name: (id: string) => string): string {
  const parts: string[] = [];
  const shared = suggestion.sharedPartners.length;
  if (shared > 0) parts.push(`${shared} shared ${shared === 1 ? 'partner' : 'partners'}`);
  const node = graph.nodes.get(suggestion.id);
  if (suggestion.complementaryRole && node) parts.push(`complementary role (${ROLE_LABELS[node.role]})`);
  if (suggestion.sameSectorOtherCity && node) parts.push(`same sector in ${node.city}`);
  if (suggestion.introducer) parts.push(`${name(suggestion.introducer)} could introduce them`);
  return parts.join('; ');
}

/** For the selected organisation: organisations it is not tied to, ranked, each with its reasons. */
export function SuggestionsPanel() {
  const dataset = useAppStore((state) => state.dataset);
  const roleOverrides = useAppStore((state) => state.roleOverrides);
  const selectedId = useAppStore((state) => state.selectedId);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  if (!dataset || !selectedId) return null;
  const graph = selectSuggestGraph(dataset, roleOverrides);
  if (!graph.nodes.has(selectedId)) return null;
  const suggestions = selectSuggestions(graph, selectedId);
  const names = selectNamesById(dataset);
  const name = (id: string) => names.get(id) ?? id;
  return (
    <section className="panel" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Partners to suggest for {name(selectedId)}</h2>
      {suggestions.length === 0 ? (
        <p className="hint">No organisation shares a partner or its sector in another city.</p>
      ) : (
        <ol className="suggestions">
          {suggestions.map((suggestion) => (
            <li key={suggestion.id}>
              <button type="button" className="link-button" onClick={() => selectOrganisation(suggestion.id)}>
                {name(suggestion.id)}
              </button>
              <span className="hint"> — {reasons(suggestion, graph, name)}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="hint">
        Ranked by shared partners (fewer-connected partners count more), complementary role and same sector elsewhere.
        Tested on hidden ties, no better than counting shared partners: AUC 0.88 against 0.88 on the demo, 0.71 against
        0.71 on a generated network (see the README).
      </p>
    </section>
  );
}
