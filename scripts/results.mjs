import { fileURLToPath } from 'node:url';

/** Where every test run drops its totals; scripts/test.mjs sums them. */
export const resultsDir = fileURLToPath(new URL('../.test-results', import.meta.url));
