import { seededRandom } from '../random';
import { commonNeighbours, partnerScore, auc, type SuggestGraph } from './suggest';

export interface SuggestionEvaluation {
  pairs: number;
  hidden: number;
  negatives: number;
  auc: number;
  baselineAuc: number;
}

const key = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/**
 * Hide a share of the linked pairs (seeded), score the hidden pairs and `negativesPerHidden` times as
 * many random unlinked pairs on what is left, and report the AUC of the suggestion score and of common neighbours.
 */
export function evaluateSuggestions(
  graph: SuggestGraph,
  hideShare = 0.1,
  seed = 7,
  negativesPerHidden = 1,
): SuggestionEvaluation {
  const random = seededRandom(seed);
  const pairs: [string, string][] = [];
  for (const [a, set] of graph.neighbours) for (const b of set) if (a < b) pairs.push([a, b]);
  const hidden = pairs.filter(() => random() < hideShare);
  const hiddenKeys = new Set(hidden.map(([a, b]) => key(a, b)));
  const neighbours = new Map([...graph.neighbours].map(([id, set]) => [id, new Set(set)]));
  for (const [a, b] of hidden) {
    neighbours.get(a)!.delete(b);
    neighbours.get(b)!.delete(a);
  }
  const training: SuggestGraph = { neighbours, nodes: graph.nodes };
  const ids = [...graph.nodes.keys()];
  const negatives: [string, string][] = [];
  const seen = new Set<string>();
  for (
    let attempts = 0;
    negatives.length < hidden.length * negativesPerHidden && attempts < hidden.length * negativesPerHidden * 50;
    attempts++
  ) {
    const [a, b] = [ids[Math.floor(random() * ids.length)]!, ids[Math.floor(random() * ids.length)]!];
    const k = key(a, b);
    if (a === b || graph.neighbours.get(a)?.has(b) || hiddenKeys.has(k) || seen.has(k)) continue;
    seen.add(k);
    negatives.push([a, b]);
  }
  const score = (list: [string, string][]) => list.map(([a, b]) => partnerScore(training, a, b).score);
  const baseline = (list: [string, string][]) => list.map(([a, b]) => commonNeighbours(training, a, b));
  return {
    pairs: pairs.length,
    hidden: hidden.length,
    negatives: negatives.length,
    auc: auc(score(hidden), score(negatives)),
    baselineAuc: auc(baseline(hidden), baseline(negatives)),
  };
}
