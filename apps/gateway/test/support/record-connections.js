// Preloaded into a process under test (NODE_OPTIONS="--require <this file>"): appends every outbound
// TCP/TLS connection attempt, UDP send and DNS query the process makes to the JSON-lines file named
// by HOUQIN_RECORD_CONNECTIONS, synchronously, so nothing is lost when the process exits.
// Plain CommonJS: it loads before any TypeScript hook.
'use strict';
const dgram = require('node:dgram');
const dns = require('node:dns');
const fs = require('node:fs');
const net = require('node:net');

const file = process.env.HOUQIN_RECORD_CONNECTIONS;
if (file) {
  const record = (entry) => fs.appendFileSync(file, `${JSON.stringify({ pid: process.pid, ...entry })}\n`);

  // http, https, fetch/undici, tls and net.connect all end in Socket#connect (net.connect passes its
  // normalized arguments as an array).
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function recordedConnect(...args) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const options =
      first !== null && typeof first === 'object' ? first : { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
    if (options.path) record({ kind: 'connect', path: String(options.path) });
    else record({ kind: 'connect', host: options.host ?? 'localhost', port: Number(options.port) });
    return connect.apply(this, args);
  };

  const send = dgram.Socket.prototype.send;
  dgram.Socket.prototype.send = function recordedSend(...args) {
    const [, ...rest] = args;
    const port = rest.find((a) => typeof a === 'number' && a > 0);
    const host = rest.find((a) => typeof a === 'string');
    record({ kind: 'udp', host, port });
    return send.apply(this, args);
  };

  const wrapDns = (target, name, label) => {
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = function recordedDns(hostname, ...rest) {
      record({ kind: 'dns', call: `${label}.${name}`, hostname: String(hostname) });
      return original.call(this, hostname, ...rest);
    };
  };
  for (const name of [
    'lookup',
    'lookupService',
    'resolve',
    'resolve4',
    'resolve6',
    'resolveAny',
    'resolveCname',
    'resolveSrv',
    'resolveTxt',
  ]) {
    wrapDns(dns, name, 'dns');
    wrapDns(dns.promises, name, 'dns.promises');
    wrapDns(dns.Resolver.prototype, name, 'dns.Resolver');
    wrapDns(dns.promises.Resolver.prototype, name, 'dns.promises.Resolver');
  }
}
