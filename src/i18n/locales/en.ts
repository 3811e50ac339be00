import type { MessageFactory } from '../messages.js';
import { LATIN_PUNCTUATION } from '../punctuation.js';

/** English: the fallback for every locale the library does not ship. */
export const en: MessageFactory<'one' | 'other'> = (f) => {
  const problems = (n: number) =>
    f.plural(n, { one: (c) => `${c} problem`, other: (c) => `${c} problems` });
  const painPoints = (n: number) =>
    f.plural(n, { one: (c) => `${c} pain point`, other: (c) => `${c} pain points` });
  const opportunities = (n: number) =>
    f.plural(n, { one: (c) => `${c} opportunity`, other: (c) => `${c} opportunities` });
  const touchpoints = (n: number) =>
    f.plural(n, { one: (c) => `${c} touchpoint`, other: (c) => `${c} touchpoints` });
  const directions = { 'higher-better': 'higher is better', 'lower-better': 'lower is better' };
  const verdicts = { improved: 'improved', worsened: 'worsened', unchanged: 'unchanged' };
  // How a count of touchpoints changed.
  const changeWords = { added: 'added', removed: 'removed', moved: 'moved', changed: 'changed' };
  return {
    punctuation: LATIN_PUNCTUATION,
    none: 'none',
    emotions: {
      'very-negative': 'frustrated',
      negative: 'unhappy',
      neutral: 'neutral',
      positive: 'pleased',
      'very-positive': 'delighted',
    },
    lanes: {
      touchpoints: 'Touchpoints',
      actions: 'Actions',
      thoughts: 'Thoughts',
      emotions: 'Emotions',
      'pain-points': 'Pain points',
      opportunities: 'Opportunities',
      backstage: 'Backstage',
      metrics: 'Metrics',
    },
    channels: {
      web: 'Website',
      'mobile-app': 'Mobile app',
      email: 'Email',
      phone: 'Phone',
      chat: 'Chat',
      social: 'Social media',
      store: 'Store',
      ad: 'Advertising',
      search: 'Search',
      'word-of-mouth': 'Word of mouth',
      event: 'Event',
      mail: 'Post',
      review: 'Reviews',
      support: 'Customer support',
      video: 'Video',
      partner: 'Partner',
      other: 'Other channel',
    },
    metrics: {
      csat: 'CSAT',
      nps: 'NPS',
      ces: 'Customer effort',
      conversion: 'Conversion',
      retention: 'Retention',
      'drop-off': 'Drop-off',
      'time-on-task': 'Time on task',
    },
    evidenceLevels: { assumption: 'Assumption', anecdotal: 'Anecdotal', validated: 'Validated' },
    severities: { low: 'Low', medium: 'Medium', high: 'High' },
    subjects: { customer: 'Customer journey', employee: 'Employee journey' },
    states: { current: 'Current state', future: 'Future state' },

    stage: 'Stage',
    persona: 'Persona',
    touchpoint: 'Touchpoint',
    channel: 'Channel',
    emotion: 'Emotion',
    momentOfTruth: 'Moment of truth',
    evidence: 'Evidence',
    sampleSize: (n) => `Sample size ${f.n(n)}`,
    source: 'Source',
    severity: 'Severity',
    impact: (n) => `Impact ${f.n(n)} of ${f.n(5)}`,
    effort: (n) => `Effort ${f.n(n)} of ${f.n(5)}`,
    owner: 'Owner',
    target: (value) => `target ${value}`,
    metricText: (name, value, target) =>
      target === undefined ? `${name}: ${value}` : `${name}: ${value}, target ${target}`,

    personaLabel: (name, role) => (role ? `Persona: ${name}, ${role}` : `Persona: ${name}`),
    goals: 'Goals',
    frustrations: 'Frustrations',
    needs: 'Needs',
    quote: 'Quote',
    quotes: 'Quotes',
    description: 'Description',

    painPointCount: painPoints,
    opportunityCount: opportunities,
    touchpointCount: touchpoints,
    problemCount: problems,

    emotionValue: (value, min, max) => `${f.n(value)} of ${f.n(min)} to ${f.n(max)}`,
    emotionDescription: (valueText, word) => `${valueText}, ${word}`,
    range: (min, max) => `Range ${f.n(min)} to ${f.n(max)}`,
    emotionCurve: 'Emotion curve',
    emotionOverJourney: 'Emotion over the journey',
    notMeasured: 'Not measured',
    curveSeries: (persona) => `Emotion curve for ${persona}`,
    curvePoint: (title, description) => `${title}: ${description}`,

    allPersonas: 'All personas',
    showOnly: (persona) => `Show only ${persona}`,
    showingAllPersonas: 'Showing all personas',
    unknownPersona: (id) => `No persona “${id}” in this journey: showing all personas`,
    showingPersona: (persona) => `Showing ${persona}'s journey`,
    loading: 'Loading journey…',
    empty: 'This journey has no touchpoints yet.',
    invalid: (n) => `The journey could not be shown: ${problems(n)}`,
    showProblems: 'Show problems',
    hideProblems: 'Hide problems',
    close: 'Close',
    details: 'Details',
    nextSteps: 'Next steps',
    goTo: (title) => `Go to ${title}`,
    openLink: 'Open link',
    leadsTo: 'Leads to',
    loopsBackTo: 'Loops back to',
    stageOf: (n, total, name) => `Stage ${f.n(n)} of ${f.n(total)}: ${name}`,
    journeyMetrics: 'Journey metrics',
    stageMetrics: 'Stage metrics',

    changeKinds: { ...changeWords, unchanged: 'unchanged' },
    verdicts,
    directions,
    metricStatuses: { met: 'target met', close: 'close to target', missed: 'target missed', 'no-target': 'no target' },
    stale: 'out of date',
    asOf: (time) => `as of ${time}`,
    trends: { up: 'trending up', down: 'trending down', flat: 'steady' },
    metricStatusChanges: (n) => f.plural(n, { one: (c) => `${c} metric changed status`, other: (c) => `${c} metrics changed status` }),
    emotionChange: (from, to) => `Emotion ${f.n(from)} → ${f.n(to)}`,
    metricChange: (metric, from, to, direction, verdict) =>
      `${metric} ${from} → ${to}, ${directions[direction]}: ${verdicts[verdict]}`,
    changeCount: (kind, n) => `${touchpoints(n)} ${changeWords[kind]}`,
    painPointsSolved: (n) => `${painPoints(n)} solved`,

    quadrants: { 'quick-win': 'Quick wins', 'major-project': 'Major projects', 'fill-in': 'Fill-ins', thankless: 'Thankless tasks' },
    opportunityStatuses: { open: 'Open', planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dismissed: 'Dismissed' },
    opportunityMatrix: 'Opportunities by impact and effort',
    matrixDescription: (n) => `Impact × effort matrix of ${opportunities(n)}`,
    matrixKeys: 'Arrow keys move between points; Enter opens one in the map.',
    impactAxis: 'Impact',
    effortAxis: 'Effort',
    ratio: 'Impact ÷ effort',
    statusFilter: 'Status',
    view: 'View',
    matrixView: 'Matrix',
    tableView: 'Table',
    opportunityTable: 'Opportunities ranked by impact over effort',
    rank: 'Rank',
    opportunity: 'Opportunity',
    painPointsAnswered: 'Pain points it answers',
    notRated: 'Not rated',
    unratedCount: (n) => `${opportunities(n)} without impact and effort: in the table only`,
    noOpportunities: 'No opportunity has the chosen status.',
  };
};
