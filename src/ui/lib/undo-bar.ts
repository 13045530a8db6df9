// "Undo" after an insert, for the dialog and the sidebar's quick add: offers undoLastHaul and says what it did.
import {html, nothing} from 'lit-html';
import type {TemplateResult} from 'lit-html';
import type {Haul, HaulState} from './haul';
import type {ServerClient} from './server';
import {describeError} from './server';
import {undoLines} from './library-format';

type Phase = 'hidden' | 'offered' | 'undoing' | 'done';

/** Watches a haul's state and offers Undo once an insert wrote entries. */
export class UndoBar {
  private phase: Phase = 'hidden';
  private lines: string[] = [];
  private error = '';
  private wasInserting = false;

  /**
   * @param onUndone told which papers' entries the undo removed (the page
   *   puts their cards back, ready to insert again)
   */
  constructor(
    private readonly client: ServerClient,
    private readonly onChange: () => void,
    private readonly onUndone: (removed: string[]) => void = () => undefined,
  ) {}

  /** Call with every new haul state: an insert that ends with entries written offers Undo again. */
  observe(state: HaulState): void {
    const inserting = state.busy === 'inserting';
    if (this.wasInserting && !inserting) {
      const written = state.cards.some(c => c.result?.status === 'inserted');
      if (written) {
        this.phase = 'offered';
        this.lines = [];
        this.error = '';
      }
    }
    this.wasInserting = inserting;
  }

  private async undo(): Promise<void> {
    this.phase = 'undoing';
    this.error = '';
    this.onChange();
    try {
      const result = await this.client.call('undoLastHaul');
      this.lines = undoLines(result);
      this.phase = 'done';
      this.onUndone(result.removed);
    } catch (error) {
      this.error = describeError(error);
      this.phase = 'offered';
    }
    this.onChange();
  }

  template(): TemplateResult | typeof nothing {
    if (this.phase === 'hidden') return nothing;
    return html`<div class="undo-bar" role="status">
      ${
        this.phase === 'done'
          ? html`<ul class="undo-result">
              ${this.lines.map(line => html`<li>${line}</li>`)}
            </ul>`
          : html`<button
              type="button"
              class="button undo-haul"
              ?disabled=${this.phase === 'undoing'}
              @click=${() => void this.undo()}
            >
              ${this.phase === 'undoing' ? 'Undoing…' : 'Undo this haul'}
            </button>`
      }
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
    </div>`;
  }
}

/** Puts the cards of undone papers back to "ready", so the same haul can be inserted again (to another section, say). */
export function reopenCards(haul: Haul, removed: string[]): void {
  for (const card of haul.current.cards) {
    if (card.phase === 'inserted' && removed.includes(card.item.id ?? '')) {
      haul.update(card.key, {phase: 'preview', result: undefined});
    }
  }
}
