// The sidebar's Library tab (undo last haul, export BibTeX, version updates) and Find's "Copy BibTeX" on a hit.
import {html, nothing} from 'lit-html';
import type {TemplateResult} from 'lit-html';
import type {UndoState, VersionCheck, VersionUpdate} from '../../server/main';
import {server} from '../lib/google';
import {describeError} from '../lib/server';
import {dateTime} from '../lib/format';
import {undoLines, updateLine} from '../lib/library-format';
import {
  COPIED,
  COPY_BY_HAND,
  bibFileName,
  bibtexBlock,
  copyFrom,
} from '../lib/bibtex-block';

interface LibraryState {
  loading: boolean;
  error: string;
  sections: string[];
  undo: UndoState | null;
  undoing: boolean;
  undoLines: string[];
  undoError: string;
  exportSection: string;
  exporting: boolean;
  bibtex: string;
  bibtexLabel: string;
  /** The .bib file the export downloads as. */
  bibtexFile: string;
  exportError: string;
  versions: VersionCheck | null;
  checking: boolean;
  applying: boolean;
  versionsError: string;
  versionsNotice: string;
  /** Find's hit whose BibTeX is open, its text, and what went wrong. */
  hitId: string;
  hitBibtex: string;
  hitLoading: boolean;
  hitError: string;
  /** Which block the last Copy was for, and what it did. */
  copied: {name: string; status: string};
}

/** The Library tab and the hit action, redrawing the sidebar through `redraw`. */
export function createLibrary(redraw: () => void) {
  const s: LibraryState = {
    loading: false,
    error: '',
    sections: [],
    undo: null,
    undoing: false,
    undoLines: [],
    undoError: '',
    exportSection: '',
    exporting: false,
    bibtex: '',
    bibtexLabel: '',
    bibtexFile: '',
    exportError: '',
    versions: null,
    checking: false,
    applying: false,
    versionsError: '',
    versionsNotice: '',
    hitId: '',
    hitBibtex: '',
    hitLoading: false,
    hitError: '',
    copied: {name: '', status: ''},
  };

  function set(patch: Partial<LibraryState>): void {
    Object.assign(s, patch);
    redraw();
  }

  /** Reads the sections, the undo on offer and the last check: on opening the tab. */
  function load(): void {
    set({loading: true, error: '', undoLines: [], undoError: ''});
    server.call('getLibrary').then(
      library => set({loading: false, ...library}),
      error => set({loading: false, error: describeError(error)}),
    );
  }

  function copy(name: string, area: HTMLTextAreaElement): void {
    void copyFrom(area).then(ok =>
      set({copied: {name, status: ok ? COPIED : COPY_BY_HAND}}),
    );
  }

  function copyStatus(name: string): string {
    return s.copied.name === name ? s.copied.status : '';
  }

  function undo(): void {
    set({undoing: true, undoError: '', undoLines: []});
    server.call('undoLastHaul').then(
      result => set({undoing: false, undo: null, undoLines: undoLines(result)}),
      error => set({undoing: false, undoError: describeError(error)}),
    );
  }

  function exportBibtex(): void {
    const section = s.exportSection;
    set({exporting: true, exportError: '', bibtex: ''});
    server.call('exportBibtex', section).then(
      bibtex =>
        set({
          exporting: false,
          bibtex,
          bibtexLabel: section
            ? `BibTeX of “${section}”`
            : 'BibTeX of the whole document',
          bibtexFile: bibFileName(section || 'papers'),
          copied: {name: '', status: ''},
        }),
      error => set({exporting: false, exportError: describeError(error)}),
    );
  }

  function checkVersions(): void {
    set({checking: true, versionsError: '', versionsNotice: ''});
    server.call('checkVersions').then(
      result =>
        set({
          checking: false,
          versions: {at: new Date().toISOString(), ...result},
          versionsNotice:
            result.notChecked ??
            (result.updates.length ? '' : 'Every paper is as arXiv has it.'),
        }),
      error => set({checking: false, versionsError: describeError(error)}),
    );
  }

  function apply(ids: string[]): void {
    set({applying: true, versionsError: '', versionsNotice: ''});
    server.call('applyVersionUpdates', ids).then(
      result =>
        set({
          applying: false,
          versions: s.versions && {...s.versions, updates: result.updates},
          versionsNotice: `Added an update line to ${result.applied.length} ${result.applied.length === 1 ? 'entry' : 'entries'}.`,
        }),
      error => set({applying: false, versionsError: describeError(error)}),
    );
  }

  function error(message: string) {
    return message
      ? html`<div class="error" role="alert">${message}</div>`
      : nothing;
  }

  function undoSection(): TemplateResult {
    const u = s.undo;
    return html`<h2 class="panel-title">Undo last haul</h2>
      ${
        u
          ? html`<p class="notice">
                ${u.count} ${u.count === 1 ? 'paper' : 'papers'} inserted
                ${dateTime(u.at)}:
                ${u.titles.join('; ')}${u.count > u.titles.length ? '; …' : ''}
              </p>
              <button
                type="button"
                class="button undo-last-haul"
                ?disabled=${s.undoing}
                @click=${undo}
              >
                ${s.undoing ? 'Undoing…' : 'Undo last haul'}
              </button>`
          : s.undoLines.length
            ? nothing
            : html`<p class="notice">Nothing to undo.</p>`
      }
      ${
        s.undoLines.length
          ? html`<ul class="undo-result" role="status">
              ${s.undoLines.map(line => html`<li>${line}</li>`)}
            </ul>`
          : nothing
      }
      ${error(s.undoError)}`;
  }

  function exportSectionTemplate(): TemplateResult {
    return html`<h2 class="panel-title">Export BibTeX</h2>
      <label class="label" for="bibtex-section">Papers of</label>
      <select
        id="bibtex-section"
        @change=${(e: Event) =>
          (s.exportSection = (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${s.exportSection === ''}>
          The whole document
        </option>
        ${s.sections.map(
          name =>
            html`<option .value=${name} ?selected=${name === s.exportSection}>
              ${name}
            </option>`,
        )}
      </select>
      <div class="row">
        <button
          type="button"
          class="button export-bibtex"
          ?disabled=${s.exporting}
          @click=${exportBibtex}
        >
          ${s.exporting ? 'Exporting…' : 'Export BibTeX'}
        </button>
      </div>
      ${error(s.exportError)}
      ${
        s.bibtex
          ? bibtexBlock(
              'export',
              s.bibtexLabel,
              s.bibtex,
              copyStatus('export'),
              area => copy('export', area),
              s.bibtexFile,
            )
          : nothing
      }`;
  }

  function updateItem(update: VersionUpdate): TemplateResult {
    return html`<li class="update" data-id=${update.id}>
      <a
        href="https://arxiv.org/abs/${update.id}"
        target="_blank"
        rel="noopener noreferrer"
        >arXiv:${update.id}</a
      >
      <span class="update-line">${updateLine(update)}</span>
      <button
        type="button"
        class="link-button apply-update"
        ?disabled=${s.applying}
        @click=${() => apply([update.id])}
      >
        Apply
      </button>
    </li>`;
  }

  function versionsSection(): TemplateResult {
    const v = s.versions;
    const updates = v?.updates ?? [];
    return html`<h2 class="panel-title">New versions</h2>
      <p class="notice">
        Asks arXiv which papers have a newer version, a journal reference or a
        DOI since they were filed. Applying adds an “Update:” line under the
        entry; your text stays as it is.
      </p>
      <div class="row">
        <button
          type="button"
          class="button check-versions"
          ?disabled=${s.checking || s.applying}
          @click=${checkVersions}
        >
          ${s.checking ? 'Asking arXiv…' : 'Check for updates'}
        </button>
        ${
          updates.length > 1
            ? html`<button
                type="button"
                class="button primary apply-all-updates"
                ?disabled=${s.applying}
                @click=${() => apply(updates.map(u => u.id))}
              >
                Apply all
              </button>`
            : nothing
        }
      </div>
      ${v ? html`<p class="notice">Last check: ${dateTime(v.at)}</p>` : nothing}
      ${error(s.versionsError)}
      ${
        s.versionsNotice
          ? html`<p class="notice" role="status">${s.versionsNotice}</p>`
          : nothing
      }
      <ul class="updates">
        ${updates.map(updateItem)}
      </ul>
      ${
        v?.more
          ? html`<p class="notice">
              ${v.more} more: apply these, then check again.
            </p>`
          : nothing
      }`;
  }

  /** The Library tab's panel. */
  function panel(): TemplateResult {
    if (s.error) return error(s.error) as TemplateResult;
    if (s.loading && !s.sections.length) {
      return html`<p class="notice" role="status">Loading…</p>`;
    }
    return html`${undoSection()} ${exportSectionTemplate()} ${versionsSection()}`;
  }

  function hitBibtex(id: string): void {
    set({hitId: id, hitBibtex: '', hitError: '', hitLoading: true});
    server.call('getBibtex', [id]).then(
      bibtex => {
        if (s.hitId === id) set({hitBibtex: bibtex, hitLoading: false});
      },
      err => {
        if (s.hitId === id)
          set({hitError: describeError(err), hitLoading: false});
      },
    );
  }

  /** Find's "Copy BibTeX" under a hit, and the record once it came. */
  function hitActions(id: string): TemplateResult {
    const open = s.hitId === id;
    return html`<button
        type="button"
        class="link-button hit-bibtex"
        ?disabled=${open && s.hitLoading}
        @click=${() => hitBibtex(id)}
      >
        ${open && s.hitLoading ? 'Getting BibTeX…' : 'Copy BibTeX'}
      </button>
      ${open ? error(s.hitError) : nothing}
      ${
        open && s.hitBibtex
          ? bibtexBlock(
              'hit',
              `BibTeX of arXiv:${id}`,
              s.hitBibtex,
              copyStatus('hit'),
              area => copy('hit', area),
            )
          : nothing
      }`;
  }

  return {load, panel, hitActions};
}
