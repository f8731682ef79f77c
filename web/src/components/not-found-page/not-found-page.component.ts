import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { setTitle } from '../app/pages.ts';

/** GOV.UK's "Page not found" pattern. */
export class LoNotFoundPage extends LitElement {
  static override styles = [sharedStyles];

  @property() path = '';

  override connectedCallback(): void {
    super.connectedCallback();
    setTitle('Page not found');
  }

  override render() {
    return html`<h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p><a href="/">Go to the start page</a> to find support.</p>`;
  }
}
