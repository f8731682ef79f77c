import type { AnimationOptions, Core } from 'cytoscape';

/** Zooms or pans: animated briefly, or at once (no movement at all) when the person prefers reduced motion. */
export function moveViewport(cy: Core, options: AnimationOptions, reducedMotion: boolean): void {
  cy.stop(true, true);
  if (!reducedMotion) {
    cy.animate({ ...options, duration: 200 });
    return;
  }
  if (options.fit) cy.fit(options.fit.eles, options.fit.padding);
  if (options.zoom) cy.zoom(options.zoom);
  if (options.panBy) cy.panBy(options.panBy);
  if (options.center) {
    const { eles } = options.center;
    cy.center(typeof eles === 'string' ? cy.$(eles) : eles);
  }
}

/** A zoom by `factor` around the middle of the map, kept within the map's limits. */
export function zoomAroundCentre(cy: Core, factor: number): AnimationOptions {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  return { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } };
}
