import { LoNodeConnections } from './node-connections.component.ts';

export { LoNodeConnections };

if (!customElements.get('lo-node-connections')) customElements.define('lo-node-connections', LoNodeConnections);

declare global {
  interface HTMLElementTagNameMap {
    'lo-node-connections': LoNodeConnections;
  }
}
