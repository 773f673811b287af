/** Locale-aware formatting of the numbers, sizes, percentages and times the elements show. */
export interface Formatters {
  /** The BCP 47 tag actually used (an invalid `lang` falls back to the browser's). */
  readonly locale: string;
  number(value: number): string;
  /** `value` is 0–100. */
  percent(value: number): string;
  /** Decimal units (1 kB = 1,000 bytes), as file managers show them. */
  bytes(value: number): string;
  /** An instant relative to `now`, e.g. "5 minutes ago". */
  relative(timestamp: number, now: number): string;
  /** A length of time in its largest sensible unit, e.g. "4 min". */
  duration(ms: number): string;
}

const cache = new Map<string, Formatters>();

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
const TIME_UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 1000],
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
];

/** The largest unit in which `ms` is at least one (seconds at the least). */
function unitFor(ms: number): readonly [Intl.RelativeTimeFormatUnit, number] {
  let chosen = TIME_UNITS[0]!;
  for (const unit of TIME_UNITS) if (Math.abs(ms) >= unit[1]) chosen = unit;
  return chosen;
}

/**
 * Formatters for `lang`, created once per `lang` value (the cache is keyed by the raw
 * attribute, so a render costs a map lookup, no `Intl` constructor) because `Intl`
 * constructors are slow.
 */
export function formattersFor(lang: string): Formatters {
  let formatters = cache.get(lang);
  if (formatters) return formatters;
  let numberFormat: Intl.NumberFormat;
  try {
    numberFormat = new Intl.NumberFormat(lang);
  } catch {
    // A malformed lang attribute must not break rendering: use the browser's language.
    numberFormat = new Intl.NumberFormat();
  }
  const locale = numberFormat.resolvedOptions().locale;
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent' });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // One formatter per unit, made when the unit is first needed.
  const units = new Map<string, Intl.NumberFormat>();
  const unit = (name: string, value: number) => {
    let format = units.get(name);
    if (!format) units.set(name, (format = new Intl.NumberFormat(locale, { style: 'unit', unit: name, maximumFractionDigits: 1 })));
    return format.format(value);
  };
  formatters = {
    locale,
    number: (value) => numberFormat.format(value),
    percent: (value) => percentFormat.format(value / 100),
    bytes(value) {
      let index = 0;
      while (value >= 1000 && index < SIZE_UNITS.length - 1) {
        value /= 1000;
        index++;
      }
      return unit(SIZE_UNITS[index]!, value);
    },
    relative(timestamp, now) {
      // Clocks of server and browser drift; a moment "in 2 seconds" is really "now".
      const ms = Math.min(0, timestamp - now);
      const [name, size] = unitFor(ms);
      return relativeFormat.format(Math.round(ms / size), name);
    },
    duration(ms) {
      const [name, size] = unitFor(Math.max(0, ms));
      return unit(name, Math.max(0, Math.round(ms / size)));
    },
  };
  cache.set(lang, formatters);
  return formatters;
}
