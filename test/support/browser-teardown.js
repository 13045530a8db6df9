// Jest globalTeardown: closes the Chromium broker and its browser (test/support/browser-server.js).
'use strict';
module.exports = require('./browser-server.js').globalTeardown;
