import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { emit } from '../../events.ts';
import { kindName } from '../mind-map/kind-visuals.ts';
import { shapeIcon } from '../map-legend/shape-icon.ts';
import { resultTreeStyles } from './result-tree.styles.ts';
import { parentKey, visibleItems, type TreeItem } from './to-tree-items.ts';

/**
 * The list: a WAI-ARIA tree (single select, selection follows focus) with the same items and the same
 * "why" as the map. Up/Down move, Right or Enter opens an item's connections, Left closes or goes up,
 * Home/End jump. Focus stays on the tree; the active item is given by aria-activedescendant.
 *
 * @fires lo-node-select @fires lo-node-expand
 */
export class LoResultTree extends LitElement {
  static override styles = [sharedStyles, resultTreeStyles];

  @property({ attribute: false }) items: TreeItem[] = [];
  @property({ attribute: false }) selected: string | null = null;
  @property({ attribute: false }) loading: ReadonlySet<string> = new Set();
  @property({ attribute: false }) pinned: ReadonlySet<string> = new Set();
  @property() label = 'Results';
  @state() private activeKey: string | null = null;
  private indexOf = new Map<string, number>();

  override willUpdate(changed: PropertyValues<this>): void {
    const visible = visibleItems(this.items);
    this.indexOf = new Map(visible.map((item, i) => [item.key, i]));
    const active = visible.find((i) => i.key === this.activeKey);
    if (changed.has('selected') && this.selected && active?.id !== this.selected) {
      this.activeKey = visible.find((i) => i.id === this.selected)?.key ?? this.activeKey;
    }
    if (this.activeKey && !this.indexOf.has(this.activeKey)) this.activeKey = null;
  }

  override render() {
    const active = this.activeKey === null ? undefined : this.indexOf.get(this.activeKey);
    return html`<ul role="tree" aria-label=${this.label} tabindex="0"
      aria-activedescendant=${active === undefined ? nothing : `item-${active}`}
      @keydown=${this.handleKeydown} @focus=${this.handleFocus}>
      ${this.rows(this.items).map(({ item, position, size }) => this.renderItem(item, position, size))}
    </ul>`;
  }

  /**
   * The visible items in order, flat: the hierarchy is given by aria-level, aria-posinset and aria-setsize
   * (the WAI-ARIA tree allows this), so each item's name is its own row only, never its children's text.
   */
  private rows(items: readonly TreeItem[]): Array<{ item: TreeItem; position: number; size: number }> {
    return items.flatMap((item, i) => [
      { item, position: i + 1, size: items.length },
      ...(item.expanded && item.children ? this.rows(item.children) : []),
    ]);
  }

  private renderItem(item: TreeItem, position: number, size: number): unknown {
    const index = this.indexOf.get(item.key) ?? 0;
    const isSelected = item.id === this.selected && item.key === this.activeKey;
    const isLoading = item.expanded && this.loading.has(item.id);
    const note = isLoading ? 'Loading connections…' : item.expanded && item.children && !item.children.length ? 'No other connections.' : '';
    return html`<li role="treeitem" id="item-${index}" aria-level=${item.level} aria-setsize=${size} aria-posinset=${position}
        aria-expanded=${item.expanded ? 'true' : 'false'} aria-selected=${isSelected ? 'true' : 'false'}
        class="row level-${Math.min(item.level, 6)} ${item.key === this.activeKey ? 'active' : ''} ${isSelected ? 'selected' : ''}"
        @click=${() => this.handleRowClick(item)}>
      <span class="twisty" aria-hidden="true" @click=${(e: Event) => this.handleTwistyClick(e, item)}>${item.expanded ? '▾' : '▸'}</span>
      <div class="body">
        <span class="name">${item.name}</span>
        <div class="meta">${shapeIcon(item.kind)}<span class="tag">${kindName(item.kind)}</span>
          ${this.pinned.has(item.id) ? html`<span class="pinned">★ On shortlist</span>` : nothing}</div>
        <ul class="why">${item.why.map((w) => html`<li>${w}</li>`)}</ul>
        ${note ? html`<p class="note">${note}</p>` : nothing}
      </div>
    </li>`;
  }

  private handleFocus(): void {
    if (this.activeKey) return;
    const visible = visibleItems(this.items);
    this.activeKey = (visible.find((i) => i.id === this.selected) ?? visible[0])?.key ?? null;
  }

  private handleRowClick(item: TreeItem): void {
    this.activate(item);
    this.renderRoot.querySelector<HTMLElement>('[role="tree"]')?.focus({ preventScroll: true });
  }

  private handleTwistyClick(event: Event, item: TreeItem): void {
    event.stopPropagation();
    this.activate(item);
    emit(this, 'lo-node-expand', { id: item.id, expand: !item.expanded });
  }

  private handleKeydown(event: KeyboardEvent): void {
    const visible = visibleItems(this.items);
    if (!visible.length) return;
    const index = this.activeKey === null ? -1 : (this.indexOf.get(this.activeKey) ?? -1);
    const item = visible[index];
    let next: TreeItem | undefined;
    switch (event.key) {
      case 'ArrowDown': next = visible[Math.min(visible.length - 1, index + 1)]; break;
      case 'ArrowUp': next = visible[Math.max(0, index - 1)]; break;
      case 'Home': next = visible[0]; break;
      case 'End': next = visible[visible.length - 1]; break;
      case 'ArrowRight':
        if (item && !item.expanded) emit(this, 'lo-node-expand', { id: item.id, expand: true });
        else next = item?.children?.[0];
        break;
      case 'ArrowLeft': {
        if (item?.expanded) emit(this, 'lo-node-expand', { id: item.id, expand: false });
        else if (item) next = visible.find((i) => i.key === parentKey(item.key, this.items));
        break;
      }
      case 'Enter':
        if (item) emit(this, 'lo-node-expand', { id: item.id, expand: !item.expanded });
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) this.activate(next);
  }

  private activate(item: TreeItem): void {
    this.activeKey = item.key;
    emit(this, 'lo-node-select', { id: item.id, source: 'list' });
    void this.updateComplete.then(() => {
      const index = this.indexOf.get(item.key);
      this.renderRoot.querySelector(`#item-${index}`)?.scrollIntoView({ block: 'nearest' });
    });
  }
}
