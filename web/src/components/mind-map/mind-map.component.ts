import { LitElement, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AnimationOptions, Core, StylesheetJson, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { emit } from '../../events.ts';
import { mindMapStyles } from './mind-map.styles.ts';
import { graphStyle } from './graph-style.ts';
import type { MapElement } from './to-elements.ts';
import { directionOf, neighbourInDirection } from './map-keyboard.ts';
import { applyElements, applySelection } from './sync-elements.ts';
import { moveViewport, zoomAroundCentre } from './viewport.ts';

const PAN_STEP = 120;

/**
 * The mind map. Owns one sized, empty div; cytoscape is loaded lazily and created after the first
 * render, and destroyed on disconnect. Keyboard: arrows move between connected items, Enter shows an
 * item's connections, + and - zoom, 0 shows everything. Nodes cannot be dragged (no drag-only action).
 *
 * @fires lo-node-select @fires lo-node-expand @fires lo-map-ready
 */
export class LoMindMap extends LitElement {
  static override styles = [sharedStyles, mindMapStyles];

  @property({ attribute: false }) elements: MapElement[] = [];
  @property({ attribute: false }) selected: string | null = null;
  /** What the map shows, for screen readers ("Mind map of your question"). */
  @property() label = 'Mind map';
  @state() private loadState: 'loading' | 'ready' | 'failed' = 'loading';
  @state() private announcement = '';
  @query('.cy') private container!: HTMLDivElement;

  private cy: Core | undefined;
  private readonly motion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;
  private renderStarted = 0;
  private fittedCentre: string | null = null;

  override render() {
    const count = this.elements.filter((e) => e.group === 'nodes').length;
    return html`
      <div class="controls" role="group" aria-label="Map controls">
        <button type="button" class="secondary" @click=${() => this.zoomBy(1.25)} aria-label="Zoom in">+</button>
        <button type="button" class="secondary" @click=${() => this.zoomBy(0.8)} aria-label="Zoom out">−</button>
        <button type="button" class="secondary" @click=${this.handleFit}>Show all</button>
        <button type="button" class="secondary" @click=${() => this.panBy(0, PAN_STEP)} aria-label="Move map up">↑</button>
        <button type="button" class="secondary" @click=${() => this.panBy(0, -PAN_STEP)} aria-label="Move map down">↓</button>
        <button type="button" class="secondary" @click=${() => this.panBy(PAN_STEP, 0)} aria-label="Move map left">←</button>
        <button type="button" class="secondary" @click=${() => this.panBy(-PAN_STEP, 0)} aria-label="Move map right">→</button>
      </div>
      <div class="frame" role="application" tabindex="0" aria-roledescription="mind map"
        aria-label="${this.label}: ${count} items" aria-describedby="map-help" @keydown=${this.handleKeydown}>
        <div class="cy"></div>
        ${this.loadState === 'ready' ? '' : html`<p class="placeholder">${this.loadState === 'failed'
          ? 'The map could not be shown. Everything in it is in the list.' : 'Loading the map…'}</p>`}
      </div>
      <p id="map-help" class="help">Select an item to see its connections. With a keyboard: arrow keys move between
        connected items, Enter shows connections, + and − zoom. The list has everything the map has.</p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  override firstUpdated(): void {
    this.renderStarted = performance.now();
    void this.createMap();
  }

  override updated(changed: PropertyValues<this>): void {
    if (!this.cy) return;
    if (changed.has('elements')) this.drawElements(false);
    else if (changed.has('selected')) this.showSelection(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cy?.destroy();
    this.cy = undefined;
  }

  /** Resolves when the map is drawn (used by tests and the benchmark). */
  get cytoscape(): Core | undefined {
    return this.cy;
  }

  private async createMap(): Promise<void> {
    try {
      const { default: cytoscape } = await import('cytoscape');
      if (!this.isConnected) return;
      this.cy = cytoscape({
        container: this.container,
        // cytoscape's types do not know that data() maps shapes; the stylesheet is valid cytoscape JSON.
        style: graphStyle as unknown as StylesheetJson,
        layout: { name: 'preset' },
        minZoom: 0.05,
        maxZoom: 3,
        autoungrabify: true,
        boxSelectionEnabled: false,
        selectionType: 'single',
        hideEdgesOnViewport: true,
        textureOnViewport: false,
      });
      this.cy.on('tap', 'node', this.handleTapNode);
      // cytoscape watches scrolling only up to the shadow root, so its idea of where the map is on screen goes
      // stale when the page scrolls: refresh it just before each pointer gesture.
      for (const type of ['pointerdown', 'wheel']) this.container.addEventListener(type, this.handlePointerStart, { capture: true, passive: true });
      this.loadState = 'ready';
      this.drawElements(true);
    } catch {
      this.loadState = 'failed';
    }
  }

  private drawElements(first: boolean): void {
    const cy = this.cy;
    if (!cy) return;
    const started = first ? this.renderStarted : performance.now();
    applyElements(cy, this.elements as ElementDefinition[], { animate: !first && !this.reducedMotion });
    // Show everything when the map gets a new centre (first draw, a new question or node); small maps always.
    const centre = cy.nodes('.centre').first();
    const centreId = centre.empty() ? null : `${centre.id()}|${String(centre.data('label'))}`;
    if (centreId !== this.fittedCentre || cy.nodes().length < 60) cy.fit(undefined, 30);
    this.fittedCentre = centreId;
    this.showSelection(false);
    requestAnimationFrame(() => emit(this, 'lo-map-ready', { nodes: cy.nodes().length, ms: performance.now() - started }));
  }

  private showSelection(reveal: boolean): void {
    const cy = this.cy;
    if (!cy) return;
    const node = applySelection(cy, this.selected);
    if (!node || !reveal) return;
    const box = cy.extent();
    const { x, y } = node.position();
    if (x < box.x1 || x > box.x2 || y < box.y1 || y > box.y2) this.move({ center: { eles: node } });
  }

  private readonly handleTapNode = (event: EventObject) => {
    const node = event.target as NodeSingular;
    const id = node.id();
    emit(this, 'lo-node-select', { id, source: 'map' });
    if (!node.hasClass('centre') && !node.hasClass('expanded')) emit(this, 'lo-node-expand', { id, expand: true });
  };

  private readonly handlePointerStart = () => {
    this.cy?.resize();
  };

  private handleKeydown(event: KeyboardEvent): void {
    const cy = this.cy;
    if (!cy) return;
    const direction = directionOf(event.key);
    const current = (this.selected ? cy.getElementById(this.selected) : cy.nodes('.centre')).first() as NodeSingular;
    if (direction) {
      event.preventDefault();
      if (current.empty()) return;
      const neighbours = current.neighborhood('node').map((n) => ({ id: n.id(), ...(n as NodeSingular).renderedPosition() }));
      const next = neighbourInDirection(current.renderedPosition(), neighbours, direction) ?? (this.selected ? undefined : current.id());
      if (next) this.selectFromKeyboard(next);
    } else if (event.key === 'Enter' && !current.empty()) {
      event.preventDefault();
      if (!this.selected) this.selectFromKeyboard(current.id());
      else if (!current.hasClass('centre')) emit(this, 'lo-node-expand', { id: current.id(), expand: !current.hasClass('expanded') });
    } else if (event.key === '+' || event.key === '=') {
      this.zoomBy(1.25);
    } else if (event.key === '-') {
      this.zoomBy(0.8);
    } else if (event.key === '0') {
      this.handleFit();
    }
  }

  private selectFromKeyboard(id: string): void {
    const node = this.cy?.getElementById(id);
    if (!node || node.empty()) return;
    const neighbours = node.neighborhood('node').length;
    this.announcement = `${String(node.data('label'))}, ${neighbours} connected item${neighbours === 1 ? '' : 's'}`;
    emit(this, 'lo-node-select', { id, source: 'map' });
  }

  private handleFit(): void {
    if (this.cy) moveViewport(this.cy, { fit: { eles: this.cy.elements(), padding: 30 } }, this.reducedMotion);
  }

  private zoomBy(factor: number): void {
    if (this.cy) moveViewport(this.cy, zoomAroundCentre(this.cy, factor), this.reducedMotion);
  }

  private panBy(x: number, y: number): void {
    if (this.cy) moveViewport(this.cy, { panBy: { x, y } }, this.reducedMotion);
  }

  private move(options: AnimationOptions): void {
    if (this.cy) moveViewport(this.cy, options, this.reducedMotion);
  }

  private get reducedMotion(): boolean {
    return this.motion?.matches ?? false;
  }
}

