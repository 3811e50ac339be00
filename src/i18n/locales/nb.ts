import type { MessageFactory } from '../messages.js';
import { LATIN_PUNCTUATION } from '../punctuation.js';

/** Norwegian Bokmål (also used for `no` and `nn`). */
export const nb: MessageFactory<'one' | 'other'> = (f) => {
  const problems = (n: number) =>
    f.plural(n, { one: (c) => `${c} problem`, other: (c) => `${c} problemer` });
  const painPoints = (n: number) =>
    f.plural(n, { one: (c) => `${c} smertepunkt`, other: (c) => `${c} smertepunkter` });
  const opportunities = (n: number) =>
    f.plural(n, { one: (c) => `${c} mulighet`, other: (c) => `${c} muligheter` });
  const touchpoints = (n: number) =>
    f.plural(n, { one: (c) => `${c} kontaktpunkt`, other: (c) => `${c} kontaktpunkter` });
  const directions = { 'higher-better': 'høyere er bedre', 'lower-better': 'lavere er bedre' };
  const verdicts = { improved: 'bedre', worsened: 'verre', unchanged: 'uendret' };
  // How a count of touchpoints changed.
  const changeWords = { added: 'lagt til', removed: 'fjernet', moved: 'flyttet', changed: 'endret' };
  return {
    punctuation: LATIN_PUNCTUATION,
    none: 'ingen',
    emotions: {
      'very-negative': 'frustrert',
      negative: 'misfornøyd',
      neutral: 'nøytral',
      positive: 'fornøyd',
      'very-positive': 'begeistret',
    },
    lanes: {
      touchpoints: 'Kontaktpunkter',
      actions: 'Handlinger',
      thoughts: 'Tanker',
      emotions: 'Følelser',
      'pain-points': 'Smertepunkter',
      opportunities: 'Muligheter',
      backstage: 'Bak kulissene',
      metrics: 'Måltall',
    },
    channels: {
      web: 'Nettsted',
      'mobile-app': 'Mobilapp',
      email: 'E-post',
      phone: 'Telefon',
      chat: 'Chat',
      social: 'Sosiale medier',
      store: 'Butikk',
      ad: 'Reklame',
      search: 'Søk',
      'word-of-mouth': 'Jungeltelegrafen',
      event: 'Arrangement',
      mail: 'Brev',
      review: 'Anmeldelser',
      support: 'Kundeservice',
      video: 'Video',
      partner: 'Samarbeidspartner',
      other: 'Annen kanal',
    },
    metrics: {
      csat: 'CSAT',
      nps: 'NPS',
      ces: 'Kundeinnsats',
      conversion: 'Konvertering',
      retention: 'Kundelojalitet',
      'drop-off': 'Frafall',
      'time-on-task': 'Tidsbruk',
    },
    evidenceLevels: { assumption: 'Antagelse', anecdotal: 'Enkeltobservasjoner', validated: 'Bekreftet' },
    severities: { low: 'Lav', medium: 'Middels', high: 'Høy' },
    subjects: { customer: 'Kundereise', employee: 'Medarbeiderreise' },
    states: { current: 'Nåsituasjon', future: 'Ønsket situasjon' },

    stage: 'Fase',
    persona: 'Persona',
    touchpoint: 'Kontaktpunkt',
    channel: 'Kanal',
    emotion: 'Følelse',
    momentOfTruth: 'Sannhetens øyeblikk',
    evidence: 'Kunnskapsgrunnlag',
    sampleSize: (n) => `Utvalg: ${f.n(n)}`,
    source: 'Kilde',
    severity: 'Alvorlighetsgrad',
    impact: (n) => `Effekt ${f.n(n)} av ${f.n(5)}`,
    effort: (n) => `Innsats ${f.n(n)} av ${f.n(5)}`,
    owner: 'Ansvarlig',
    target: (value) => `mål ${value}`,
    metricText: (name, value, target) =>
      target === undefined ? `${name}: ${value}` : `${name}: ${value}, mål ${target}`,

    personaLabel: (name, role) => (role ? `Persona: ${name}, ${role}` : `Persona: ${name}`),
    goals: 'Mål',
    frustrations: 'Frustrasjoner',
    needs: 'Behov',
    quote: 'Sitat',
    quotes: 'Sitater',
    description: 'Beskrivelse',

    painPointCount: painPoints,
    opportunityCount: opportunities,
    touchpointCount: touchpoints,
    problemCount: problems,

    emotionValue: (value, min, max) => `${f.n(value)} på en skala fra ${f.n(min)} til ${f.n(max)}`,
    emotionDescription: (valueText, word) => `${valueText}, ${word}`,
    range: (min, max) => `Spenn fra ${f.n(min)} til ${f.n(max)}`,
    emotionCurve: 'Følelseskurve',
    emotionOverJourney: 'Følelser gjennom reisen',
    notMeasured: 'Ikke målt',
    curveSeries: (persona) => `Følelseskurve for ${persona}`,
    curvePoint: (title, description) => `${title}: ${description}`,

    allPersonas: 'Alle personaer',
    showOnly: (persona) => `Vis bare ${persona}`,
    showingAllPersonas: 'Viser alle personaer',
    unknownPersona: (id) => `Ingen persona «${id}» i denne reisen: viser alle personaer`,
    showingPersona: (persona) => `Viser reisen til ${persona}`,
    loading: 'Laster inn reisen …',
    empty: 'Denne reisen har ingen kontaktpunkter ennå.',
    invalid: (n) => `Reisen kan ikke vises: ${problems(n)}`,
    showProblems: 'Vis problemer',
    hideProblems: 'Skjul problemer',
    close: 'Lukk',
    details: 'Detaljer',
    nextSteps: 'Neste steg',
    goTo: (title) => `Gå til ${title}`,
    openLink: 'Åpne lenken',
    leadsTo: 'Fører til',
    loopsBackTo: 'Går tilbake til',
    stageOf: (n, total, name) => `Fase ${f.n(n)} av ${f.n(total)}: ${name}`,
    journeyMetrics: 'Måltall for reisen',
    stageMetrics: 'Måltall for fasen',

    changeKinds: { ...changeWords, unchanged: 'uendret' },
    verdicts,
    directions,
    metricStatuses: { met: 'mål nådd', close: 'nær målet', missed: 'mål ikke nådd', 'no-target': 'uten mål' },
    stale: 'utdatert',
    asOf: (time) => `per ${time}`,
    trends: { up: 'stigende', down: 'synkende', flat: 'stabil' },
    metricStatusChanges: (n) => f.plural(n, { one: (c) => `${c} måltall endret status`, other: (c) => `${c} måltall endret status` }),
    emotionChange: (from, to) => `Følelse ${f.n(from)} → ${f.n(to)}`,
    metricChange: (metric, from, to, direction, verdict) =>
      `${metric} ${from} → ${to}, ${directions[direction]}: ${verdicts[verdict]}`,
    changeCount: (kind, n) => `${touchpoints(n)} ${changeWords[kind]}`,
    painPointsSolved: (n) => `${painPoints(n)} løst`,

    quadrants: { 'quick-win': 'Raske gevinster', 'major-project': 'Store prosjekter', 'fill-in': 'Småoppgaver', thankless: 'Utakknemlige oppgaver' },
    opportunityStatuses: { open: 'Åpen', planned: 'Planlagt', 'in-progress': 'Pågår', done: 'Ferdig', dismissed: 'Avvist' },
    opportunityMatrix: 'Muligheter etter effekt og innsats',
    matrixDescription: (n) => `Matrise over effekt × innsats med ${opportunities(n)}`,
    matrixKeys: 'Piltastene flytter mellom punktene; Enter åpner et punkt i kartet.',
    impactAxis: 'Effekt',
    effortAxis: 'Innsats',
    ratio: 'Effekt ÷ innsats',
    statusFilter: 'Status',
    view: 'Visning',
    matrixView: 'Matrise',
    tableView: 'Tabell',
    opportunityTable: 'Muligheter rangert etter effekt delt på innsats',
    rank: 'Rangering',
    opportunity: 'Mulighet',
    painPointsAnswered: 'Smertepunkter den løser',
    notRated: 'Ikke vurdert',
    unratedCount: (n) => `${opportunities(n)} uten effekt og innsats: bare i tabellen`,
    noOpportunities: 'Ingen mulighet har valgt status.',
  };
};
