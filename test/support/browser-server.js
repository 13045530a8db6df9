// Jest globalSetup/globalTeardown: one Chromium for every browser test file of a run, launched on first request so runs without browser tests pay nothing.
'use strict';

const http = require('node:http');

/** The variable through which test/e2e/support.ts finds the broker (the workers inherit it). */
const BROKER_ENV = 'PAPER_HAUL_CHROMIUM_BROKER';

/** The broker and, once a test file has asked, the browser server; globalTeardown reads it. */
const KEY = Symbol.for('paper-haul.chromium-broker');

/**
 * Starts a small HTTP broker on a free local port: its first request
 * launches Debian's Chromium as a Playwright browser server, and every
 * request answers that server's wsEndpoint. Launching lazily keeps
 * `npx jest test/core` free of Chromium, which global setup cannot know
 * ahead of time (it sees patterns, not the files they pick).
 */
async function globalSetup() {
  let launching = null;
  const launch = () => {
    if (!launching) {
      const {chromium} = require('playwright-core');
      const {CHROMIUM_PATH, CHROMIUM_ARGS} = require('../../dev/chromium.js');
      launching = chromium.launchServer({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
      });
      // A failed launch is retried by the next file rather than remembered.
      launching.catch(() => {
        launching = null;
      });
    }
    return launching;
  };
  const server = http.createServer((req, res) => {
    launch().then(
      browserServer => {
        res.writeHead(200, {'content-type': 'text/plain'});
        res.end(browserServer.wsEndpoint());
      },
      err => {
        res.writeHead(500, {'content-type': 'text/plain'});
        res.end(String((err && err.message) || err));
      },
    );
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  // Idle sockets must not hold the run open at the end.
  server.unref();
  process.env[BROKER_ENV] = `http://127.0.0.1:${server.address().port}/`;
  globalThis[KEY] = {server, launched: () => launching};
}

/** Closes the broker and the browser server, if a test file launched it. */
async function globalTeardown() {
  const broker = globalThis[KEY];
  if (!broker) return;
  delete globalThis[KEY];
  delete process.env[BROKER_ENV];
  broker.server.closeAllConnections();
  await new Promise(resolve => broker.server.close(() => resolve()));
  const launching = broker.launched();
  if (launching) await (await launching.catch(() => null))?.close();
}

module.exports = {globalSetup, globalTeardown, BROKER_ENV};
