import { importFiles } from './importActions';
import demoOrganisations from '../../fixtures/clusnet-demo/organisations.csv?raw';
import demoTies from '../../fixtures/clusnet-demo/ties.csv?raw';

export { importFiles, cancelImport, importBrowserFiles } from './importActions';

export const DEMO_NAME = 'CLUSNET: Clusters & Cities Network';

/** The embedded CLUSNET demo, loaded through the same import path as a user's file. */
export function loadDemo(): Promise<void> {
  const encoder = new TextEncoder();
  return importFiles(
    [
      { name: 'organisations.csv', bytes: encoder.encode(demoOrganisations) },
      { name: 'ties.csv', bytes: encoder.encode(demoTies) },
    ],
    { name: DEMO_NAME, illustrative: true },
  );
}
