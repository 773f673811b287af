import { expect } from 'chai';
import { createFakeClock } from '@input-progress/core/testing';
import { CACHE_HEADER, createForwarder } from './create-forwarder.js';
import type { ForwarderHandler } from './types.js';
import { KEY, listen, visibleText, type Running } from './test-support/http.js';

/** What each job of the misbehaving API answers: status, content type, body. */
const ANSWERS: Record<string, readonly [number, string, string | Buffer]> = {
  job_html: [200, 'text/html', '<script>document.title = document.cookie</script>'],
  job_reflect: [400, 'text/html', '<p>Unknown port <img src=x onerror=alert(1)></p>'],
  job_svg: [
    200,
    'image/svg+xml',
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  ],
  job_gateway: [503, 'text/html', '<h1>Service Unavailable</h1>'],
  job_json_as_html: [200, 'text/html', '{"id":"job_json_as_html","status":"RUNNING"}'],
  job_escaped: [
    200,
    'application/json',
    `{"note":"${[...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"}`,
  ],
  job_partly_escaped: [200, 'application/json', `{"note":"${KEY.replace('_', '\\u005f')}"}`],
  job_utf16: [200, 'application/json', Buffer.from(`{"note":"${KEY}"}`, 'utf16le')],
  job_base64: [200, 'application/json', `{"note":"${btoa(`Bearer ${KEY}`)}"}`],
  job_base64url: [
    200,
    'application/json',
    `{"n":"${btoa(`x${KEY}`).replace(/\+/g, '-').replace(/\//g, '_')}"}`,
  ],
  job_percent: [
    200,
    'application/json',
    `{"url":"${[...KEY].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')}"}`,
  ],
  job_key_as_name: [200, 'application/json', `{"${KEY.replace('_', '\\u005F')}":1}`],
};

describe('nothing but JSON on the dashboard\u2019s origin', () => {
  let api: Running;
  let asked: string[];
  before(async () => {
    api = await listen((req, res) => {
      const job = /jobs\/(job_\w+)/.exec(req.url!)![1]!;
      asked.push(job);
      const [status, type, body] = ANSWERS[job] ?? [404, 'application/json', '{"errors":[]}'];
      res.writeHead(status, { 'content-type': type, 'retry-after': '5' });
      res.end(body);
    });
  });
  beforeEach(() => {
    asked = [];
  });
  after(async () => api.close());

  const forwarder = (): ForwarderHandler =>
    createForwarder({
      upstream: `${api.origin}/v0.5`,
      apiKey: KEY,
      authorize: (request) => !request.headers.has('x-deny'),
      clock: createFakeClock(),
    });
  const get = (forward: ForwarderHandler, job: string, headers: Record<string, string> = {}) =>
    forward(new Request(`http://localhost/api/batch/jobs/${job}`, { headers }));
  const code = async (response: Response) =>
    ((await response.json()) as { errors: { code: string }[] }).errors[0]!.code;
  const expectSafe = (response: Response, label: string) => {
    expect(response.headers.get('x-content-type-options'), label).to.equal('nosniff');
    expect(response.headers.get('content-security-policy'), label).to.equal(
      "default-src 'none'; sandbox",
    );
    if (response.status !== 304) {
      expect(response.headers.get('content-type'), label).to.equal('application/json');
    }
  };

  it('answers 502 with its own JSON to HTML or SVG from the API, and never caches it', async () => {
    const forward = forwarder();
    for (const job of ['job_html', 'job_reflect', 'job_svg']) {
      for (const viewer of ['first', 'second']) {
        const response = await get(forward, job);
        expectSafe(response, `${job} ${viewer}`);
        expect([response.status, await code(response)], job).to.deep.equal([
          502,
          'upstream_not_json',
        ]);
      }
    }
    expect(asked, 'each viewer asked the API again: nothing was cached').to.have.length(6);
  });

  it("passes a gateway's HTML 503 on as its own 503, keeping the wait", async () => {
    const response = await get(forwarder(), 'job_gateway');
    expectSafe(response, 'gateway');
    expect([
      response.status,
      response.headers.get('retry-after'),
      await code(response),
    ]).to.deep.equal([503, '5', 'unavailable']);
  });

  it('serves JSON labelled text/html as application/json', async () => {
    const response = await get(forwarder(), 'job_json_as_html');
    expectSafe(response, 'json as html');
    expect(await response.json()).to.deep.equal({ id: 'job_json_as_html', status: 'RUNNING' });
  });

  it('withholds the key however it is written: \\u escapes, UTF-16, base64, percent-encoding', async () => {
    const forward = forwarder();
    const jobs = [
      'job_escaped',
      'job_partly_escaped',
      'job_utf16',
      'job_base64',
      'job_base64url',
      'job_percent',
      'job_key_as_name',
    ];
    for (const job of jobs) {
      const response = await get(forward, job);
      expectSafe(response, job);
      const text = await visibleText(response);
      expect(response.status, job).to.equal(502);
      expect(text, job).to.match(/upstream_leak|upstream_not_json/);
      expect(text).not.to.include(KEY);
    }
  });

  it('puts the same safety headers on refusals, 304s and cache hits', async () => {
    const forward = forwarder();
    const first = await get(forward, 'job_json_as_html');
    const etag = first.headers.get('etag')!;
    const responses = {
      refused: await forward(new Request('http://localhost/api/batch/jobs/job_x/secrets')),
      forbidden: await get(forward, 'job_json_as_html', { 'x-deny': '1' }),
      invalid: await forward(
        new Request('http://localhost/api/batch/jobs/job_x/inputs/progress?status=bogus'),
      ),
      revalidated: await get(forward, 'job_json_as_html', { 'if-none-match': etag }),
      hit: await get(forward, 'job_json_as_html'),
    };
    expect(responses.revalidated.status).to.equal(304);
    expect(responses.hit.headers.get(CACHE_HEADER)).to.equal('hit');
    for (const [label, response] of Object.entries(responses)) expectSafe(response, label);
  });
});
