import { LoResultTree } from './result-tree.component.ts';

export { LoResultTree };
export * from './to-tree-items.ts';

if (!customElements.get('lo-result-tree')) customElements.define('lo-result-tree', LoResultTree);

declare global {
  interface HTMLElementTagNameMap {
    'lo-result-tree': LoResultTree;
  }
}
