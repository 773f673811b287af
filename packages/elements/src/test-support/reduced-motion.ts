/**
 * Sets the page's `prefers-reduced-motion` for a test. Where the browser automation can
 * emulate the media feature (Chromium over CDP) it is the real thing; Firefox and WebKit
 * expose no such switch to a running page, so there `matchMedia` answers that one query
 * from the test instead (the elements read the preference only through `matchMedia`).
 */
import { emulateMedia } from '@web/test-runner-commands';

const QUERY = '(prefers-reduced-motion: reduce)';
const realMatchMedia = window.matchMedia;

export async function preferReducedMotion(reduce: boolean): Promise<void> {
  window.matchMedia = realMatchMedia;
  try {
    await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
    if (realMatchMedia.call(window, QUERY).matches === reduce) return;
  } catch {
    // No emulation in this engine: answer the query below.
  }
  window.matchMedia = (query: string) =>
    query === QUERY
      ? ({
          matches: reduce,
          media: query,
          addEventListener() {},
          removeEventListener() {},
        } as unknown as MediaQueryList)
      : realMatchMedia.call(window, query);
}

/** Back to the browser's own preference. */
export async function restoreMotion(): Promise<void> {
  window.matchMedia = realMatchMedia;
  await emulateMedia({ reducedMotion: 'no-preference' }).catch(() => undefined);
}
