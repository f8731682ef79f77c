import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import type { FrameworkAnswer } from '../../api/types.ts';
import type { FrameworkView } from '../../routing/route.ts';
import { emit } from '../../events.ts';
import { frameworkAnswersStyles } from './framework-answers.styles.ts';
import { hasViews, wordingFor } from './question-wording.ts';

/**
 * A setting's answers to the framework questions, with the questions read from a parent's or a young
 * person's point of view (SE7's two sets). The answers are the setting's own words, shown as text.
 *
 * @fires lo-view-change
 */
export class LoFrameworkAnswers extends LitElement {
  static override styles = [sharedStyles, frameworkAnswersStyles];

  @property({ attribute: false }) answers: FrameworkAnswer[] = [];
  @property() view: FrameworkView = 'parent';
  @state() private questions: string[] = [];

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('answers') || changed.has('view')) {
      this.questions = this.answers.map((a) => a.questionLabel ?? a.question);
      const view = this.view;
      void wordingFor(this.answers, view).then((words) => { if (view === this.view) this.questions = words; });
    }
  }

  override render() {
    return html`
      ${hasViews(this.answers) ? html`<fieldset>
        <legend>Show the questions as asked by</legend>
        ${([['parent', 'A parent or carer'], ['young-person', 'A young person']] as const).map(([value, label]) => html`<div class="choice">
          <input type="radio" id="view-${value}" name="view" .checked=${this.view === value} @change=${() => this.handleView(value)}>
          <label for="view-${value}">${label}</label></div>`)}
      </fieldset>` : nothing}
      ${this.answers.map((a, i) => html`<h3>${this.questions[i] ?? a.question}</h3><p class="answer">${a.answer}</p>`)}
    `;
  }

  private handleView(view: FrameworkView): void {
    emit(this, 'lo-view-change', { view });
  }
}
