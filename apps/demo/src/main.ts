import '@input-progress/elements/define.js';
// The languages of the switch besides English, from the package's locale registry: each
// module registers itself, and the list picks the one matching its nearest `lang`.
import '@input-progress/elements/locales/de.js';
import '@input-progress/elements/locales/ar.js';
import { translationFor, type InputProgressPageChangeEvent } from '@input-progress/elements';
import {
  DEFAULT_SETTINGS,
  LANGS,
  PAGE_SIZES,
  POLL_INTERVALS,
  readSettings,
  writeSettings,
  type DemoSettings,
} from './demo-settings.js';
import { JOB_ID_FORM } from '@input-progress/forwarder/job-id';
import { demoText, translatePage } from './demo-text.js';
import { attachEventsPanel } from './events-panel.js';
import { mountHeadlessExample } from './headless-example.js';
import headlessSource from './headless-example.ts?raw';
import './styles/demo.css';
import './styles/custom-theme.css';

/** `simulator` (default) or `real`: chosen by the dev server (`DEMO_API=real` + `ATAI_API_KEY`). */
const mode = import.meta.env.VITE_DEMO_API === 'real' ? 'real' : 'simulator';
// One address in both modes: the simulator plugin and the key-adding forwarder both serve /api.
const baseUrl = '/api';
const defaults: DemoSettings = {
  ...DEFAULT_SETTINGS,
  job: mode === 'real' ? (import.meta.env.VITE_DEMO_JOB_ID ?? '') : DEFAULT_SETTINGS.job,
};

const list = document.querySelector('input-progress-list')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;
const eventLog = document.querySelector<HTMLOListElement>('#events')!;
const headlessView = document.querySelector<HTMLElement>('#headless-view')!;
const restartButton = document.querySelector<HTMLButtonElement>('#restart-job')!;

document.body.dataset.api = mode;
document.querySelector('#headless-source')!.textContent = headlessSource.trim();
// The job id field accepts exactly what the forwarder does (one pattern, written once).
form.querySelector<HTMLInputElement>('input[name="job"]')!.pattern = JOB_ID_FORM;
for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-mode]')) {
  // Only the job control of the current mode takes part in the form.
  const active = control.dataset.mode === mode;
  control.disabled = !active;
  control.closest('label')!.hidden = !active;
}

let settings = readSettings(window.location.search, defaults);
let stopHeadless: (() => void) | null = null;

// The simulator's jobs run once; "Run again" restarts the shown one (simulator mode only).
restartButton.hidden = mode !== 'simulator';
restartButton.addEventListener('click', async () => {
  restartButton.disabled = true;
  try {
    await restart(settings.job, 'restart');
  } finally {
    restartButton.disabled = false;
  }
});

/**
 * Asks the dev server to restart `job` (`open`: only a preset that has run to its end), then
 * shows the new run. Opening a page thus always shows a preset live.
 */
async function restart(job: string, action: 'restart' | 'open'): Promise<void> {
  if (mode !== 'simulator' || !job) return;
  const response = await fetch(`/__demo/jobs/${encodeURIComponent(job)}/${action}`, {
    method: 'POST',
  });
  const body = response.ok ? ((await response.json()) as { restarted?: boolean }) : null;
  if (body?.restarted && job === settings.job) {
    mountHeadless(settings);
    await list.refresh();
  }
}

const eventsPanel = attachEventsPanel(list, eventLog, () => settings.lang);
document
  .querySelector('#clear-events')!
  .addEventListener('click', () => eventLog.replaceChildren());

form.addEventListener('change', () => update(settingsFromForm()));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update(settingsFromForm());
});
// The list's own page-size control changes `limit`; keep the demo's control and URL in step.
list.addEventListener('input-progress-page-change', (event: InputProgressPageChangeEvent) => {
  if (event.detail.limit !== settings.limit)
    update({ ...settings, limit: event.detail.limit }, false);
});

apply(settings, null);
fillForm(settings);
void restart(settings.job, 'open');

function update(next: DemoSettings, touchList = true): void {
  const previous = settings;
  settings = next;
  if (touchList) apply(next, previous);
  else fillForm(next);
  if (next.job !== previous.job) void restart(next.job, 'open');
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${writeSettings(next, defaults)}`,
  );
}

/** Pushes settings into the page: attributes of the list, theme, language, headless feed. */
function apply(next: DemoSettings, previous: DemoSettings | null): void {
  document.documentElement.dataset.theme = next.theme;
  // The page's own texts follow the language too, not only the elements; Arabic runs right
  // to left (the elements follow the page's direction).
  document.documentElement.lang = next.lang;
  document.documentElement.dir = translationFor(next.lang)?.$dir ?? 'ltr';
  translatePage(document, next.lang);
  if (previous && previous.lang !== next.lang) eventsPanel.translate();
  document.querySelector('#api-mode')!.textContent =
    mode === 'real' ? demoText(next.lang).apiReal : demoText(next.lang).apiSimulator;
  list.setAttribute('base-url', baseUrl);
  if (next.job) list.setAttribute('job-id', next.job);
  else list.removeAttribute('job-id');
  list.setAttribute('limit', String(next.limit));
  list.setAttribute('poll-interval', String(next.poll));
  list.density = next.density;
  // `lang` picks the registered translation and drives the elements' Intl formatting.
  list.setAttribute('lang', next.lang);

  const feedChanged =
    previous === null ||
    previous.job !== next.job ||
    previous.lang !== next.lang ||
    previous.poll !== next.poll;
  if (feedChanged) mountHeadless(next);
}

/** (Re)starts the headless example's feed for these settings. */
function mountHeadless(next: DemoSettings): void {
  stopHeadless?.();
  stopHeadless = null;
  headlessView.setAttribute('lang', next.lang);
  if (next.job) {
    stopHeadless = mountHeadlessExample(headlessView, {
      baseUrl,
      jobId: next.job,
      lang: next.lang,
      pollInterval: next.poll,
    });
  } else {
    headlessView.textContent = demoText(next.lang).enterJob;
  }
}

function settingsFromForm(): DemoSettings {
  const data = new FormData(form);
  const search = new URLSearchParams();
  for (const key of ['job', 'limit', 'theme', 'lang', 'poll', 'density']) {
    const value = data.get(key);
    if (typeof value === 'string') search.set(key, value.trim());
  }
  // An invalid entry (e.g. a mistyped job id) keeps the current value.
  return readSettings(search.toString(), settings);
}

function fillForm(current: DemoSettings): void {
  const field = (name: string) => form.elements.namedItem(name);
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
    '[name="job"]:not([disabled])',
  )) {
    if (
      control instanceof HTMLSelectElement &&
      ![...control.options].some((o) => o.value === current.job)
    ) {
      // A deep-linked job that is not a preset still gets an entry, so the control tells the truth.
      control.add(new Option(current.job, current.job));
    }
    control.value = current.job;
  }
  setSelect(field('limit'), String(current.limit), PAGE_SIZES.map(String));
  setSelect(field('poll'), String(current.poll), POLL_INTERVALS.map(String));
  setSelect(field('lang'), current.lang, [...LANGS]);
  for (const name of ['theme', 'density'] as const) {
    const radios = field(name);
    if (radios instanceof RadioNodeList) radios.value = current[name];
  }
}

function setSelect(control: unknown, value: string, known: readonly string[]): void {
  if (!(control instanceof HTMLSelectElement)) return;
  if (!known.includes(value) && ![...control.options].some((o) => o.value === value)) {
    control.add(new Option(value, value));
  }
  control.value = value;
}
