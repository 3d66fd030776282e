import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * The SSRF guard of district webhooks. An endpoint URL is typed by a district admin, and the
 * directory POSTs to it from inside the district's network: in production it must never reach
 * the service's own host, the internal network or a cloud metadata service. Only addresses that
 * ipaddr.js calls `unicast` (public) pass: loopback, private (RFC 1918), link-local (169.254/16,
 * where the metadata services of most clouds answer, fe80::/10), unique-local (fc00::/7), CGNAT
 * (100.64/10, where Alibaba Cloud's metadata answers), multicast, unspecified, reserved and the
 * IPv6 forms that embed an IPv4 address (mapped, 6to4, NAT64, Teredo) are refused. The check is
 * made when an endpoint is registered and again on every delivery, on the address the request
 * then connects to, so a name that resolves elsewhere later (DNS rebinding) is caught.
 */

/** Why an address may not be called, or null when it is public. */
export function refusedAddress(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return `${address} (not an IP address)`;
  // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) back into IPv4 before the check.
  const parsed = ipaddr.process(bare);
  const range = parsed.range();
  return range === 'unicast' ? null : `${bare} (a ${range} address)`;
}

/** Resolves `hostname` to every address it has (an IP literal to itself). */
export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

/**
 * Whether a URL's host may be called: every address it resolves to must be public (one private
 * answer is enough to refuse: a resolver may hand out either). Returns the reason when refused.
 */
export async function refusedHost(url: URL, resolve: Resolve = systemResolve): Promise<string | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return refusedAddress(host);
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    return `${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'lookup failed'})`;
  }
  if (!addresses.length) return `${host} does not resolve`;
  for (const { address } of addresses) {
    const refused = refusedAddress(address);
    if (refused) return `${host} resolves to ${refused}`;
  }
  return null;
}

/** The error a guarded connection fails with; its message is what the delivery records. */
export class RefusedAddressError extends Error {
  readonly code = 'EHOUQINREFUSED';
}

/**
 * A `lookup` for `http.request` that resolves the host, refuses it unless every address is
 * public, and hands the socket exactly the addresses it checked: the connection cannot go anywhere
 * the check did not see. (Node calls no lookup for an IP literal: check those with `refusedAddress`.)
 */
export function guardedLookup(resolve: Resolve = systemResolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const family = typeof options === 'object' ? options.family : undefined;
        const wanted = addresses.filter((a) => !family || family === a.family);
        const refused = wanted.map((a) => refusedAddress(a.address)).find((reason) => reason !== null);
        if (!wanted.length) return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), '', 4);
        if (refused) return callback(new RefusedAddressError(`refused: ${hostname} resolves to ${refused}`), '', 4);
        if (typeof options === 'object' && options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, wanted);
        callback(null, wanted[0].address, wanted[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 4),
    );
  };
}
