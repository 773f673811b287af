// The forwarder's job id rule, from the package's browser-safe module (no server code).
import { JOB_ID_PATTERN } from '@input-progress/forwarder/job-id';

/** The dashboard's settings, mirrored in the page URL so every view can be linked to. */
export interface DemoSettings {
  /** The job shown: a simulator preset, or any job id (real-API mode, deep links). */
  readonly job: string;
  /** Page size of the list. */
  readonly limit: number;
  readonly theme: DemoTheme;
  readonly lang: DemoLang;
  /** Poll interval in milliseconds; 0 turns polling off. */
  readonly poll: number;
  /** How much each row shows: everything, or one line with details on demand. */
  readonly density: DemoDensity;
}

export const THEMES = ['system', 'light', 'dark', 'custom'] as const;
export type DemoTheme = (typeof THEMES)[number];

export const LANGS = ['en', 'de', 'ar'] as const;
export type DemoLang = (typeof LANGS)[number];

export const DENSITIES = ['comfortable', 'compact'] as const;
export type DemoDensity = (typeof DENSITIES)[number];

export const PAGE_SIZES = [5, 10, 20, 50, 100] as const;
export const POLL_INTERVALS = [1000, 2000, 5000, 0] as const;

export const DEFAULT_SETTINGS: DemoSettings = {
  job: 'job_demo_small',
  limit: 10,
  theme: 'system',
  lang: 'en',
  poll: 2000,
  density: 'comfortable',
};

/**
 * Reads the settings from a query string. The URL is untrusted input: every value is checked
 * against what the controls offer (a job id against the forwarder's own `JOB_ID_PATTERN`) and
 * falls back to its default, never throws.
 */
export function readSettings(
  search: string,
  defaults: DemoSettings = DEFAULT_SETTINGS,
): DemoSettings {
  const params = new URLSearchParams(search);
  const job = params.get('job');
  const limit = Number(params.get('limit'));
  const poll = Number(params.get('poll') ?? Number.NaN);
  const theme = params.get('theme');
  const lang = params.get('lang');
  const density = params.get('density');
  return {
    job: job !== null && JOB_ID_PATTERN.test(job) ? job : defaults.job,
    limit: Number.isInteger(limit) && limit >= 1 && limit <= 1000 ? limit : defaults.limit,
    theme: (THEMES as readonly string[]).includes(theme ?? '')
      ? (theme as DemoTheme)
      : defaults.theme,
    lang: (LANGS as readonly string[]).includes(lang ?? '') ? (lang as DemoLang) : defaults.lang,
    poll: Number.isInteger(poll) && poll >= 0 && poll <= 600_000 ? poll : defaults.poll,
    density: (DENSITIES as readonly string[]).includes(density ?? '')
      ? (density as DemoDensity)
      : defaults.density,
  };
}

/** Writes the settings that differ from the defaults as a query string (`''` when none do). */
export function writeSettings(
  settings: DemoSettings,
  defaults: DemoSettings = DEFAULT_SETTINGS,
): string {
  const params = new URLSearchParams();
  for (const key of ['job', 'limit', 'theme', 'lang', 'poll', 'density'] as const) {
    if (settings[key] !== defaults[key]) params.set(key, String(settings[key]));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
