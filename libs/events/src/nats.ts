import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  JetStreamApiError,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '@houqin/common';
import { eventDefinition } from './catalogue';
import type { EventConsumer } from './consumer';
import type { EventEnvelope } from './envelope';
import { DEFAULT_RETRY_DELAYS_MS, retryDelay, type EventTransport, type Subscription } from './transport';

export interface NatsEventsOptions {
  /** `nats://host:4222` (NATS_URL). */
  url: string;
  logger: Logger;
  /** Subject and stream prefix; `houqin` unless tests need their own streams on a shared server. */
  prefix?: string;
  /** Connection name shown by the server's monitoring, e.g. the service. */
  name?: string;
  /** How long the server remembers event ids to drop duplicates (default 2 min). */
  duplicateWindowMs?: number;
  /** Delay before redelivery after the 1st, 2nd, … failure of a handler; the last repeats. */
  retryDelaysMs?: readonly number[];
  /** How long the server waits for an ack before it redelivers (a consumer that died mid-event); default 30 s. */
  ackWaitMs?: number;
  /** Waiting for the server to confirm a publish (default 5 s). */
  publishTimeoutMs?: number;
}

/** The stream server error for "exists with another configuration". */
const STREAM_NAME_IN_USE = 10058;
/** While a handler runs longer than this, the server is told the event is still being worked on. */
const WORKING_EVERY_MS = 10000;

/**
 * NATS JetStream transport (with NATS_URL). One stream per publishing service, `HOUQIN_<PUBLISHER>`
 * on subjects `houqin.<publisher>.>`, file storage, created or updated at first use; an event goes to
 * `houqin.<type>` (its type starts with its publisher) with its id as `Nats-Msg-Id`, so the server
 * drops a duplicate within the window. Each consuming service has one durable consumer per stream it
 * reads (named after the service, filtered to its types), pulled with `consume()`: acked after the
 * handler's transaction commits, nak'ed with a delay when it failed.
 */
export class NatsEvents implements EventTransport {
  readonly kind = 'nats';
  private readonly prefix: string;
  private readonly streams = new Map<string, Promise<string>>();

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly options: NatsEventsOptions,
  ) {
    this.prefix = options.prefix ?? 'houqin';
    if (!/^[a-z][a-z0-9_]*$/.test(this.prefix)) throw new Error(`NATS prefix ${this.prefix} must be lower-case letters, digits and _.`);
  }

  /** Connects; fails at once if the server does not answer (the events extension retries), then reconnects for ever. */
  static async connect(options: NatsEventsOptions): Promise<NatsEvents> {
    const nc = await connect({ servers: options.url, name: options.name, maxReconnectAttempts: -1 });
    return new NatsEvents(nc, jetstream(nc), await jetstreamManager(nc, { checkAPI: false }), options);
  }

  streamName(publisher: string): string {
    return `${this.prefix}_${publisher}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  }

  subjectOf(type: string): string {
    return `${this.prefix}.${type}`;
  }

  async publish(envelope: EventEnvelope): Promise<void> {
    await this.ensureStream(publisherOf(envelope.type));
    await this.js.publish(this.subjectOf(envelope.type), JSON.stringify(envelope), {
      msgID: envelope.id,
      timeout: this.options.publishTimeoutMs ?? 5000,
    });
  }

  /**
   * Feeds `consumer` every event of the types it handles: one durable consumer per publisher's stream.
   * `ready` resolves once they all pull; setting up is retried until it works (NATS may start later).
   */
  subscribe(consumer: EventConsumer): Subscription & { ready: Promise<void> } {
    const publishers = [...new Set(consumer.types.map(publisherOf))];
    const loops = publishers.map((publisher) => new ConsumeLoop(this, consumer, publisher, this.options));
    return {
      ready: Promise.all(loops.map((loop) => loop.ready)).then(() => undefined),
      stop: async () => {
        await Promise.all(loops.map((loop) => loop.stop()));
      },
    };
  }

  /** Creates the publisher's stream, or brings its configuration up to date; once per process. */
  ensureStream(publisher: string): Promise<string> {
    let stream = this.streams.get(publisher);
    if (!stream) {
      stream = this.createStream(publisher);
      this.streams.set(publisher, stream);
      stream.catch(() => this.streams.delete(publisher));
    }
    return stream;
  }

  private async createStream(publisher: string): Promise<string> {
    const name = this.streamName(publisher);
    // Kept by limits with no age or count limit: the stream is the publisher's history, which a new
    // consumer (DeliverPolicy.All) replays from the start to fill its copy (docs/events.md).
    const config = {
      subjects: [`${this.prefix}.${publisher}.>`],
      duplicate_window: nanos(this.options.duplicateWindowMs ?? 120000),
      retention: RetentionPolicy.Limits,
      max_age: 0,
      max_msgs: -1,
      max_bytes: -1,
    };
    try {
      await this.jsm.streams.add({ name, storage: StorageType.File, ...config });
    } catch (error) {
      if (!(error instanceof JetStreamApiError && error.code === STREAM_NAME_IN_USE)) throw error;
      await this.jsm.streams.update(name, config);
    }
    return name;
  }

  /** Creates or updates a durable pull consumer. */
  async ensureConsumer(stream: string, config: Partial<ConsumerConfig> & { durable_name: string }): Promise<void> {
    try {
      await this.jsm.consumers.add(stream, config);
    } catch (error) {
      if (!(error instanceof JetStreamApiError)) throw error;
      await this.jsm.consumers.update(stream, config.durable_name, config);
    }
  }

  /** True when the server takes several filter subjects on one consumer (NATS 2.10 and later). */
  supportsFilterSubjects(): boolean {
    const [major, minor] = (this.nc.info?.version ?? '0.0').split('.').map(Number);
    return major > 2 || (major === 2 && minor >= 10);
  }

  get jetstream(): JetStreamClient {
    return this.js;
  }

  get manager(): JetStreamManager {
    return this.jsm;
  }

  /** Deletes this prefix's streams (tests, on their own prefix). */
  async deleteStreams(): Promise<void> {
    for await (const name of this.jsm.streams.names()) {
      if (name.startsWith(`${this.prefix.toUpperCase()}_`)) await this.jsm.streams.delete(name);
    }
  }

  async close(): Promise<void> {
    await this.nc.drain();
  }
}

const publisherOf = (type: string) => eventDefinition(type)?.publisher ?? type.split('.')[0];

/** One durable consumer of one stream feeding one EventConsumer, set up again after failures. */
class ConsumeLoop {
  readonly ready: Promise<void>;
  private stopped = false;
  private messages: ConsumerMessages | null = null;
  private readonly done: Promise<void>;
  private markReady: () => void = () => undefined;
  /** Ends the pause between failed attempts to set up, when stopping. */
  private interrupt: () => void = () => undefined;
  private readonly retryDelaysMs: readonly number[];

  constructor(
    private readonly events: NatsEvents,
    private readonly consumer: EventConsumer,
    private readonly publisher: string,
    private readonly options: NatsEventsOptions,
  ) {
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.done = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.interrupt();
    await this.messages?.close();
    await this.done;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        const messages = await this.open();
        failures = 0;
        for await (const message of messages) await this.deliver(message);
      } catch (error) {
        if (this.stopped) break;
        failures += 1;
        const pause = Math.min(1000 * 2 ** failures, 30000);
        this.options.logger.warn(
          { err: error, consumer: this.consumer.service, publisher: this.publisher, retryInMs: pause },
          'event subscription failed',
        );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pause);
          this.interrupt = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  private async open(): Promise<ConsumerMessages> {
    const stream = await this.events.ensureStream(this.publisher);
    const durable = this.consumer.service;
    const types = this.consumer.types.filter((type) => publisherOf(type) === this.publisher).map((type) => this.events.subjectOf(type));
    // NATS before 2.10 takes one filter: with several types the consumer reads the whole stream and acks what it does not handle.
    const filter = this.events.supportsFilterSubjects()
      ? { filter_subjects: types }
      : { filter_subject: types.length === 1 ? types[0] : `${this.events.subjectOf(this.publisher)}.>` };
    await this.events.ensureConsumer(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(this.options.ackWaitMs ?? 30000),
      // Above the handler's attempt limit: an event that keeps failing is parked by us, not dropped by the server.
      max_deliver: Math.max(this.consumer.definition.maxAttempts * 4, 20),
      ...filter,
    });
    const pulled = await this.events.jetstream.consumers.get(stream, durable);
    this.messages = await pulled.consume({ max_messages: 100 });
    if (this.stopped) await this.messages.close();
    this.markReady();
    return this.messages;
  }

  private async deliver(message: JsMsg): Promise<void> {
    let body: unknown;
    try {
      body = message.json();
    } catch {
      message.term('not JSON');
      this.options.logger.error({ subject: message.subject, seq: message.seq }, 'event message is not JSON; terminated');
      return;
    }
    const working = setInterval(() => message.working(), WORKING_EVERY_MS);
    try {
      const result = await this.consumer.handle(body);
      if (result.ok) message.ack();
      else if (result.outcome === 'unreadable') message.term(result.error);
      else message.nak(retryDelay(this.retryDelaysMs, result.attempts ?? message.info.deliveryCount));
    } catch (error) {
      // The database failed before anything was counted: try again later.
      this.options.logger.warn({ err: error, consumer: this.consumer.service, subject: message.subject }, 'event handling failed');
      message.nak(retryDelay(this.retryDelaysMs, message.info.deliveryCount));
    } finally {
      clearInterval(working);
    }
  }
}
