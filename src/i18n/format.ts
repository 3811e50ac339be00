import { isolate } from './bidi.js';
import type { Metric } from '../model/types.js';
import type { Messages } from './messages.js';

const MINUS = '\u2212';

/** Intl writes ASCII hyphen-minus in most locales; U+2212 is the typographic minus. */
function typographicMinus(text: string): string {
  return text.replaceAll('-', MINUS);
}

// Creating an Intl.NumberFormat costs far more than formatting with one, and a map formats
// thousands of numbers in a handful of styles: keep one formatter per tag and options.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(tag: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${tag}|${JSON.stringify(options)}` : tag;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A number for a BCP 47 tag; negatives with U+2212. */
export function formatNumber(tag: string, value: number, options?: Intl.NumberFormatOptions): string {
  return typographicMinus(numberFormat(tag, options).format(value));
}

/** A ratio (0.12) as a percent in the locale's style ("12%", "12 %", "١٢٪"); up to one decimal. */
export function formatPercent(tag: string, ratio: number, options?: Intl.NumberFormatOptions): string {
  return formatNumber(tag, ratio, { style: 'percent', maximumFractionDigits: 1, ...options });
}

/** A number with its sign always shown except for zero: "+34", "−12", "0". */
export function formatSigned(tag: string, value: number, options?: Intl.NumberFormatOptions): string {
  return formatNumber(tag, value, { signDisplay: 'exceptZero', ...options });
}

/**
 * Seconds as a short localised duration in the largest fitting unit: "45 s", "9 min", "1.5 h"
 * (one decimal at most).
 */
export function formatDuration(tag: string, seconds: number): string {
  const [unit, amount] =
    Math.abs(seconds) < 60
      ? (['second', seconds] as const)
      : Math.abs(seconds) < 3600
        ? (['minute', seconds / 60] as const)
        : (['hour', seconds / 3600] as const);
  return formatNumber(tag, amount, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  });
}

/** A metric ready to show: its name, formatted value and target, and one sentence of both. */
export interface FormattedMetric {
  name: string;
  value: string;
  target?: string;
  text: string;
}

function formatMetricValue(tag: string, kind: string, value: number, unit?: string): string {
  switch (kind) {
    case 'csat':
    case 'ces':
      return formatNumber(tag, value, { maximumFractionDigits: 1 });
    case 'nps':
      return formatSigned(tag, value, { maximumFractionDigits: 0 });
    case 'conversion':
    case 'retention':
    case 'drop-off':
      return formatPercent(tag, value);
    case 'time-on-task':
      return formatDuration(tag, value);
    default: {
      const number = formatNumber(tag, value, { maximumFractionDigits: 2 });
      // A no-break space keeps the number and its unit on one line.
      return unit ? `${number}\u00a0${unit}` : number;
    }
  }
}

/**
 * A metric by its kind: ratios as percent, NPS signed, time on task as a duration, CSAT and CES
 * with one decimal, other kinds as a number and their `unit`. The name is the metric's `label`,
 * else the built-in name of the kind, else the kind itself; journey text is bidi-isolated for a
 * line in direction `dir`.
 */
export function formatMetric(tag: string, msg: Messages, metric: Metric, dir: 'ltr' | 'rtl' = 'ltr'): FormattedMetric {
  // The label, an unknown kind and the unit are the journey's text: isolated from the built-in words.
  const name =
    metric.label !== undefined
      ? isolate(metric.label, dir)
      : Object.hasOwn(msg.metrics, metric.kind)
        ? msg.metrics[metric.kind as keyof Messages['metrics']]
        : isolate(metric.kind, dir);
  const unit = metric.unit === undefined ? undefined : isolate(metric.unit, dir);
  const value = formatMetricValue(tag, metric.kind, metric.value, unit);
  if (metric.target === undefined) return { name, value, text: msg.metricText(name, value) };
  const target = formatMetricValue(tag, metric.kind, metric.target, unit);
  return { name, value, target, text: msg.metricText(name, value, target) };
}
