import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort } from '@houqin/testing';
import { defineConsumer, EventConsumer, NatsEvents, OutboxRelay, type Subscription } from '../src';
import { commitSubmissions, effects, NATS_URL, openEventsDatabase, recordEffect, silent, waitFor, type EventsDatabase } from './support';

/**
 * The broker restarted: this suite runs a NATS server of its own (the shared one must stay up for
 * the other suites), stops it while events are committed and starts it again on the same store.
 * It needs the nats-server binary, as .ci/run does to start the shared server.
 */
const NATS_SERVER = ['/usr/sbin/nats-server', ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nats-server'))].find(
  (path) => existsSync(path),
);
const describeWithServer = NATS_URL && NATS_SERVER ? describe : describe.skip;

let store: string;
let port: number;
let server: ChildProcess | null = null;

async function startServer(): Promise<void> {
  const child = spawn(NATS_SERVER!, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store], { stdio: 'ignore' });
  server = child;
  // Answering on its port is not enough: JetStream must have recovered its streams.
  await waitFor('the private NATS server to serve JetStream', async () => {
    try {
      const probe = await NatsEvents.connect({ url: `nats://127.0.0.1:${port}`, logger: silent });
      try {
        await probe.manager.getAccountInfo();
        return true;
      } finally {
        await probe.close();
      }
    } catch {
      return false;
    }
  });
}

async function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

let finance: EventsDatabase;
let directory: EventsDatabase;
let nats: NatsEvents;
let subscription: Subscription | null = null;

beforeAll(async () => {
  if (!NATS_SERVER || !NATS_URL) return;
  store = mkdtempSync(join(tmpdir(), 'houqin-nats-'));
  port = await freePort();
  await startServer();
});

afterAll(async () => {
  await subscription?.stop();
  await nats?.close();
  await stopServer();
  await finance?.close();
  await directory?.close();
  if (store) rmSync(store, { recursive: true, force: true });
});

describeWithServer('delivery over NATS when the broker restarts', () => {
  it('keeps committing while the broker is down, publishes once it is back, and 100 events take effect once', async () => {
    finance = await openEventsDatabase('finance');
    directory = await openEventsDatabase('directory');
    nats = await NatsEvents.connect({ url: `nats://127.0.0.1:${port}`, logger: silent, publishTimeoutMs: 1000 });
    const relay = new OutboxRelay({ dataSource: finance.dataSource, service: 'finance', transport: nats, logger: silent, pollMs: 60000 });
    const consumer = new EventConsumer(
      defineConsumer('directory', { handlers: { 'finance.purchaseRequest.submitted': recordEffect('directory') } }),
      {
        dataSource: directory.dataSource,
        logger: silent,
      },
    );
    const started = nats.subscribe(consumer);
    subscription = started;
    await started.ready;

    const before = await commitSubmissions(finance.dataSource, 50);
    await relay.drain();
    await waitFor('the first 50 effects', async () => (await effects(directory.dataSource)).length === 50);

    await stopServer();
    // Mutations do not notice: the events wait in the outbox.
    const during = await commitSubmissions(finance.dataSource, 50);
    await expect(relay.drain()).rejects.toThrow();
    expect(await relay.pending()).toBe(50);

    await startServer();
    await waitFor(
      'the relay to publish after the broker is back',
      () =>
        relay.drain().then(
          () => true,
          () => false,
        ),
      20000,
    );
    await waitFor('all 100 effects', async () => (await effects(directory.dataSource)).length >= 100, 20000);
    const ids = (await effects(directory.dataSource)).map((e) => e.eventId).sort();
    expect(ids).toEqual([...before, ...during].map((e) => e.id).sort());
    expect((await nats.manager.streams.info(nats.streamName('finance'))).state.messages).toBe(100);
  }, 90000);
});
