/**
 * What each story must show, by its `expect-…` tag in the build's `index.json`. Selectors
 * are Playwright CSS, which looks into open shadow roots.
 */
export const EXPECTED_STATES: Record<string, { readonly selector: string; readonly what: string }> =
  {
    'expect-rows': { selector: 'input-progress-list [part~="row"]', what: 'rows' },
    'expect-loading': {
      selector: 'input-progress-list [part~="skeleton"]',
      what: 'the loading skeleton',
    },
    'expect-backoff': {
      selector: 'input-progress-list [part~="live-indicator"][data-state="backing-off"]',
      what: 'the back-off countdown over rows',
    },
    'expect-stale': {
      selector: 'input-progress-list [part~="stale-banner"]',
      what: 'the stale banner over rows',
    },
    'expect-error': { selector: 'input-progress-list [part~="error"]', what: 'the error state' },
    'expect-empty': { selector: 'input-progress-list [part~="empty"]', what: 'the empty state' },
    'expect-job': {
      selector: 'input-progress-job [part~="segment"]',
      what: 'the job bar with counts',
    },
    'expect-row': { selector: 'input-progress-row [part~="name"]', what: 'a row' },
    'expect-own-rows': { selector: 'input-progress-list .own-row', what: 'rows from renderItem' },
    'expect-headless': {
      selector: '.headless-view li progress',
      what: 'plain DOM rows from the core',
    },
  };

/** States shown on top of rows: the rows must be there as well. */
export const WITH_ROWS = new Set(['expect-backoff', 'expect-stale']);
