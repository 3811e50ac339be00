/**
 * The living map's pure parts (issue #14): metrics read against their targets and live values,
 * ISO 8601 durations, comparing a baseline journey with the current one, and opportunities
 * ranked for the impact × effort matrix.
 *
 * @module
 */
export { CLOSE_FRACTION, metricDirection, metricStatus, type LiveMetricValue, type MetricStatus, type MetricStatusKind, type MetricStatusOptions } from './metric-status.js';
export { parseIsoDuration } from './iso-duration.js';
export {
  compareJourneys,
  compareMetrics,
  type ComparisonSummary,
  type FieldChange,
  type JourneyComparison,
  type MetricChange,
  type MetricDelta,
  type MetricOwner,
  type Position,
  type StageComparison,
  type TouchpointComparison,
  type Verdict,
} from './compare.js';
export {
  QUADRANTS,
  QUADRANT_SPLIT,
  listOpportunities,
  opportunityQuadrant,
  rankOpportunities,
  type OpportunityEntry,
  type OpportunityRanking,
  type Quadrant,
} from './opportunities.js';
