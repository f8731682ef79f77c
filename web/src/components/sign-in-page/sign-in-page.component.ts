import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { signIn } from '../../state/session.ts';
import { navigate } from '../../routing/navigate.ts';
import { setTitle } from '../app/pages.ts';

/** Sign in for reviewers, providers and admins (POST /api/auth/login sets an http-only cookie). */
export class LoSignInPage extends LitElement {
  static override styles = [sharedStyles];

  /** Where to go after signing in (a same-site path). */
  @property({ attribute: false }) next: string | null = null;
  @state() private error = '';
  @state() private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    setTitle('Sign in');
  }

  override render() {
    return html`
      <h1>Sign in</h1>
      <p>For local authority reviewers and providers. Families and young people do not need to sign in.</p>
      ${this.error ? html`<div class="error-summary" role="alert" tabindex="-1"><h2>There is a problem</h2><p>${this.error}</p></div>` : nothing}
      <form @submit=${this.handleSubmit} novalidate>
        <div class="stack">
          <div><label for="email">Email address</label>
            <input id="email" name="email" type="email" autocomplete="username" spellcheck="false" required></div>
          <div><label for="password">Password</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required></div>
          <div><button type="submit" ?disabled=${this.busy}>Sign in</button></div>
        </div>
      </form>
    `;
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) {
      this.error = 'Enter your email address and password.';
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      await signIn(email, password);
      navigate(this.next ?? '/review');
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'You could not be signed in.';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    } finally {
      this.busy = false;
    }
  }
}
