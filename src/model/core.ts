/**
 * The model's core: types, constants, the validator and pure helpers — what showing a journey
 * needs. The elements import this module, not `index.ts`, so a map that only shows a journey
 * never loads the edit operations (`edit/`).
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
  MetricDirection,
  Opportunity,
  OpportunityObject,
  OpportunityStatus,
  PainPoint,
  ParseResult,
  Persona,
  Problem,
  Severity,
  Stage,
  Touchpoint,
} from './types.js';
export { EVIDENCE_LEVELS, KNOWN_CHANNELS, KNOWN_METRIC_KINDS, LANE_IDS, METRIC_DIRECTIONS, OPPORTUNITY_STATUSES, SEVERITIES } from './types.js';

export { DATE_TIME_PATTERN, DIRECTIONS, LOCALE_PATTERN, MODEL_VERSION, STATES, SUBJECTS, parseJourney } from './parse.js';

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
