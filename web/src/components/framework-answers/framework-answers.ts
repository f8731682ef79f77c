import { LoFrameworkAnswers } from './framework-answers.component.ts';

export { LoFrameworkAnswers };

if (!customElements.get('lo-framework-answers')) customElements.define('lo-framework-answers', LoFrameworkAnswers);

declare global {
  interface HTMLElementTagNameMap {
    'lo-framework-answers': LoFrameworkAnswers;
  }
}
