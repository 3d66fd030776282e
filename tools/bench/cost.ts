import { graphqlClient } from '@houqin/testing';

/**
 * The refused cost flood's time to refusal (issue 9's figure): the trial's fan-out flood sent to a
 * running gateway as a signed-in user, timed from request to refusal. Every answer must be the
 * gateway's COST_ESTIMATED_TOO_EXPENSIVE, so a gateway that ran the flood (or failed otherwise) stops
 * the bench instead of timing the wrong thing. Call it after the bench's gateway is up and the user
 * has signed in (its viewer is then usually cached, as for a real attacker's repeated requests).
 */

/** staff → their purchase requests → each requester → their purchase requests, 100 at each step. */
export const fanOutFlood = (copies: number) =>
  `{ ${Array.from(
    { length: copies },
    (_, i) =>
      `f${i}: staff(first: 100) { nodes { name purchaseRequests(first: 100) { nodes { reason requester { name purchaseRequests(first: 100) { nodes { id reason } } } } } } }`,
  ).join(' ')} }`;

export interface CostRefusalTiming {
  copies: number;
  rounds: number;
  estimated: number;
  max: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Times `rounds` refusals of the flood with `copies` aliased copies (4: the trial's; 30: the alias maximum). */
export async function timeCostRefusal(graphqlUrl: string, token: string, copies = 4, rounds = 50): Promise<CostRefusalTiming> {
  const client = graphqlClient(graphqlUrl, { authorization: `Bearer ${token}` });
  const query = fanOutFlood(copies);
  const times: number[] = [];
  let cost = { estimated: 0, max: 0 };
  for (let round = 0; round < rounds + 3; round++) {
    const started = performance.now();
    const response = await client.request(query);
    const ms = performance.now() - started;
    const error = response.errors?.[0];
    if (error?.extensions?.code !== 'COST_ESTIMATED_TOO_EXPENSIVE') {
      throw new Error(
        `The cost flood was not refused (HTTP ${response.status}): ${JSON.stringify(response.errors ?? 'no errors').slice(0, 300)}`,
      );
    }
    cost = error.extensions.cost as typeof cost;
    if (round >= 3) times.push(ms); // the first rounds warm the parser and the viewer cache
  }
  times.sort((a, b) => a - b);
  return {
    copies,
    rounds,
    ...cost,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: times[times.length - 1],
  };
}
