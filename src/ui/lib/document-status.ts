// The sidebar's line about the document: a warning when it nears Google Docs' size limit, and a note when reads fell back to DocumentApp.
import {html, nothing, type TemplateResult} from 'lit-html';
import type {DocumentStatus} from '../../server/main';

/** Nothing while the document is well under the limit and read in one call. */
export function documentStatusLine(
  status: DocumentStatus | undefined,
): TemplateResult | typeof nothing {
  if (!status) return nothing;
  const slow =
    status.readVia === 'document-app' && status.readFallbackReason
      ? html`<div class="notice read-path">
          Reading this document the slow way: ${status.readFallbackReason}.
        </div>`
      : nothing;
  if (!status.warning && slow === nothing) return nothing;
  return html`<div class="document-status">
    ${
      status.warning
        ? html`<div class="error size-warning" role="alert">
            ${status.warning}
          </div>`
        : nothing
    }
    ${slow}
  </div>`;
}
