/**
 * `journeykit/model`: the journey model without any DOM — types, constants, the validator and
 * pure helpers. Runs in browsers, Node, workers and build tools alike.
 *
 * @module
 */
export type {
  Direction,
  EmotionRange,
  EmotionScale,
  Evidence,
  EvidenceLevel,
  Journey,
  JourneyState,
  JourneySubject,
  KnownChannel,
  KnownMetricKind,
  LaneId,
  Metric,
  Opportunity,
  PainPoint,
  ParseResult,
  Persona,
  Problem,
  Severity,
  Stage,
  Touchpoint,
} from './types.js';
export { EVIDENCE_LEVELS, KNOWN_CHANNELS, KNOWN_METRIC_KINDS, LANE_IDS, SEVERITIES } from './types.js';

export { DIRECTIONS, LOCALE_PATTERN, MODEL_VERSION, STATES, SUBJECTS, parseJourney } from './parse.js';

export {
  DEFAULT_EMOTION_SCALE,
  emotionBand,
  emotionLabelFor,
  emotionNeutralPoint,
  emotionPosition,
  emotionScaleOf,
  explainUnsafeUrl,
  hasExplicitPaths,
  isKnownMetricKind,
  isLaneId,
  isMetricValueInRange,
  isSafeUrl,
  laneIsFilled,
  lanesToShow,
  metricInfo,
  parseLaneList,
  pathEdges,
  personaIds,
  personaIdsOf,
  stageIndexById,
  touchpointById,
  touchpointsByStage,
  touchpointsFor,
} from './helpers.js';
export type {
  EmotionBand,
  MetricFormat,
  MetricInfo,
  PathEdge,
  PathEdgeKind,
  PersonaFilter,
  ResolvedEmotionScale,
  StageGroup,
  UrlKind,
} from './helpers.js';

export { escapePointerToken, formatJsonPointer, parseJsonPointer, unescapePointerToken } from './json-pointer.js';
export { MAX_DEPTH, MAX_VALUES } from './plain-data.js';
export { MAX_ERRORS_CHECKED, MAX_LISTED_PER_KIND, MAX_LISTED_PROBLEMS, MAX_RETURNED_PROBLEMS } from './report.js';
export { COLOR_PATTERN, isCssColor, MAX_COLOR_LENGTH } from './css-color.js';
export { decodeJourneyBytes, type DecodeResult } from './encoding.js';

// Editing: pure operations with their patch and inverse, applyPatch and diffJourneys (docs/editing.md).
export * from './edit/index.js';
