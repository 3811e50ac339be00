import type { MessageFactory } from '../messages.js';
import { LATIN_PUNCTUATION } from '../punctuation.js';

/** German. Keeps "Journey" and "Pain Points", the terms German UX teams use. */
export const de: MessageFactory<'one' | 'other'> = (f) => {
  const problems = (n: number) =>
    f.plural(n, { one: (c) => `${c} Problem`, other: (c) => `${c} Probleme` });
  const painPoints = (n: number) =>
    f.plural(n, { one: (c) => `${c} Pain Point`, other: (c) => `${c} Pain Points` });
  const opportunities = (n: number) => f.plural(n, { one: (c) => `${c} Chance`, other: (c) => `${c} Chancen` });
  const touchpoints = (n: number) =>
    f.plural(n, { one: (c) => `${c} Kontaktpunkt`, other: (c) => `${c} Kontaktpunkte` });
  const directions = { 'higher-better': 'höher ist besser', 'lower-better': 'niedriger ist besser' };
  const verdicts = { improved: 'verbessert', worsened: 'verschlechtert', unchanged: 'unverändert' };
  // How a count of touchpoints changed.
  const changeWords = { added: 'hinzugefügt', removed: 'entfernt', moved: 'verschoben', changed: 'geändert' };
  return {
    punctuation: LATIN_PUNCTUATION,
    none: 'keine',
    emotions: {
      'very-negative': 'frustriert',
      negative: 'unzufrieden',
      neutral: 'neutral',
      positive: 'zufrieden',
      'very-positive': 'begeistert',
    },
    lanes: {
      touchpoints: 'Kontaktpunkte',
      actions: 'Handlungen',
      thoughts: 'Gedanken',
      emotions: 'Gefühle',
      'pain-points': 'Pain Points',
      opportunities: 'Chancen',
      backstage: 'Hinter den Kulissen',
      metrics: 'Kennzahlen',
    },
    channels: {
      web: 'Website',
      'mobile-app': 'Mobile App',
      email: 'E-Mail',
      phone: 'Telefon',
      chat: 'Chat',
      social: 'Soziale Medien',
      store: 'Filiale',
      ad: 'Werbung',
      search: 'Suche',
      'word-of-mouth': 'Mundpropaganda',
      event: 'Veranstaltung',
      mail: 'Brief',
      review: 'Bewertungen',
      support: 'Kundenservice',
      video: 'Video',
      partner: 'Partner',
      other: 'Anderer Kanal',
    },
    metrics: {
      csat: 'CSAT',
      nps: 'NPS',
      ces: 'Kundenaufwand',
      conversion: 'Konversion',
      retention: 'Kundenbindung',
      'drop-off': 'Absprungrate',
      'time-on-task': 'Bearbeitungszeit',
    },
    evidenceLevels: { assumption: 'Annahme', anecdotal: 'Einzelbeobachtung', validated: 'Belegt' },
    severities: { low: 'Gering', medium: 'Mittel', high: 'Hoch' },
    subjects: { customer: 'Customer Journey', employee: 'Employee Journey' },
    states: { current: 'Ist-Zustand', future: 'Soll-Zustand' },

    stage: 'Phase',
    persona: 'Persona',
    touchpoint: 'Kontaktpunkt',
    channel: 'Kanal',
    emotion: 'Gefühl',
    momentOfTruth: 'Moment der Wahrheit',
    evidence: 'Datengrundlage',
    sampleSize: (n) => `Stichprobe: ${f.n(n)}`,
    source: 'Quelle',
    severity: 'Schweregrad',
    impact: (n) => `Wirkung ${f.n(n)} von ${f.n(5)}`,
    effort: (n) => `Aufwand ${f.n(n)} von ${f.n(5)}`,
    owner: 'Verantwortlich',
    target: (value) => `Ziel ${value}`,
    metricText: (name, value, target) =>
      target === undefined ? `${name}: ${value}` : `${name}: ${value}, Ziel ${target}`,

    personaLabel: (name, role) => (role ? `Persona: ${name}, ${role}` : `Persona: ${name}`),
    goals: 'Ziele',
    frustrations: 'Frustrationen',
    needs: 'Bedürfnisse',
    quote: 'Zitat',
    quotes: 'Zitate',
    description: 'Beschreibung',

    painPointCount: painPoints,
    opportunityCount: opportunities,
    touchpointCount: touchpoints,
    problemCount: problems,

    emotionValue: (value, min, max) =>
      `${f.n(value)} auf einer Skala von ${f.n(min)} bis ${f.n(max)}`,
    emotionDescription: (valueText, word) => `${valueText}, ${word}`,
    range: (min, max) => `Spanne von ${f.n(min)} bis ${f.n(max)}`,
    emotionCurve: 'Emotionskurve',
    emotionOverJourney: 'Gefühle entlang der Journey',
    notMeasured: 'Nicht gemessen',
    curveSeries: (persona) => `Emotionskurve von ${persona}`,
    curvePoint: (title, description) => `${title}: ${description}`,

    allPersonas: 'Alle Personas',
    showOnly: (persona) => `Nur ${persona} anzeigen`,
    showingAllPersonas: 'Alle Personas werden angezeigt',
    unknownPersona: (id) => `Keine Persona „${id}“ in dieser Journey: alle Personas werden angezeigt`,
    showingPersona: (persona) => `Die Journey von ${persona} wird angezeigt`,
    loading: 'Journey wird geladen …',
    empty: 'Diese Journey hat noch keine Kontaktpunkte.',
    invalid: (n) => `Die Journey kann nicht angezeigt werden: ${problems(n)}`,
    showProblems: 'Probleme anzeigen',
    hideProblems: 'Probleme ausblenden',
    close: 'Schließen',
    details: 'Details',
    nextSteps: 'Nächste Schritte',
    goTo: (title) => `Zu „${title}“ springen`,
    openLink: 'Link öffnen',
    leadsTo: 'Führt zu',
    loopsBackTo: 'Führt zurück zu',
    stageOf: (n, total, name) => `Phase ${f.n(n)} von ${f.n(total)}: ${name}`,
    journeyMetrics: 'Kennzahlen der Journey',
    stageMetrics: 'Kennzahlen der Phase',

    changeKinds: { ...changeWords, unchanged: 'unverändert' },
    verdicts,
    directions,
    metricStatuses: { met: 'Ziel erreicht', close: 'nahe am Ziel', missed: 'Ziel verfehlt', 'no-target': 'kein Ziel' },
    stale: 'veraltet',
    asOf: (time) => `Stand ${time}`,
    trends: { up: 'steigend', down: 'fallend', flat: 'gleichbleibend' },
    metricStatusChanges: (n) => f.plural(n, { one: (c) => `Status von ${c} Kennzahl geändert`, other: (c) => `Status von ${c} Kennzahlen geändert` }),
    emotionChange: (from, to) => `Gefühl ${f.n(from)} → ${f.n(to)}`,
    metricChange: (metric, from, to, direction, verdict) =>
      `${metric} ${from} → ${to}, ${directions[direction]}: ${verdicts[verdict]}`,
    changeCount: (kind, n) => `${touchpoints(n)} ${changeWords[kind]}`,
    painPointsSolved: (n) => `${painPoints(n)} gelöst`,

    quadrants: { 'quick-win': 'Schnelle Erfolge', 'major-project': 'Großprojekte', 'fill-in': 'Lückenfüller', thankless: 'Undankbare Aufgaben' },
    opportunityStatuses: { open: 'Offen', planned: 'Geplant', 'in-progress': 'In Arbeit', done: 'Erledigt', dismissed: 'Verworfen' },
    opportunityMatrix: 'Chancen nach Wirkung und Aufwand',
    matrixDescription: (n) => `Matrix aus Wirkung × Aufwand mit ${opportunities(n)}`,
    matrixKeys: 'Pfeiltasten wechseln zwischen den Punkten; Enter öffnet einen Punkt in der Karte.',
    impactAxis: 'Wirkung',
    effortAxis: 'Aufwand',
    ratio: 'Wirkung ÷ Aufwand',
    statusFilter: 'Status',
    view: 'Ansicht',
    matrixView: 'Matrix',
    tableView: 'Tabelle',
    opportunityTable: 'Chancen nach Wirkung im Verhältnis zum Aufwand',
    rank: 'Rang',
    opportunity: 'Chance',
    painPointsAnswered: 'Beantwortete Pain Points',
    notRated: 'Nicht bewertet',
    unratedCount: (n) => `${opportunities(n)} ohne Wirkung und Aufwand: nur in der Tabelle`,
    noOpportunities: 'Keine Chance hat den gewählten Status.',
  };
};
