/** The app's custom events and what they carry. Components fire them with `emit`, bubbling and composed. */
export interface LoEvents {
  /** An item was selected in the map or the list (`id` null clears the selection). */
  'lo-node-select': { id: string | null; source: 'map' | 'list' };
  /** Show (or hide) an item's connections. */
  'lo-node-expand': { id: string; expand: boolean };
  /** The map has drawn its elements and can take input. */
  'lo-map-ready': { nodes: number; ms: number };
  'lo-filter-change': { key: string; value: string; on: boolean };
  'lo-filter-clear': { key: string; value: string | null };
  'lo-concept-remove': { id: string };
  'lo-concept-add': { id: string; name: string; kind: string };
  'lo-concept-replace': { from: string; to: { id: string; name: string; kind: string } };
  'lo-signed-in': { name: string; role: string };
  /** A concept was chosen in the concept finder (null: the person cancelled). */
  'lo-concept-pick': { concept: { id: string; name: string; kind: string } | null };
  /** The point of view chosen for framework questions. */
  'lo-view-change': { view: 'parent' | 'young-person' };
  /** A gap matrix cell was opened (key: "row|col"). */
  'lo-cell-open': { key: string };
}

export type LoEventName = keyof LoEvents;

declare global {
  interface HTMLElementEventMap {
    'lo-node-select': CustomEvent<LoEvents['lo-node-select']>;
    'lo-node-expand': CustomEvent<LoEvents['lo-node-expand']>;
    'lo-map-ready': CustomEvent<LoEvents['lo-map-ready']>;
    'lo-filter-change': CustomEvent<LoEvents['lo-filter-change']>;
    'lo-filter-clear': CustomEvent<LoEvents['lo-filter-clear']>;
    'lo-concept-remove': CustomEvent<LoEvents['lo-concept-remove']>;
    'lo-concept-add': CustomEvent<LoEvents['lo-concept-add']>;
    'lo-concept-replace': CustomEvent<LoEvents['lo-concept-replace']>;
    'lo-signed-in': CustomEvent<LoEvents['lo-signed-in']>;
    'lo-concept-pick': CustomEvent<LoEvents['lo-concept-pick']>;
    'lo-view-change': CustomEvent<LoEvents['lo-view-change']>;
    'lo-cell-open': CustomEvent<LoEvents['lo-cell-open']>;
  }
}

/** Fires a typed app event from `target`. */
export function emit<K extends LoEventName>(target: EventTarget, name: K, detail: LoEvents[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
