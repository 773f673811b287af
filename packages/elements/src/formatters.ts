/**
 * The forms of a word by plural category (`Intl.PluralRules`): `other` is required, the rest
 * as the language has them (`one`, `two`, `few`, `many`, `zero`).
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/**
 * Locale-aware formatting of the numbers, sizes, percentages and times the elements show.
 * Strings that count something receive it as their last argument.
 */
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
  /**
   * The form of a word for `count` in this language, e.g. `plural(1, { one: 'item', other:
   * 'items' })` is "item" in English; a category the forms lack falls back to `other`.
   */
  plural(count: number, forms: PluralForms): string;
}

const cache = new Map<string, Formatters>();

type Unit<Name extends string = string> = readonly [Name, number];

/** Decimal sizes: 1 kB = 1,000 bytes. */
const SIZE_UNITS: readonly Unit[] = [
  ['byte', 1],
  ['kilobyte', 1e3],
  ['megabyte', 1e6],
  ['gigabyte', 1e9],
  ['terabyte', 1e12],
];
const TIME_UNITS: ReadonlyArray<Unit<Intl.RelativeTimeFormatUnit>> = [
  ['second', 1000],
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
];

/** The largest of `units` in which `value` is at least one (the first unit at the least). */
function unitFor<Name extends string>(value: number, units: ReadonlyArray<Unit<Name>>): Unit<Name> {
  let chosen = units[0]!;
  for (const unit of units) if (Math.abs(value) >= unit[1]) chosen = unit;
  return chosen;
}

/**
 * `format`, remembering its latest answers. A page shows the same few values hundreds of
 * times (percentages, item counts, "2 minutes ago"), and an `Intl` format call costs more
 * than the rest of a row's render; at most `size` answers are kept.
 */
function remembered<Value>(
  format: (value: Value) => string,
  size = 1000,
): (value: Value) => string {
  const answers = new Map<Value, string>();
  return (value) => {
    let answer = answers.get(value);
    if (answer === undefined) {
      if (answers.size >= size) answers.clear();
      answer = format(value);
      answers.set(value, answer);
    }
    return answer;
  };
}

/** `format(unit, value)`, with one remembered formatter per unit, made when first needed. */
function perUnit<Name extends string>(
  make: (name: Name) => (value: number) => string,
): (name: Name, value: number) => string {
  const formats = new Map<Name, (value: number) => string>();
  return (name, value) => {
    let format = formats.get(name);
    if (!format) {
      format = remembered(make(name));
      formats.set(name, format);
    }
    return format(value);
  };
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
  const unit = perUnit((name: string) => {
    const format = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: name,
      maximumFractionDigits: 1,
    });
    return (value) => format.format(value);
  });
  const relative = perUnit(
    (name: Intl.RelativeTimeFormatUnit) => (value) => relativeFormat.format(value, name),
  );
  const number = remembered((value: number) => numberFormat.format(value));
  const percent = remembered((value: number) => percentFormat.format(value / 100));
  const pluralRules = new Intl.PluralRules(locale);
  const category = remembered((value: number) => pluralRules.select(value));
  formatters = {
    locale,
    number,
    percent,
    bytes(value) {
      const [name, size] = unitFor(value, SIZE_UNITS);
      return unit(name, value / size);
    },
    relative(timestamp, now) {
      // Clocks of server and browser drift; a moment "in 2 seconds" is really "now".
      const ms = Math.min(0, timestamp - now);
      const [name, size] = unitFor(ms, TIME_UNITS);
      return relative(name, Math.round(ms / size));
    },
    duration(ms) {
      const [name, size] = unitFor(Math.max(0, ms), TIME_UNITS);
      return unit(name, Math.max(0, Math.round(ms / size)));
    },
    plural: (count, forms) => forms[category(count) as Intl.LDMLPluralRule] ?? forms.other,
  };
  cache.set(lang, formatters);
  return formatters;
}
