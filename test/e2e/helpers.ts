import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import Papa from 'papaparse';

export const DEMO_DIR = new URL('../../fixtures/clusnet-demo/', import.meta.url).pathname;

/** The canvas element id of an organisation (the app prefixes element ids with their kind). */
export const organisationElement = (id: string): string => `n:${id}`;

/** Counts of the demo fixture, read independently of the app (papaparse in Node). */
export function demoCounts(): { organisations: number; ties: number } {
  const rows = (file: string) =>
    Papa.parse<string[]>(readFileSync(DEMO_DIR + file, 'utf8'), { skipEmptyLines: 'greedy' }).data.length - 1;
  return { organisations: rows('organisations.csv'), ties: rows('ties.csv') };
}

/** Wait until the graph is on screen and its layout has finished. */
export async function waitForGraph(page: Page): Promise<void> {
  await expect(page.locator('.graph-canvas canvas').first()).toBeVisible();
  await expect(page.locator('[data-layout="done"]')).toHaveCount(1);
}

/** Screen position (page coordinates) of an organisation's node. */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { __clusnetCy: import('cytoscape').Core }).__clusnetCy;
    const node = cy.getElementById(nodeId);
    const box = cy.container()!.getBoundingClientRect();
    const position = node.renderedPosition();
    return { x: box.left + position.x, y: box.top + position.y };
  }, organisationElement(id));
}

/** Click an organisation on the canvas, as a person would. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await nodePosition(page, id);
  await page.mouse.click(x, y);
}
