#!/usr/bin/env node
// `npm test`: decides where integration tests keep data, says so, then runs jest over every project.
//   HOUQIN_TEST_MYSQL_URL=mysql://root@127.0.0.1:3306 npm test   → that server, or fail if it does not answer (CI)
//   npm test                                                       → a local server at 127.0.0.1:3306 if one answers,
//                                                                    else the embedded database (sql.js)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const mysql = require('mysql2/promise');
const LOCAL = 'mysql://root@127.0.0.1:3306';

async function answers(url) {
  const u = new URL(url);
  try {
    const c = await mysql.createConnection({ host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username || 'root'), password: decodeURIComponent(u.password), connectTimeout: 2000 });
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

const jest = require.resolve('jest/bin/jest');
const result = spawnSync(process.execPath, [jest, ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
