import { useAppStore } from '../../store';
import { selectGraph } from '../../store/selectors';
import { selectVisible } from '../../store/exploreSelectors';
import { ROLE_LABELS } from '../../model/roles';
import type { Organisation, Tie } from '../../model/types';
import type { ClusterGraph } from '../../graph/buildGraph';
import { SortableTable, type Column } from './SortableTable';

interface OrganisationRow {
  organisation: Organisation;
  role: string;
  degree: number;
}

const organisationColumns: Column<OrganisationRow>[] = [
  { key: 'name', label: 'Name', value: (row) => row.organisation.name },
  { key: 'role', label: 'Role', value: (row) => row.role },
  { key: 'type', label: 'Type', value: (row) => row.organisation.type ?? '' },
  { key: 'city', label: 'City', value: (row) => row.organisation.city ?? '' },
  { key: 'sector', label: 'Sector', value: (row) => row.organisation.sector ?? '' },
  { key: 'degree', label: 'Ties', value: (row) => row.degree, numeric: true },
];

const tieColumns = (graph: ClusterGraph): Column<Tie>[] => {
  const name = (id: string) => graph.getNodeAttribute(id, 'organisation').name;
  return [
    { key: 'source', label: 'From', value: (tie) => name(tie.source) },
    { key: 'target', label: 'To', value: (tie) => name(tie.target) },
    { key: 'type', label: 'Type', value: (tie) => tie.type ?? '' },
    { key: 'weight', label: 'Weight', value: (tie) => tie.weight, numeric: true },
    { key: 'year', label: 'Year', value: (tie) => tie.year ?? '', numeric: true },
  ];
};

/** The table alternative to the canvas: the organisations and ties shown, sortable, keyboard operable. */
export function TableView() {
  const dataset = useAppStore((state) => state.dataset);
  const view = useAppStore((state) => state.view);
  const analysis = useAppStore((state) => state.analysis);
  const selectedId = useAppStore((state) => state.selectedId);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  if (!dataset) return null;
  const graph = selectGraph(dataset);
  const visible = selectVisible(graph, view, analysis);
  const organisations = [...visible.nodes].map((id) => {
    const { organisation, role } = graph.getNodeAttributes(id);
    return { organisation, role: ROLE_LABELS[role], degree: graph.degree(id) };
  });
  const ties = [...visible.edges].map((id) => graph.getEdgeAttribute(id, 'tie'));
  return (
    <div className="table-view">
      <SortableTable
        caption={`Organisations shown (${organisations.length})`}
        columns={organisationColumns}
        rows={organisations}
        rowKey={(row) => row.organisation.id}
        onActivate={(row) => selectOrganisation(row.organisation.id)}
        isCurrent={(row) => row.organisation.id === selectedId}
      />
      <SortableTable
        caption={`Ties shown (${ties.length})`}
        columns={tieColumns(graph)}
        rows={ties}
        rowKey={(tie) => tie.id}
        onActivate={(tie) => selectOrganisation(tie.source)}
        isCurrent={(tie) => tie.source === selectedId || tie.target === selectedId}
      />
    </div>
  );
}
