/**
 * Replaying a publisher's history to a consumer that was not there (a new service) or lost its
 * database (docs/events.md, "Replaying for a new service"): over internal HTTP through the
 * publisher's kept outbox, over NATS through the stream read from its start. Re-applying is harmless.
 */
import { Query, Resolver } from 'type-graphql';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { AnySubgraphDefinition } from '@houqin/subgraph-kit';
import { startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@houqin/testing';
import {
  defineConsumer,
  eventEntities,
  eventsExtension,
  NatsEvents,
  OutboxDelivery,
  OutboxEvent,
  REPLAY_PATH,
  REPLAY_TOKEN_HEADER,
  replayFromNats,
  signReplayToken,
  type EventsExtensionOptions,
  type Subscriptions,
} from '../src';
import { commitSubmissions, Effect, effects, NATS_URL, recordEffect, silent, uniquePrefix, waitFor } from './support';

@Resolver()
class PingResolver {
  @Query(() => String, { description: 'Is it up?' })
  ping(): string {
    return 'pong';
  }
}

class EventTables1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.connection.synchronize();
  }

  async down(): Promise<void> {}
}

function subgraph(name: 'finance' | 'directory', events: EventsExtensionOptions): AnySubgraphDefinition {
  return {
    name,
    defaultPort: 0,
    resolvers: [PingResolver],
    entities: [...eventEntities, Effect],
    migrations: [EventTables1700000000000],
    createContext: (base) => base,
    extensions: [eventsExtension(events)],
  };
}

const SUBMITTED = 'finance.purchaseRequest.submitted';
const directoryConsumer = defineConsumer('directory', { handlers: { [SUBMITTED]: recordEffect('directory') } });

let running: TestSubgraph[] = [];
const start = async (definition: AnySubgraphDefinition) => {
  const sub = await startTestSubgraph(definition, { seed: false });
  running.push(sub);
  return sub;
};
afterEach(async () => {
  for (const service of running.reverse()) await service.stop();
  running = [];
  delete process.env.DIRECTORY_INTERNAL_URL;
});

const allPublished = async (sub: TestSubgraph) => (await sub.dataSource.getRepository(OutboxEvent).find()).every((e) => e.publishedAt);

/** Asks the running publisher to replay its history to `consumer`, as `npm run events:replay` does. */
async function askReplay(
  publisher: TestSubgraph,
  consumer: string,
  token?: string,
): Promise<{ status: number; body: { events?: number } }> {
  const response = await fetch(`http://127.0.0.1:${publisher.port}${REPLAY_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [REPLAY_TOKEN_HEADER]: token ?? (await signReplayToken('finance', consumer, TEST_INTERNAL_SECRET)),
    },
    body: JSON.stringify({ consumer }),
  });
  return { status: response.status, body: (await response.json()) as { events?: number } };
}

describe('replay over internal HTTP: the publisher keeps its outbox and delivers it again to a named consumer', () => {
  it('a consumer that subscribed after the events were published gets each once; replaying again changes nothing', async () => {
    // Who subscribes to what, as deployed: nobody yet when finance publishes.
    const subscriptions: Subscriptions = {};
    const finance = await start(subgraph('finance', { subscriptions }));
    const events = await commitSubmissions(finance.dataSource, 5);
    await waitFor('the relay to publish them', () => allPublished(finance));
    expect(await finance.dataSource.getRepository(OutboxDelivery).count()).toBe(0);

    // A new service arrives, subscribed to finance's submissions, with an empty database.
    subscriptions.directory = [SUBMITTED];
    const directory = await start(subgraph('directory', { consumer: directoryConsumer }));
    process.env.DIRECTORY_INTERNAL_URL = `http://127.0.0.1:${directory.port}`;
    expect(await askReplay(finance, 'directory')).toEqual({ status: 200, body: { events: 5 } });
    await waitFor('the history to take effect', async () => (await effects(directory.dataSource)).length === 5);
    expect((await effects(directory.dataSource)).map((e) => e.eventId)).toEqual(events.map((e) => e.id));

    // Replaying again (say, by mistake) delivers everything once more: the inbox turns each into a no-op.
    await waitFor('the deliveries to be done', async () =>
      (await finance.dataSource.getRepository(OutboxDelivery).find()).every((d) => d.deliveredAt),
    );
    expect(await askReplay(finance, 'directory')).toEqual({ status: 200, body: { events: 5 } });
    await waitFor('the second replay to be delivered', async () =>
      (await finance.dataSource.getRepository(OutboxDelivery).find()).every((d) => d.deliveredAt),
    );
    expect(await effects(directory.dataSource)).toHaveLength(5);
  });

  it('refuses a request without a valid token, and a consumer that subscribes to nothing the publisher publishes', async () => {
    const finance = await start(subgraph('finance', { subscriptions: { directory: [SUBMITTED] } }));
    const forged = await signReplayToken('finance', 'directory', 'another-secret-of-at-least-32-characters!!');
    expect((await askReplay(finance, 'directory', forged)).status).toBe(401);
    expect((await askReplay(finance, 'directory', await signReplayToken('directory', 'directory', TEST_INTERNAL_SECRET))).status).toBe(401);
    expect((await askReplay(finance, 'canteen')).status).toBe(400);
    expect(await finance.dataSource.getRepository(OutboxDelivery).count()).toBe(0);
  });
});

(NATS_URL ? describe : describe.skip)(
  'replay over NATS: the stream keeps the history, a new durable consumer reads it from the start',
  () => {
    it('a consumer that starts after the events gets them all; after its database is lost, replayFromNats makes it read them again', async () => {
      const natsPrefix = uniquePrefix();
      const admin = await NatsEvents.connect({ url: NATS_URL, prefix: natsPrefix, logger: silent });
      try {
        const finance = await start(subgraph('finance', { natsUrl: NATS_URL, natsPrefix }));
        const events = await commitSubmissions(finance.dataSource, 5);
        await waitFor('the relay to publish them', () => allPublished(finance));
        // Kept for ever (limits, no age): nothing is dropped before a consumer comes.
        const { config } = await admin.manager.streams.info(admin.streamName('finance'));
        expect({ retention: config.retention, max_age: config.max_age, max_msgs: config.max_msgs }).toEqual({
          retention: 'limits',
          max_age: 0,
          max_msgs: -1,
        });

        const first = await start(subgraph('directory', { consumer: directoryConsumer, natsUrl: NATS_URL, natsPrefix }));
        await waitFor('the history to reach the new consumer', async () => (await effects(first.dataSource)).length === 5);
        expect((await effects(first.dataSource)).map((e) => e.eventId)).toEqual(events.map((e) => e.id));
        await first.stop();
        running = running.filter((s) => s !== first);

        // Its database is lost: a fresh one, and its durable consumer (which had acked everything) deleted.
        expect(await replayFromNats(admin, 'finance', 'directory')).toBe(true);
        const again = await start(subgraph('directory', { consumer: directoryConsumer, natsUrl: NATS_URL, natsPrefix }));
        await waitFor('the history to reach it again', async () => (await effects(again.dataSource)).length === 5);
        expect((await effects(again.dataSource)).map((e) => e.eventId)).toEqual(events.map((e) => e.id));
        expect(await replayFromNats(admin, 'canteen', 'directory')).toBe(false);
      } finally {
        for (const service of running.reverse()) await service.stop();
        running = [];
        await admin.deleteStreams();
        await admin.close();
      }
    });
  },
);
