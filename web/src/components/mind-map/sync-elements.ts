import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';

/**
 * Brings cytoscape's elements in line with `next`: removes what went, adds what came, updates data,
 * classes and positions of the rest (moving them with a short animation when `animate`). One batch.
 */
export function applyElements(cy: Core, next: readonly ElementDefinition[], options: { animate: boolean }): void {
  const wanted = new Set(next.map((e) => e.data.id as string));
  const moves: Array<{ node: NodeSingular; position: { x: number; y: number } }> = [];
  cy.batch(() => {
    cy.elements().filter((e) => !wanted.has(e.id())).remove();
    const added: ElementDefinition[] = [];
    for (const element of next) {
      const existing = cy.getElementById(element.data.id as string);
      if (existing.empty()) {
        added.push(element);
        continue;
      }
      // Only touch what changed: each data or class change makes cytoscape restyle the element.
      const data = existing.data() as Record<string, unknown>;
      const changed = Object.entries(element.data).filter(([key, value]) => data[key] !== value);
      if (changed.length) existing.data(Object.fromEntries(changed));
      const classes = Array.isArray(element.classes) ? element.classes.join(' ') : element.classes ?? '';
      if ((existing.classes() as string[]).join(' ') !== classes.split(' ').filter(Boolean).join(' ')) existing.classes(classes);
      if (element.position && existing.isNode()) moves.push({ node: existing as NodeSingular, position: element.position });
    }
    if (added.length) cy.add(added);
  });
  for (const { node, position } of moves) {
    const now = node.position();
    if (now.x === position.x && now.y === position.y) continue;
    if (options.animate) node.animate({ position, duration: 250 });
    else node.position(position);
  }
}

/** Marks `id` (and its edges) as selected; returns its node, if it is on the map. */
export function applySelection(cy: Core, id: string | null): NodeSingular | undefined {
  cy.batch(() => {
    cy.elements('.selected').removeClass('selected');
    cy.edges('.highlight').removeClass('highlight');
    if (!id) return;
    const node = cy.getElementById(id);
    node.addClass('selected');
    node.connectedEdges().addClass('highlight');
  });
  const node = id ? cy.getElementById(id) : undefined;
  return node && !node.empty() && node.isNode() ? (node as NodeSingular) : undefined;
}
