import type { Page } from 'playwright-core';

/** Page-side script: the first <lo-mind-map> anywhere (through shadow roots), and its cytoscape instance as `cy`. */
const WITH_MAP = `
  const find = (root) => {
    const direct = root.querySelector('lo-mind-map');
    if (direct) return direct;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot ? find(el.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const map = find(document);
  const cy = map && map.cytoscape;`;

/** Runs `body` in the page with `cy` (the map's cytoscape, or undefined) and `arg` in scope. */
function onMap<T>(page: Page, body: string, arg: unknown = null): Promise<T> {
  return page.evaluate(`(() => { const arg = ${JSON.stringify(arg)}; ${WITH_MAP} ${body} })()`) as Promise<T>;
}

/** How many nodes the first mind map on the page has drawn; 0 until cytoscape is ready. */
export function mapNodeCount(page: Page): Promise<number> {
  return onMap(page, 'return cy ? cy.nodes().length : 0;');
}

/** The ids of map nodes of the given kinds (all kinds when empty). */
export function mapNodeIds(page: Page, kinds: string[] = []): Promise<string[]> {
  return onMap(page, 'return cy ? cy.nodes().filter((n) => !arg.length || arg.includes(n.data("kind"))).map((n) => n.id()) : [];', kinds);
}

/** The id of the selected map node, if any. */
export function mapSelected(page: Page): Promise<string | null> {
  return onMap(page, 'const s = cy && cy.nodes(".selected"); return s && s.length ? s[0].id() : null;');
}

export function mapZoom(page: Page): Promise<number> {
  return onMap(page, 'return cy ? cy.zoom() : 0;');
}

/**
 * Clicks a map node as a person would: at its place on the screen (after bringing it into view), and
 * again if the map was still moving (a redraw animates nodes to new places) and the click missed it.
 */
export async function clickMapNode(page: Page, id: string): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    await onMap(page, 'if (cy) { map.scrollIntoView({ block: "center" }); cy.center(cy.getElementById(arg)); }', id);
    // cytoscape learns where its container is from scroll events: let it, and any node animation, settle first.
    await page.waitForTimeout(400);
    const point = await onMap<{ x: number; y: number } | null>(page, `
      if (!cy) return null;
      const node = cy.getElementById(arg);
      const box = cy.container().getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };`, id);
    if (!point) throw new Error('the map is not ready');
    await page.mouse.click(point.x, point.y);
    for (let i = 0; i < 20; i++) {
      if ((await mapSelected(page)) === id) return;
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`clicking ${id} on the map never selected it`);
}
