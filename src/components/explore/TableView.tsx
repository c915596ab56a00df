import { useAppStore } from '../../store';
import { selectGraph } from '../../store/selectors';
import { selectVisible } from '../../store/exploreSelectors';
import { ROLE_LABELS } from '../../model/roles';
import type { Organisation, Tie } from '../../model/types';
import type { ClusterGraph } from '../../graph/buildGraph';
import { DataTable, type TableColumn } from '../table/DataTable';

interface OrganisationRow {
  organisation: Organisation;
  role: string;
  degree: number;
}

const PAGE = 300;

const organisationColumns: TableColumn<OrganisationRow>[] = [
  { key: 'name', header: 'Name', sortValue: (row) => row.organisation.name },
  { key: 'role', header: 'Role', sortValue: (row) => row.role },
  { key: 'type', header: 'Type', sortValue: (row) => row.organisation.type },
  { key: 'city', header: 'City', sortValue: (row) => row.organisation.city },
  { key: 'sector', header: 'Sector', sortValue: (row) => row.organisation.sector },
  { key: 'degree', header: 'Ties', sortValue: (row) => row.degree, numeric: true },
];

const tieColumns = (graph: ClusterGraph): TableColumn<Tie>[] => {
  const name = (id: string) => graph.getNodeAttribute(id, 'organisation').name;
  return [
    { key: 'source', header: 'From', sortValue: (tie) => name(tie.source) },
    { key: 'target', header: 'To', sortValue: (tie) => name(tie.target) },
    { key: 'type', header: 'Type', sortValue: (tie) => tie.type },
    { key: 'weight', header: 'Weight', sortValue: (tie) => tie.weight, numeric: true },
    { key: 'year', header: 'Year', sortValue: (tie) => tie.year, numeric: true },
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
      <div className="table-wrap">
        <DataTable
          caption={`Organisations shown (${organisations.length})`}
          columns={organisationColumns}
          rows={organisations}
          rowKey={(row) => row.organisation.id}
          pageSize={PAGE}
          onActivate={(row) => selectOrganisation(row.organisation.id)}
          isCurrent={(row) => row.organisation.id === selectedId}
        />
      </div>
      <div className="table-wrap">
        <DataTable
          caption={`Ties shown (${ties.length})`}
          columns={tieColumns(graph)}
          rows={ties}
          rowKey={(tie) => tie.id}
          pageSize={PAGE}
          onActivate={(tie) => selectOrganisation(tie.source)}
          isCurrent={(tie) => tie.source === selectedId || tie.target === selectedId}
        />
      </div>
    </div>
  );
}
