/** Literal API bodies (snake_case, as the server sends them) for parsing tests. */

export const progressItem = (overrides: Record<string, unknown> = {}) => ({
  input: {
    id: 'inp_abc123def456',
    job_id: 'job_2abc',
    port_name: 'worker.inference',
    file_id: 'file_abc123',
    data: {
      ref: 'https://storage.example.com/files/tep_inference.csv',
      filename: 'tep_inference.csv',
      file_type: 'text/csv',
      file_extension: '.csv',
      num_bytes: 245760,
      metadata: {},
    },
    status: 'processing',
    error_message: null,
    created_at: '2026-04-14T10:00:00Z',
    completed_at: null,
  },
  latest_progress: {
    id: 502,
    kind: 'inference',
    step: 5,
    metrics: { percent_complete: 50, items_processed: 5, items_total: 10 },
    payload: {},
    input_id: 'inp_abc123def456',
    index: 0,
    message: 'Processing input 5 of 10',
    created_at: '2026-04-14T10:06:00Z',
  },
  step: null,
  ...overrides,
});

export const progressPage = (
  items: unknown[] = [progressItem()],
  overrides: Record<string, unknown> = {},
) => ({
  job_id: 'job_2abc',
  total: items.length,
  offset: 0,
  limit: 20,
  items,
  ...overrides,
});

/** A fetch answering every request with this body and status, through a real Response. */
export const respondWith =
  (body: unknown, init: ResponseInit = {}): typeof fetch =>
  async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
      ...init,
    });
