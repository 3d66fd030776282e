import pino from 'pino';
import { DEV_SECRETS } from '@houqin/common';
import { internalUrl, NatsEvents, REPLAY_PATH, REPLAY_TOKEN_HEADER, replayedTypes, replayFromNats, signReplayToken } from '@houqin/events';

/**
 * `npm run events:replay -- <publisher> <consumer>`: fills a new consumer's copy (or a wiped one's)
 * from the publisher's history (docs/events.md, "Replaying for a new service").
 * - Without NATS_URL: asks the running publisher (`<PUBLISHER>_INTERNAL_URL`, else its port on this
 *   host) to deliver every past event of the types the consumer subscribes to, signed with
 *   INTERNAL_TOKEN_SECRET. The consumer's inbox makes events it already has a no-op.
 * - With NATS_URL: deletes the consumer's durable consumer of the publisher's stream; the consumer
 *   service creates it again, reading from the start, when it next starts (restart it).
 */
async function main(): Promise<void> {
  const [publisher, consumer] = process.argv.slice(2);
  if (!publisher || !consumer) throw new Error('Usage: npm run events:replay -- <publisher> <consumer>, e.g. directory finance');
  const types = replayedTypes(publisher, consumer);
  const natsUrl = process.env.NATS_URL;
  if (natsUrl) {
    const nats = await NatsEvents.connect({ url: natsUrl, logger: pino({ level: 'warn' }), name: 'events-replay' });
    try {
      const deleted = await replayFromNats(nats, publisher, consumer);
      console.log(
        deleted
          ? `Deleted ${consumer}'s consumer of ${nats.streamName(publisher)}: restart ${consumer} and it reads the stream from the start.`
          : `${consumer} has no consumer of ${nats.streamName(publisher)} yet: it reads the stream from the start when it starts.`,
      );
    } finally {
      await nats.close();
    }
    return;
  }
  const secret = process.env.INTERNAL_TOKEN_SECRET ?? (process.env.NODE_ENV === 'production' ? '' : DEV_SECRETS.INTERNAL_TOKEN_SECRET);
  if (!secret) throw new Error('INTERNAL_TOKEN_SECRET must be set in production.');
  const url = `${internalUrl(publisher)}${REPLAY_PATH}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [REPLAY_TOKEN_HEADER]: await signReplayToken(publisher, consumer, secret) },
    body: JSON.stringify({ consumer }),
  }).catch((error: unknown) => {
    throw new Error(`${publisher} does not answer at ${url} (is it running?): ${error instanceof Error ? error.message : String(error)}`);
  });
  const body = (await response.json().catch(() => ({}))) as { events?: number; error?: string };
  if (!response.ok) throw new Error(`${publisher} refused the replay (HTTP ${response.status}): ${body.error ?? ''}`);
  console.log(`${publisher} delivers ${body.events} past events (${types.join(', ')}) to ${consumer}.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
