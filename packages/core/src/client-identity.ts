/**
 * Which clients are interchangeable, as a short string, for feeds that share their loads
 * (`createFeed({ share: true })`). Clients that `createClient` made from the same base URL
 * and API key (and no `fetch` or `headers` of their own) are one configuration even when they
 * are separate objects, so two elements that each build their own client still share. Any
 * other client is only itself: pass the same client object to feeds that should share.
 *
 * The API key never enters the identity: a number stands for it.
 */

/** The numbers that stand for API keys, by key. */
const keyNumbers = new Map<string, number>();
let lastNumber = 0;

/** The identities of clients, by client. */
const identities = new WeakMap<object, string>();

/** The numbers that stand for clocks: feeds on different clocks never share a load. */
const clockNumbers = new WeakMap<object, number>();

/**
 * Records that `client` was made from just this base URL, key and clock (called by
 * `createClient`).
 */
export function rememberConfiguration(
  client: object,
  baseUrl: string,
  apiKey = '',
  clock: object,
): void {
  if (!keyNumbers.has(apiKey)) keyNumbers.set(apiKey, ++lastNumber);
  if (!clockNumbers.has(clock)) clockNumbers.set(clock, ++lastNumber);
  identities.set(
    client,
    `${baseUrl} with key ${keyNumbers.get(apiKey)} on clock ${clockNumbers.get(clock)}`,
  );
}

/** The identity of `client`: its configuration's when `createClient` made it, else its own. */
export function clientIdentity(client: object): string {
  if (!identities.has(client)) {
    lastNumber++;
    identities.set(client, `client ${lastNumber}`);
  }
  return identities.get(client)!;
}
