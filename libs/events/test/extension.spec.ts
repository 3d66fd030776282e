import { Query, Resolver } from 'type-graphql';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { AnySubgraphDefinition } from '@houqin/subgraph-kit';
import { startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { defineConsumer, eventEntities, eventsExtension, NatsEvents, type EventsExtensionOptions } from '../src';
import { commitSubmissions, Effect, effects, NATS_URL, recordEffect, silent, uniquePrefix, waitFor } from './support';

@Resolver()
class PingResolver {
  @Query(() => String, { description: 'Is it up?' })
  ping(): string {
    return 'pong';
  }
}

/** The test subgraphs' schema on MySQL, where the kit runs migrations (services generate real ones in part 2). */
class EventTables1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.connection.synchronize();
  }

  async down(): Promise<void> {}
}

/** A subgraph with nothing but the event tables and the events extension: what finance and directory become in part 2. */
function subgraph(name: 'finance' | 'directory', events: EventsExtensionOptions): AnySubgraphDefinition {
  return {
    name,
    defaultPort: 0,
    resolvers: [PingResolver],
    entities: [...eventEntities, Effect],
    migrations: [EventTables1700000000000],
    createContext: (base) => base,
    extensions: [eventsExtension({ relay: { pollMs: 60000 }, ...events })],
  };
}

const SUBMITTED = 'finance.purchaseRequest.submitted';
const directoryConsumer = defineConsumer('directory', { handlers: { [SUBMITTED]: recordEffect('directory') } });

let running: TestSubgraph[] = [];

afterEach(async () => {
  for (const service of running.reverse()) await service.stop();
  running = [];
  delete process.env.DIRECTORY_INTERNAL_URL;
});

describe('eventsExtension in a subgraph (the kit starts it, mounts its route and stops it)', () => {
  it("without NATS_URL: the publisher's relay, woken by the commit, POSTs to the consumer's /internal/events", async () => {
    const directory = await startTestSubgraph(subgraph('directory', { consumer: directoryConsumer }), { seed: false });
    running.push(directory);
    process.env.DIRECTORY_INTERNAL_URL = `http://127.0.0.1:${directory.port}`;
    const finance = await startTestSubgraph(subgraph('finance', { subscriptions: { directory: [SUBMITTED] } }), { seed: false });
    running.push(finance);

    const [event] = await commitSubmissions(finance.dataSource, 1);
    await waitFor('the event to take effect in the directory', async () => (await effects(directory.dataSource)).length === 1);
    expect((await effects(directory.dataSource)).map((e) => e.eventId)).toEqual([event.id]);
  });

  (NATS_URL ? it : it.skip)("with NATS_URL: the relay publishes to the stream and the consumer's durable consumer applies it", async () => {
    const natsPrefix = uniquePrefix();
    try {
      const directory = await startTestSubgraph(subgraph('directory', { consumer: directoryConsumer, natsUrl: NATS_URL, natsPrefix }), {
        seed: false,
      });
      running.push(directory);
      const finance = await startTestSubgraph(subgraph('finance', { natsUrl: NATS_URL, natsPrefix }), { seed: false });
      running.push(finance);

      const [event] = await commitSubmissions(finance.dataSource, 1);
      await waitFor('the event to take effect in the directory', async () => (await effects(directory.dataSource)).length === 1);
      expect((await effects(directory.dataSource)).map((e) => e.eventId)).toEqual([event.id]);
    } finally {
      for (const service of running.reverse()) await service.stop();
      running = [];
      const admin = await NatsEvents.connect({ url: NATS_URL, prefix: natsPrefix, logger: silent });
      await admin.deleteStreams();
      await admin.close();
    }
  });
});
