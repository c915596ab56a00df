import { expect, type Page } from '@playwright/test';
import { organisationElement } from './helpers';

/** Layouts and the analysis take long on a loaded machine: wait for the graph with room to spare. */
export async function waitForGraphPatiently(page: Page): Promise<void> {
  await expect(page.locator('.graph-canvas canvas').first()).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('[data-layout="done"]')).toHaveCount(1, { timeout: 90_000 });
}

/** An organisation's position in graph units, as cy holds it. */
export const graphPosition = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
    const { x, y } = cy.getElementById(nodeId).position();
    return { x: Math.round(x), y: Math.round(y) };
  }, organisationElement(id));
