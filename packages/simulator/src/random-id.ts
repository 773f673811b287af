import type { Random } from './random.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** An id that looks like the API's (`job_…`, `inp_…`, `file_…`), drawn from `random`. */
export function randomId(random: Random, prefix: string, length: number): string {
  let id = prefix;
  for (let i = 0; i < length; i++) id += ALPHABET[Math.floor(random.next() * ALPHABET.length)];
  return id;
}
