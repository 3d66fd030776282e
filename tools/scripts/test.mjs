#!/usr/bin/env node
// `npm test`: decides where integration tests keep data and says so; runs the static checks (typecheck,
// eslint, prettier --check: the package.json scripts typecheck, lint, format:check), the web console's Vitest
// component tests, then jest over every project (the console's browser tests included), even when a check failed; ends with a line naming each step's result and exits non-zero when
// any failed ("Failed steps: …" lists them, and .ci/run counts them as failures).
//   HOUQIN_TEST_MYSQL_URL=mysql://root@127.0.0.1:3306 npm test   → that server, or fail if it does not answer (CI)
//   npm test                                                       → a local server at 127.0.0.1:3306 if one answers,
//                                                                    else the embedded database (sql.js)
//   npm test -- --selectProjects directory                         → jest options after `--`: only jest runs
// NATS (the events tests) is decided the same way: HOUQIN_TEST_NATS_URL=nats://127.0.0.1:4222 names a server that
// must answer with JetStream (CI); without it a local one at 127.0.0.1:4222 is used if it answers, else those tests skip.
// Redis (the shared login throttle across replicas) likewise: HOUQIN_TEST_REDIS_URL=redis://127.0.0.1:6379 must answer;
// without it a local one at 127.0.0.1:6379 is used if it answers, else those tests skip.
// Chromium (the console's browser tests): HOUQIN_TEST_CHROMIUM=/usr/bin/chromium must exist; without it that path is
// used when installed, else those tests skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { connect } from 'node:net';

const require = createRequire(import.meta.url);
const mysql = require('mysql2/promise');
const LOCAL = 'mysql://root@127.0.0.1:3306';

async function answers(url) {
  const u = new URL(url);
  try {
    const c = await mysql.createConnection({
      host: u.hostname,
      port: Number(u.port || 3306),
      user: decodeURIComponent(u.username || 'root'),
      password: decodeURIComponent(u.password),
      connectTimeout: 2000,
    });
    const [[row]] = await c.query('SELECT VERSION() AS v');
    await c.end();
    return row.v;
  } catch (error) {
    return { error: error.message };
  }
}

const explicit = process.env.HOUQIN_TEST_MYSQL_URL;
if (explicit) {
  const version = await answers(explicit);
  if (typeof version !== 'string') {
    console.error(`HOUQIN_TEST_MYSQL_URL=${explicit} does not answer (${version.error}); not falling back to the embedded database.`);
    process.exit(1);
  }
  console.log(`houqin tests: integration tests run on ${explicit} (server ${version}).`);
} else {
  const version = await answers(LOCAL);
  if (typeof version === 'string') {
    process.env.HOUQIN_TEST_MYSQL_URL = LOCAL;
    console.log(`houqin tests: integration tests run on the local server ${LOCAL} (server ${version}).`);
  } else {
    console.log(`houqin tests: no MySQL-compatible server answers at ${LOCAL}; integration tests run on the embedded database (sql.js).`);
    console.log('             Set HOUQIN_TEST_MYSQL_URL=mysql://user:password@host:3306 to test against a server.');
  }
}

const LOCAL_NATS = 'nats://127.0.0.1:4222';

/** The server's version if a NATS server with JetStream answers at `url`: it greets every client with an INFO line. */
function natsAnswers(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: u.hostname, port: Number(u.port || 4222) });
    let greeting = '';
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(2000, () => done({ error: 'no answer within 2 s' }));
    socket.on('error', (error) => done({ error: error.message }));
    socket.on('data', (chunk) => {
      greeting += chunk;
      if (!greeting.includes('\r\n')) return;
      const info = /^INFO\s+(\{.*\})\s*\r\n/.exec(greeting);
      if (!info) return done({ error: 'not a NATS server' });
      try {
        const { version, jetstream } = JSON.parse(info[1]);
        done(jetstream ? version : { error: `NATS ${version} runs without JetStream (start it with -js)` });
      } catch {
        done({ error: 'not a NATS server' });
      }
    });
  });
}

const explicitNats = process.env.HOUQIN_TEST_NATS_URL;
if (explicitNats) {
  const version = await natsAnswers(explicitNats);
  if (typeof version !== 'string') {
    console.error(`HOUQIN_TEST_NATS_URL=${explicitNats} does not answer (${version.error}); not skipping the NATS tests.`);
    process.exit(1);
  }
  console.log(`houqin tests: event tests run on NATS ${explicitNats} (server ${version}, JetStream).`);
} else {
  const version = await natsAnswers(LOCAL_NATS);
  if (typeof version === 'string') {
    process.env.HOUQIN_TEST_NATS_URL = LOCAL_NATS;
    console.log(`houqin tests: event tests run on the local NATS ${LOCAL_NATS} (server ${version}, JetStream).`);
  } else {
    console.log(
      `houqin tests: no NATS server with JetStream answers at ${LOCAL_NATS} (${version.error}); the NATS event tests are skipped.`,
    );
    console.log('             Set HOUQIN_TEST_NATS_URL=nats://host:4222 to test against a server.');
  }
}

const LOCAL_REDIS = 'redis://127.0.0.1:6379';

/** The server's version if a Redis answers at `url` (PING, then INFO server; no password: a test server). */
function redisAnswers(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: u.hostname, port: Number(u.port || 6379) });
    let reply = '';
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(2000, () => done({ error: 'no answer within 2 s' }));
    socket.on('error', (error) => done({ error: error.message }));
    socket.on('connect', () => socket.write('PING\r\nINFO server\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk;
      if (!reply.startsWith('+PONG')) return done({ error: reply.startsWith('-') ? reply.split('\r\n')[0] : 'not a Redis server' });
      const version = /redis_version:(\S+)/.exec(reply);
      if (version) done(version[1]);
    });
  });
}

const explicitRedis = process.env.HOUQIN_TEST_REDIS_URL;
if (explicitRedis) {
  const version = await redisAnswers(explicitRedis);
  if (typeof version !== 'string') {
    console.error(`HOUQIN_TEST_REDIS_URL=${explicitRedis} does not answer (${version.error}); not skipping the Redis tests.`);
    process.exit(1);
  }
  console.log(`houqin tests: shared-throttle tests run on Redis ${explicitRedis} (server ${version}).`);
} else {
  const version = await redisAnswers(LOCAL_REDIS);
  if (typeof version === 'string') {
    process.env.HOUQIN_TEST_REDIS_URL = LOCAL_REDIS;
    console.log(`houqin tests: shared-throttle tests run on the local Redis ${LOCAL_REDIS} (server ${version}).`);
  } else {
    console.log(`houqin tests: no Redis answers at ${LOCAL_REDIS} (${version.error}); the Redis tests are skipped.`);
    console.log('             Set HOUQIN_TEST_REDIS_URL=redis://host:6379 to test against a server.');
  }
}

// Chromium (the web console's browser tests) likewise: HOUQIN_TEST_CHROMIUM names a browser that must exist (CI);
// without it Debian's /usr/bin/chromium is used when installed, else those tests skip (apt-get install -y chromium).
const explicitChromium = process.env.HOUQIN_TEST_CHROMIUM;
if (explicitChromium) {
  if (!existsSync(explicitChromium)) {
    console.error(`HOUQIN_TEST_CHROMIUM=${explicitChromium} does not exist; not skipping the browser tests.`);
    process.exit(1);
  }
  console.log(`houqin tests: browser tests run in ${explicitChromium}.`);
} else if (existsSync('/usr/bin/chromium')) {
  process.env.HOUQIN_TEST_CHROMIUM = '/usr/bin/chromium';
  console.log('houqin tests: browser tests run in /usr/bin/chromium.');
} else {
  console.log('houqin tests: no Chromium at /usr/bin/chromium; the browser tests are skipped (apt-get install -y chromium).');
}

const jestArgs = process.argv.slice(2);
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
const script = (name, label) => ({ name, label: `npm run ${label}`, command: [...npm, 'run', '--silent', label] });
// swc strips types without checking them, so the type checker is a step of its own.
const steps = [script('typecheck', 'typecheck'), script('eslint', 'lint'), script('prettier', 'format:check')];
if (jestArgs.length) {
  console.log(`houqin tests: jest ${jestArgs.join(' ')} only; \`npm test\` alone also runs ${steps.map((s) => s.name).join(', ')}.`);
  steps.length = 0;
}
// Each test runner also writes its counts as JSON, so the last line can add them up.
// Absolute paths: Vitest resolves its output file against its own root (apps/console).
const countsDir = resolve('tmp', 'test-counts');
const counts = { vitest: join(countsDir, 'vitest.json'), jest: join(countsDir, 'jest.json'), browser: join(countsDir, 'browser.json') };
rmSync(countsDir, { recursive: true, force: true });
mkdirSync(countsDir, { recursive: true });
if (!jestArgs.length) {
  // The web console's component tests (Vitest, jsdom): import validator, money and dates, chart adapters, operations vs the graph.
  steps.push({
    name: 'vitest',
    label: 'vitest run --config apps/console/vite.config.mts',
    command: [
      process.execPath,
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      'apps/console/vite.config.mts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${counts.vitest}`,
    ],
  });
}
const jestBin = require.resolve('jest/bin/jest');
if (jestArgs.length) {
  steps.push({
    name: 'jest',
    label: ['jest', ...jestArgs].join(' '),
    command: [process.execPath, jestBin, '--json', `--outputFile=${counts.jest}`, ...jestArgs],
  });
} else {
  // Every project but the browser stories, a worker per core; then the browser stories one at a time: each starts a
  // whole stack and a Chromium, and two of them beside the other suites overloaded CI's 2 cores into timeouts.
  steps.push({
    name: 'jest',
    label: 'jest --ignoreProjects console',
    command: [process.execPath, jestBin, '--json', `--outputFile=${counts.jest}`, '--ignoreProjects', 'console'],
  });
  steps.push({
    name: 'browser',
    label: 'jest --selectProjects console --runInBand',
    command: [
      process.execPath,
      jestBin,
      '--json',
      `--outputFile=${counts.browser}`,
      '--selectProjects',
      'console',
      '--runInBand',
      '--forceExit',
    ],
  });
}

const results = [];
for (const { name, label, command } of steps) {
  console.log(`\n── ${name}: ${label}`);
  const started = Date.now();
  const { status, error } = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: process.env });
  if (error) console.error(`${name}: ${error.message}`);
  const ok = status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok, seconds });
  console.log(`── ${name} ${ok ? 'passed' : `FAILED (exit ${status ?? error?.message})`} in ${seconds} s`);
}

// One "Tests:" line over both runners (jest's own summary line counts jest only); .ci/run reads the last one.
const tally = Object.entries(counts).flatMap(([runner, file]) => {
  if (!existsSync(file)) return [];
  const { numPassedTests = 0, numFailedTests = 0, numTotalTests = 0 } = JSON.parse(readFileSync(file, 'utf8'));
  return [{ runner, passed: numPassedTests, failed: numFailedTests, total: numTotalTests }];
});
if (tally.length > 1) {
  const sum = (key) => tally.reduce((n, t) => n + t[key], 0);
  console.log(`\nhouqin tests: ${tally.map((t) => `${t.runner} ${t.passed} passed, ${t.failed} failed`).join('; ')}`);
  console.log(`Tests:       ${sum('failed')} failed, ${sum('passed')} passed, ${sum('total')} total`);
}

const failed = results.filter((r) => !r.ok).map((r) => r.name);
console.log(`\nhouqin tests: ${results.map((r) => `${r.name} ${r.ok ? 'passed' : 'FAILED'} (${r.seconds} s)`).join(', ')}`);
if (failed.length) console.log(`Failed steps: ${failed.join(', ')}`);
process.exit(failed.length ? 1 : 0);
