import { LoMindMap } from './mind-map.component.ts';

export { LoMindMap };
export * from './to-elements.ts';

if (!customElements.get('lo-mind-map')) customElements.define('lo-mind-map', LoMindMap);

declare global {
  interface HTMLElementTagNameMap {
    'lo-mind-map': LoMindMap;
  }
}
