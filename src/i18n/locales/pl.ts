import type { MessageFactory } from '../messages.js';
import { LATIN_PUNCTUATION } from '../punctuation.js';

/**
 * Polish. Three integer plural forms (1; 2–4, 22–24…; 5–21, 25…) plus `other` for fractions.
 * Feelings are nouns ("frustracja") so they need no grammatical gender. Names are kept in the
 * nominative after a colon, because Polish would otherwise decline them.
 */
export const pl: MessageFactory<'one' | 'few' | 'many' | 'other'> = (f) => {
  const problems = (n: number) =>
    f.plural(n, {
      one: (c) => `${c} problem`,
      few: (c) => `${c} problemy`,
      many: (c) => `${c} problemów`,
      other: (c) => `${c} problemu`,
    });
  const painPoints = (n: number) =>
    f.plural(n, {
      one: (c) => `${c} bolączka`,
      few: (c) => `${c} bolączki`,
      many: (c) => `${c} bolączek`,
      other: (c) => `${c} bolączki`,
    });
  const opportunities = (n: number) =>
    f.plural(n, {
      one: (c) => `${c} szansa`,
      few: (c) => `${c} szanse`,
      many: (c) => `${c} szans`,
      other: (c) => `${c} szansy`,
    });
  const touchpoints = (n: number) =>
    f.plural(n, {
      one: (c) => `${c} punkt styku`,
      few: (c) => `${c} punkty styku`,
      many: (c) => `${c} punktów styku`,
      other: (c) => `${c} punktu styku`,
    });
  const directions = { 'higher-better': 'wyższa wartość jest lepsza', 'lower-better': 'niższa wartość jest lepsza' };
  const verdicts = { improved: 'poprawa', worsened: 'pogorszenie', unchanged: 'bez zmian' };
  // Impersonal past: no agreement with the count.
  const changeWords = { added: 'dodano', removed: 'usunięto', moved: 'przeniesiono', changed: 'zmieniono' };
  return {
    punctuation: LATIN_PUNCTUATION,
    none: 'brak',
    emotions: {
      'very-negative': 'frustracja',
      negative: 'niezadowolenie',
      neutral: 'obojętność',
      positive: 'zadowolenie',
      'very-positive': 'zachwyt',
    },
    lanes: {
      touchpoints: 'Punkty styku',
      actions: 'Działania',
      thoughts: 'Myśli',
      emotions: 'Emocje',
      'pain-points': 'Bolączki',
      opportunities: 'Szanse',
      backstage: 'Zaplecze',
      metrics: 'Wskaźniki',
    },
    channels: {
      web: 'Strona internetowa',
      'mobile-app': 'Aplikacja mobilna',
      email: 'E-mail',
      phone: 'Telefon',
      chat: 'Czat',
      social: 'Media społecznościowe',
      store: 'Sklep stacjonarny',
      ad: 'Reklama',
      search: 'Wyszukiwarka',
      'word-of-mouth': 'Poczta pantoflowa',
      event: 'Wydarzenie',
      mail: 'Poczta tradycyjna',
      review: 'Opinie',
      support: 'Obsługa klienta',
      video: 'Wideo',
      partner: 'Partner',
      other: 'Inny kanał',
    },
    metrics: {
      csat: 'CSAT',
      nps: 'NPS',
      ces: 'Wysiłek klienta',
      conversion: 'Konwersja',
      retention: 'Retencja',
      'drop-off': 'Porzucenia',
      'time-on-task': 'Czas wykonania zadania',
    },
    evidenceLevels: {
      assumption: 'Założenie',
      anecdotal: 'Pojedyncze obserwacje',
      validated: 'Potwierdzone badaniem',
    },
    severities: { low: 'Niska', medium: 'Średnia', high: 'Wysoka' },
    subjects: { customer: 'Ścieżka klienta', employee: 'Ścieżka pracownika' },
    states: { current: 'Stan obecny', future: 'Stan docelowy' },

    stage: 'Etap',
    persona: 'Persona',
    touchpoint: 'Punkt styku',
    channel: 'Kanał',
    emotion: 'Emocja',
    momentOfTruth: 'Moment prawdy',
    evidence: 'Podstawa',
    sampleSize: (n) => `Liczebność próby: ${f.n(n)}`,
    source: 'Źródło',
    severity: 'Waga',
    impact: (n) => `Wpływ: ${f.n(n)} z ${f.n(5)}`,
    effort: (n) => `Nakład pracy: ${f.n(n)} z ${f.n(5)}`,
    owner: 'Osoba odpowiedzialna',
    target: (value) => `cel: ${value}`,
    metricText: (name, value, target) =>
      target === undefined ? `${name}: ${value}` : `${name}: ${value}, cel: ${target}`,

    personaLabel: (name, role) => (role ? `Persona: ${name}, ${role}` : `Persona: ${name}`),
    goals: 'Cele',
    frustrations: 'Frustracje',
    needs: 'Potrzeby',
    quote: 'Cytat',
    quotes: 'Cytaty',
    description: 'Opis',

    painPointCount: painPoints,
    opportunityCount: opportunities,
    touchpointCount: touchpoints,
    problemCount: problems,

    emotionValue: (value, min, max) => `${f.n(value)} w skali od ${f.n(min)} do ${f.n(max)}`,
    emotionDescription: (valueText, word) => `${valueText}, ${word}`,
    range: (min, max) => `Zakres od ${f.n(min)} do ${f.n(max)}`,
    emotionCurve: 'Krzywa emocji',
    emotionOverJourney: 'Emocje na kolejnych etapach ścieżki',
    notMeasured: 'Nie zmierzono',
    curveSeries: (persona) => `Krzywa emocji: ${persona}`,
    curvePoint: (title, description) => `${title}: ${description}`,

    allPersonas: 'Wszystkie persony',
    showOnly: (persona) => `Pokaż tylko: ${persona}`,
    showingAllPersonas: 'Wyświetlane są wszystkie persony',
    unknownPersona: (id) => `Na tej ścieżce nie ma persony „${id}”: wyświetlane są wszystkie persony`,
    showingPersona: (persona) => `Wyświetlana ścieżka: ${persona}`,
    loading: 'Wczytywanie ścieżki…',
    empty: 'Ta ścieżka nie ma jeszcze punktów styku.',
    invalid: (n) => `Nie można wyświetlić ścieżki: ${problems(n)}`,
    showProblems: 'Pokaż problemy',
    hideProblems: 'Ukryj problemy',
    close: 'Zamknij',
    details: 'Szczegóły',
    nextSteps: 'Następne kroki',
    goTo: (title) => `Przejdź do: ${title}`,
    openLink: 'Otwórz link',
    leadsTo: 'Prowadzi do',
    loopsBackTo: 'Wraca do',
    stageOf: (n, total, name) => `Etap ${f.n(n)} z ${f.n(total)}: ${name}`,
    journeyMetrics: 'Wskaźniki ścieżki',
    stageMetrics: 'Wskaźniki etapu',

    changeKinds: { added: 'dodany', removed: 'usunięty', moved: 'przeniesiony', changed: 'zmieniony', unchanged: 'bez zmian' },
    verdicts,
    directions,
    metricStatuses: { met: 'cel osiągnięty', close: 'blisko celu', missed: 'cel nieosiągnięty', 'no-target': 'bez celu' },
    stale: 'nieaktualne',
    asOf: (time) => `stan na ${time}`,
    trends: { up: 'rośnie', down: 'spada', flat: 'bez zmian' },
    metricStatusChanges: (n) =>
      f.plural(n, {
        one: (c) => `${c} wskaźnik zmienił status`,
        few: (c) => `${c} wskaźniki zmieniły status`,
        many: (c) => `${c} wskaźników zmieniło status`,
        other: (c) => `${c} wskaźnika zmieniło status`,
      }),
    emotionChange: (from, to) => `Emocja ${f.n(from)} → ${f.n(to)}`,
    metricChange: (metric, from, to, direction, verdict) =>
      `${metric} ${from} → ${to}, ${directions[direction]}: ${verdicts[verdict]}`,
    changeCount: (kind, n) => `${changeWords[kind]} ${touchpoints(n)}`,
    painPointsSolved: (n) =>
      // After "rozwiązano" the noun is in the accusative: "1 bolączkę", not "1 bolączka".
      f.plural(n, {
        one: (c) => `rozwiązano ${c} bolączkę`,
        few: (c) => `rozwiązano ${c} bolączki`,
        many: (c) => `rozwiązano ${c} bolączek`,
        other: (c) => `rozwiązano ${c} bolączki`,
      }),
    painPointsNew: (n) =>
      f.plural(n, {
        one: (c) => `${c} nowa bolączka`,
        few: (c) => `${c} nowe bolączki`,
        many: (c) => `${c} nowych bolączek`,
        other: (c) => `${c} nowej bolączki`,
      }),
    titleChange: (from, to) => `Tytuł ${from} → ${to}`,
    statusChange: (what, from, to) => `${what}: ${from} → ${to}`,
    comparedWith: (baseline) => `Porównanie z: ${baseline}`,
    noChanges: 'Żaden punkt styku się nie zmienił',
    baselineLineKey: 'Linie kropkowane: emocje w punkcie odniesienia',
    baselineGrid: (title) => `Punkt odniesienia: ${title}`,
    currentGrid: (title) => `Obecnie: ${title}`,

    quadrants: { 'quick-win': 'Szybkie zwycię\u00adstwa', 'major-project': 'Duże projekty', 'fill-in': 'Drobne uspraw\u00adnienia', thankless: 'Niewdzięcz\u00adne zadania' },
    opportunityStatuses: { open: 'Otwarta', planned: 'Zaplanowana', 'in-progress': 'W realizacji', done: 'Zrealizowana', dismissed: 'Odrzucona' },
    opportunityMatrix: 'Szanse według wpływu i nakładu pracy',
    matrixDescription: (n) => `Macierz wpływu i nakładu pracy: ${opportunities(n)}`,
    matrixKeys: 'Klawisze strzałek przenoszą między punktami; Enter otwiera punkt na mapie.',
    impactAxis: 'Wpływ',
    effortAxis: 'Nakład pracy',
    ratio: 'Wpływ ÷ nakład pracy',
    statusFilter: 'Status',
    view: 'Widok',
    matrixView: 'Macierz',
    tableView: 'Tabela',
    opportunityTable: 'Szanse uszeregowane według stosunku wpływu do nakładu pracy',
    rank: 'Pozycja',
    opportunity: 'Szansa',
    painPointsAnswered: 'Bolączki, na które odpowiada',
    notRated: 'Bez oceny',
    unratedCount: (n) => `${opportunities(n)} bez oceny wpływu i nakładu pracy: tylko w tabeli`,
    noOpportunities: 'Żadna szansa nie ma wybranego statusu.',
  };
};
