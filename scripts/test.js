// `npm test`: the build then jest, with lint and the type checks running beside them (one core each); times each phase.
'use strict';

const {spawn} = require('node:child_process');

/**
 * Runs an npm script; `quiet` buffers its output and prints it in one piece
 * when it ends, so phases running side by side do not interleave lines.
 */
function run(script, quiet, args = []) {
  const started = Date.now();
  return new Promise(resolve => {
    const child = spawn('npm', ['run', '--silent', script, ...args], {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const chunks = [];
    if (quiet) {
      child.stdout.on('data', c => chunks.push(c));
      child.stderr.on('data', c => chunks.push(c));
    }
    child.on('close', code => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (chunks.length) process.stdout.write(Buffer.concat(chunks));
      process.stdout.write(
        `${script}: ${code ? 'FAILED' : 'ok'} (${seconds} s)\n`,
      );
      resolve(code === 0);
    });
  });
}

async function main() {
  // `npm test -- <jest arguments>` still reaches jest.
  const args = process.argv.slice(2);
  const jestArgs = args.length ? ['--', ...args] : [];
  const started = Date.now();
  // Jest needs only the build: the static checks run beside it, so the two
  // cores stay busy (lint alone is one core for most of a minute).
  const results = await Promise.all([
    run('lint', true),
    run('typecheck', true),
    run('build', true).then(
      built => built && run('test:unit', false, jestArgs),
    ),
  ]);
  const ok = results.every(Boolean);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`npm test: ${ok ? 'ok' : 'FAILED'} (${seconds} s)\n`);
  process.exitCode = ok ? 0 : 1;
}

void main();
