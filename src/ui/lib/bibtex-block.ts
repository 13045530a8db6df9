// A copyable block of BibTeX: a read-only text area with a Copy button that falls back to selecting the text.
import {html, nothing} from 'lit-html';
import type {TemplateResult} from 'lit-html';

/**
 * Copies the area's text: the Clipboard API first (Apps Script's sandboxed
 * frame may refuse it), then the older copy command on the selected text.
 * @returns false when neither worked; the text is then left selected
 */
export async function copyFrom(area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    area.focus();
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** "Deep learning.bib": a file name from a section's name (characters file systems refuse are dropped). */
export function bibFileName(section: string): string {
  const base = section
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'papers'}.bib`;
}

/**
 * The block: a label, the records, Copy, and a download of the records as a
 * .bib file (`fileName`).
 * @param status what the last copy did ('' before any)
 * @param onCopy called with the area when Copy is clicked
 */
export function bibtexBlock(
  name: string,
  label: string,
  text: string,
  status: string,
  onCopy: (area: HTMLTextAreaElement) => void,
  fileName = 'papers.bib',
): TemplateResult {
  return html`<div class="bibtex-block" data-for=${name}>
    <label class="label" for="bibtex-${name}">${label}</label>
    <textarea
      id="bibtex-${name}"
      class="bibtex"
      rows="8"
      readonly
      spellcheck="false"
      .value=${text}
    ></textarea>
    <div class="row">
      <button
        type="button"
        class="button copy-bibtex"
        @click=${(e: Event) => {
          const area = (e.target as HTMLElement)
            .closest('.bibtex-block')!
            .querySelector('textarea')!;
          onCopy(area);
        }}
      >
        Copy
      </button>
      <a
        class="button download-bibtex"
        download=${fileName}
        href=${`data:application/x-bibtex;charset=utf-8,${encodeURIComponent(text)}`}
        >Download ${fileName}</a
      >
      ${status ? html`<span class="notice" role="status">${status}</span>` : nothing}
    </div>
  </div>`;
}

export const COPIED = 'Copied to the clipboard.';
export const COPY_BY_HAND = 'Selected: press Ctrl+C (⌘+C) to copy.';
