// Jest globalSetup: starts the Chromium broker (test/support/browser-server.js).
'use strict';
module.exports = require('./browser-server.js').globalSetup;
