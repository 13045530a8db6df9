// Debian's Chromium as the browser tests and the screenshots launch it: its path and the flags (no sandbox, no background traffic).

/** Debian's Chromium; never a downloaded browser. */
const CHROMIUM_PATH = '/usr/bin/chromium';

/** No sandbox (containers), no GPU, no background networking or updates. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

module.exports = {CHROMIUM_PATH, CHROMIUM_ARGS};
