// The settings tab's Semantic Scholar API key field: its own load and save, never showing the whole key.
import {html} from 'lit-html';
import type {TemplateResult} from 'lit-html';
import {server} from './google';
import {describeError} from './server';

const state = {shown: '', typed: '', notice: '', saving: false};

/** Loads what is saved (masked) and redraws with `draw`. */
export function loadScholarlyKey(draw: () => void): void {
  server.call('getScholarlyKey').then(
    shown => {
      state.shown = shown;
      draw();
    },
    error => {
      state.notice = describeError(error);
      draw();
    },
  );
}

async function save(draw: () => void, key: string): Promise<void> {
  state.saving = true;
  draw();
  try {
    state.shown = await server.call('saveScholarlyKey', key);
    state.typed = '';
    state.notice = state.shown ? 'Key saved.' : 'Key removed.';
  } catch (error) {
    state.notice = describeError(error);
  }
  state.saving = false;
  draw();
}

/** The key field: the saved key as `••••abcd`, a password field for a new one, Save and Remove. */
export function scholarlyKeyTemplate(draw: () => void): TemplateResult {
  return html`<div class="field scholarly-key">
    <h2 class="panel-title">Semantic Scholar</h2>
    <label class="label" for="s2-key">Your API key (optional)</label>
    <p class="hint">
      Used when arXiv does not answer and for DOIs and Anthology links; kept for
      you only. ${state.shown ? `Saved: ${state.shown}` : 'None saved.'}
    </p>
    <input
      id="s2-key"
      type="password"
      autocomplete="off"
      .value=${state.typed}
      @input=${(e: Event) => {
        state.typed = (e.target as HTMLInputElement).value;
      }}
    />
    <div class="row">
      <button
        type="button"
        class="button save-s2-key"
        ?disabled=${state.saving}
        @click=${() => save(draw, state.typed)}
      >
        Save key
      </button>
      <button
        type="button"
        class="link-button remove-s2-key"
        ?disabled=${state.saving || !state.shown}
        @click=${() => save(draw, '')}
      >
        Remove
      </button>
      <span class="notice" role="status">${state.notice}</span>
    </div>
  </div>`;
}
