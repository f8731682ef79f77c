import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { neighbourhood as fetchNeighbourhood } from '../../api/endpoints.ts';
import type { DiscoverResult, Neighbourhood } from '../../api/types.ts';
import type { LoEvents } from '../../events.ts';
import { toElements, humanise, type MapElement } from '../mind-map/to-elements.ts';
import { toTreeItems, visibleItems, type TreeItem } from '../result-tree/to-tree-items.ts';
import '../mind-map/mind-map.ts';
import '../map-legend/map-legend.ts';
import '../result-tree/result-tree.ts';
import '../selected-item/selected-item.ts';
import { nodeConnectionsStyles } from './node-connections.styles.ts';

/**
 * A node's neighbourhood as a mind map (the node at the centre) and, beside it, the same items as a
 * list; selecting or opening in one does the same in the other.
 */
export class LoNodeConnections extends LitElement {
  static override styles = [sharedStyles, nodeConnectionsStyles];

  @property() nodeId = '';
  @property() name = '';
  @property() kind = 'other';
  @property({ type: Number }) limit = 60;
  @state() private hoods = new Map<string, Neighbourhood>();
  @state() private open: string[] = [];
  @state() private selected: string | null = null;
  @state() private loading = new Set<string>();
  @state() private failed = false;
  private elements: MapElement[] = [];
  private tree: TreeItem[] = [];

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('nodeId')) {
      this.hoods = new Map();
      this.open = [];
      this.selected = null;
      void this.load(this.nodeId);
    }
    const root = this.hoods.get(this.nodeId);
    if (root && (changed.has('hoods') || changed.has('open') || changed.has('nodeId'))) {
      const expansions = [this.nodeId, ...this.open].flatMap((id) => {
        const hood = this.hoods.get(id);
        return hood ? [{ id, neighbourhood: hood }] : [];
      });
      this.elements = toElements({ centre: { id: this.nodeId, label: this.name, kind: this.kind }, expansions });
      this.tree = toTreeItems(neighboursOf(this.nodeId, this.name, root), this.hoods, this.open);
    }
  }

  override render() {
    if (this.failed) return html`<p class="note">Its connections could not be loaded just now.</p>`;
    const item = visibleItems(this.tree).find((i) => i.id === this.selected) ?? null;
    const families = new Set(this.elements.flatMap((e) => (e.group === 'nodes' ? [e.data.family] : [])));
    return html`<div class="views" @lo-node-select=${this.handleSelect} @lo-node-expand=${this.handleExpand}>
      <div>
        <lo-mind-map .elements=${this.elements} .selected=${this.selected} label="Mind map of what ${this.name} connects to"></lo-mind-map>
        <lo-map-legend .families=${families}></lo-map-legend>
      </div>
      <div>
        ${item ? html`<lo-selected-item .item=${item} .expanded=${this.open.includes(item.id)}></lo-selected-item>` : nothing}
        <lo-result-tree label="What ${this.name} connects to" .items=${this.tree} .selected=${this.selected} .loading=${this.loading}></lo-result-tree>
      </div>
    </div>`;
  }

  private async load(id: string): Promise<void> {
    this.loading = new Set([...this.loading, id]);
    try {
      const hood = await fetchNeighbourhood(id, { depth: 1, limit: id === this.nodeId ? this.limit : 40 });
      this.hoods = new Map([...this.hoods, [id, hood]]);
    } catch {
      if (id === this.nodeId) this.failed = true;
      else this.hoods = new Map([...this.hoods, [id, { nodes: [], edges: [] }]]);
    } finally {
      const next = new Set(this.loading);
      next.delete(id);
      this.loading = next;
    }
  }

  private readonly handleSelect = (event: CustomEvent<LoEvents['lo-node-select']>) => {
    event.stopPropagation();
    this.selected = event.detail.id === this.nodeId ? null : event.detail.id;
  };

  private readonly handleExpand = (event: CustomEvent<LoEvents['lo-node-expand']>) => {
    event.stopPropagation();
    const { id, expand } = event.detail;
    if (id === this.nodeId) return;
    this.selected = id;
    this.open = expand ? [...this.open.filter((o) => o !== id), id] : this.open.filter((o) => o !== id);
    if (expand && !this.hoods.has(id)) void this.load(id);
  };
}

/** The node's direct neighbours as list items, each saying how it is connected. */
function neighboursOf(id: string, name: string, hood: Neighbourhood): DiscoverResult[] {
  const nodes = new Map(hood.nodes.map((n) => [n.data.id, n.data]));
  const seen = new Set<string>();
  const out: DiscoverResult[] = [];
  for (const { data: edge } of hood.edges) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : undefined;
    const node = other ? nodes.get(other) : undefined;
    if (!node || seen.has(node.id)) continue;
    seen.add(node.id);
    const relation = edge.label || humanise(edge.type);
    out.push({ id: node.id, kind: node.kind, name: node.label, summary: '', score: 0, why: [edge.source === id ? `${name} ${relation} ${node.label}.` : `${node.label} ${relation} ${name}.`] });
  }
  return out;
}
