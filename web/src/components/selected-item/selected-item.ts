import { LoSelectedItem } from './selected-item.component.ts';

export { LoSelectedItem };
export type { SelectedItem } from './selected-item.component.ts';

if (!customElements.get('lo-selected-item')) customElements.define('lo-selected-item', LoSelectedItem);

declare global {
  interface HTMLElementTagNameMap {
    'lo-selected-item': LoSelectedItem;
  }
}
