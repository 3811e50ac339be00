/**
 * Reading a metric against its target: which way is better, whether the target is met, close or
 * missed, and whether the value is stale. Pure; the elements and `compareJourneys` use it.
 *
 * @module
 */
import { metricInfo } from './helpers.js';
import { parseIsoDuration } from './iso-duration.js';
import type { Metric, MetricDirection } from './types.js';

/**
 * Which way is better for `metric`: its own `direction`, else by kind — `ces`, `drop-off` and
 * `time-on-task` are `lower-better`, every other kind (known or not) `higher-better`.
 */
export function metricDirection(metric: Pick<Metric, 'kind' | 'direction'>): MetricDirection {
  if (metric.direction === 'higher-better' || metric.direction === 'lower-better') return metric.direction;
  return metricInfo(metric.kind).better === 'lower' ? 'lower-better' : 'higher-better';
}

/** A live value for a metric, as `metricValues` and `metrics-src` give it, keyed by metric id. */
export interface LiveMetricValue {
  /** The newest value. */
  value: number;
  /** When it was measured: an ISO 8601 date-time. */
  asOf?: string;
  /** Earlier values, oldest first, for a sparkline. */
  series?: number[];
}

/** How a value stands against its target. */
export type MetricStatusKind = 'met' | 'close' | 'missed' | 'no-target';

/** A metric read against its target; see {@link metricStatus}. */
export interface MetricStatus {
  /** The value shown: the live one when given, else the journey's. */
  value: number;
  /** The journey's target, if any. */
  target: number | undefined;
  /** Which way is better. */
  direction: MetricDirection;
  /** `met`, `close` (within {@link CLOSE_FRACTION} of the target), `missed`, or `no-target`. */
  status: MetricStatusKind;
  /** Whether `asOf` is older than `staleAfter` at `now`. False when either is unknown. */
  stale: boolean;
  /** When the shown value was measured, as given (ISO 8601), if known. */
  asOf: string | undefined;
  /** Earlier values for a sparkline (live values only); empty when none. */
  series: readonly number[];
}

/** Options of {@link metricStatus}. */
export interface MetricStatusOptions {
  /** The time to judge staleness at: a `Date` or epoch milliseconds. Default: now. */
  now?: Date | number;
  /** How old a value may be before it is stale: an ISO 8601 duration (`PT15M`, `P1D`) or milliseconds. */
  staleAfter?: string | number;
}

/**
 * The "close" rule: a value that misses its target by at most this fraction of the target's
 * size is `close` (CES target 3: up to 3.3; conversion target 0.5: down to 0.45). When the target
 * is 0 the fraction is taken of the kind's range instead (NPS target 0: down to −20), and an
 * unknown kind with target 0 has no `close` band.
 */
export const CLOSE_FRACTION = 0.1;

/** How far `value` may miss `target` and still be `close`. */
function closeBand(kind: string, target: number): number {
  if (target !== 0) return Math.abs(target) * CLOSE_FRACTION;
  const info = metricInfo(kind);
  return info.known && info.min !== undefined && info.max !== undefined ? (info.max - info.min) * CLOSE_FRACTION : 0;
}

/** Epoch milliseconds of an ISO 8601 date-time, or `undefined` when it cannot be read. */
function timeOf(asOf: string | undefined): number | undefined {
  if (asOf === undefined) return undefined;
  const t = Date.parse(asOf);
  return Number.isNaN(t) ? undefined : t;
}

/**
 * `metric` read against its target, with a live value overlaid when given: the status by the
 * metric's direction ({@link metricDirection}) and the {@link CLOSE_FRACTION} rule, and whether
 * the value is older than `staleAfter`. A live value without `asOf` has no known age, so it is
 * never stale (the journey's `asOf` belongs to the journey's value, not to it).
 */
export function metricStatus(metric: Metric, live?: LiveMetricValue, options: MetricStatusOptions = {}): MetricStatus {
  const direction = metricDirection(metric);
  const value = live ? live.value : metric.value;
  const asOf = live ? live.asOf : metric.asOf;
  const target = metric.target;
  let status: MetricStatusKind = 'no-target';
  if (target !== undefined) {
    const shortfall = direction === 'higher-better' ? target - value : value - target;
    status = shortfall <= 0 ? 'met' : shortfall <= closeBand(metric.kind, target) ? 'close' : 'missed';
  }
  const limit = typeof options.staleAfter === 'string' ? parseIsoDuration(options.staleAfter) : options.staleAfter;
  const measured = timeOf(asOf);
  const now = options.now === undefined ? Date.now() : typeof options.now === 'number' ? options.now : options.now.getTime();
  const stale = limit !== undefined && limit !== null && measured !== undefined && now - measured > limit;
  const series = live?.series?.filter((x) => typeof x === 'number' && Number.isFinite(x)) ?? [];
  return { value, target, direction, status, stale, asOf, series };
}
