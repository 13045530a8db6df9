// The self-test report dialog's Copy and Close: fixed code, the report is only data in the page.
import {closeHost} from '../lib/google';

const box = document.getElementById('report-text') as HTMLTextAreaElement;
const status = document.getElementById('report-status') as HTMLElement;

function say(ok: boolean): void {
  status.textContent = ok
    ? 'Copied.'
    : 'The text is selected: press Ctrl+C (⌘+C) to copy it.';
}

/** Where the frame may not use the clipboard API: the selected text box and execCommand, else the text stays selected. */
function fallback(): void {
  (document.getElementById('report-details') as HTMLDetailsElement).open = true;
  box.focus();
  box.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    // Refused: the text stays selected and the status says to press Ctrl+C.
  }
  say(ok);
}

(document.getElementById('report-copy') as HTMLElement).onclick = () => {
  const clipboard = navigator.clipboard;
  if (clipboard && clipboard.writeText) {
    clipboard.writeText(box.value).then(() => say(true), fallback);
  } else {
    fallback();
  }
};

(document.getElementById('report-close') as HTMLElement).onclick = closeHost;
