// The sidebar's document status: how full the document is against Google Docs' limit, and how its body was read.
import {documentCharacters, documentSize} from '../../core/doc-size';
import type {DocumentStatus} from '../../core/doc-size';
import type {DocumentPort} from '../shared/ports';

/**
 * Reads the body once and reports its size (a warning past 90% of the
 * limit) and whether the read went through the Docs API, with the reason
 * when it fell back to DocumentApp.
 */
export function documentStatus(document: DocumentPort): DocumentStatus {
  const size = documentSize(documentCharacters(document.read()));
  const source = document.readSource?.();
  return {
    ...size,
    readVia: source?.via ?? 'document-app',
    ...(source?.fallbackReason
      ? {readFallbackReason: source.fallbackReason}
      : {}),
  };
}
