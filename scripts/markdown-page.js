// A small Markdown-to-HTML renderer for the user guide page (docs/USER-GUIDE.md): headings, paragraphs, lists, emphasis, code, links.
'use strict';

/** Escapes text for HTML. */
function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Inline Markdown: `code`, **bold**, *italic*, [text](https://...) links (opened in a new tab). */
function inline(text) {
  const parts = text.split(/(`[^`]*`)/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\*([^*]+)\*/g, '<em>$1</em>')
        .replace(
          /\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g,
          '<a href="$2" target="_blank" rel="noopener">$1</a>',
        );
    })
    .join('');
}

/**
 * Renders the subset of Markdown the guide uses. Images are left out: the
 * add-on's page is one self-contained file, and the screenshots would make
 * it megabytes; they are in the Markdown on the project's pages.
 * @param {string} markdown
 * @returns {string} HTML
 */
function renderMarkdown(markdown) {
  const out = [];
  let list = null;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  let item = null;
  const closeItem = () => {
    if (item !== null) out.push(`<li>${inline(item)}</li>`);
    item = null;
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    const bullet = /^(?:- |\d+\. )(.*)$/.exec(line);
    if (/^!\[.*\]\(.*\)$/.test(line.trim())) continue;
    if (heading) {
      flush();
      closeItem();
      closeList();
      const level = heading[1].length;
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (bullet) {
      flush();
      closeItem();
      const kind = /^\d/.test(line) ? 'ol' : 'ul';
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      item = bullet[1];
    } else if (line.trim() === '') {
      flush();
      closeItem();
      closeList();
    } else if (item !== null && /^\s/.test(line)) {
      item += ' ' + line.trim();
    } else {
      closeItem();
      closeList();
      paragraph.push(line.trim());
    }
  }
  flush();
  closeItem();
  closeList();
  return out.join('\n');
}

module.exports = {renderMarkdown, escapeHtml};
