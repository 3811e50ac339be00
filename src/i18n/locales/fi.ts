import type { MessageFactory } from '../messages.js';
import { LATIN_PUNCTUATION } from '../punctuation.js';

/** Finnish. Counts take the partitive after numbers other than one ("3 kipupistettä"). */
export const fi: MessageFactory<'one' | 'other'> = (f) => {
  const problems = (n: number) =>
    f.plural(n, { one: (c) => `${c} ongelma`, other: (c) => `${c} ongelmaa` });
  const painPoints = (n: number) =>
    f.plural(n, { one: (c) => `${c} kipupiste`, other: (c) => `${c} kipupistettä` });
  const opportunities = (n: number) =>
    f.plural(n, { one: (c) => `${c} mahdollisuus`, other: (c) => `${c} mahdollisuutta` });
  const touchpoints = (n: number) =>
    f.plural(n, { one: (c) => `${c} kosketuspiste`, other: (c) => `${c} kosketuspistettä` });
  const directions = { 'higher-better': 'suurempi on parempi', 'lower-better': 'pienempi on parempi' };
  const verdicts = { improved: 'parani', worsened: 'heikkeni', unchanged: 'ennallaan' };
  // How a count of touchpoints changed.
  const changeWords = { added: 'lisätty', removed: 'poistettu', moved: 'siirretty', changed: 'muutettu' };
  return {
    punctuation: LATIN_PUNCTUATION,
    none: 'ei mitään',
    emotions: {
      'very-negative': 'turhautunut',
      negative: 'tyytymätön',
      neutral: 'neutraali',
      positive: 'tyytyväinen',
      'very-positive': 'ilahtunut',
    },
    lanes: {
      touchpoints: 'Kosketuspisteet',
      actions: 'Toiminta',
      thoughts: 'Ajatukset',
      emotions: 'Tunteet',
      'pain-points': 'Kipupisteet',
      opportunities: 'Mahdollisuudet',
      backstage: 'Kulissien takana',
      metrics: 'Mittarit',
    },
    channels: {
      web: 'Verkkosivusto',
      'mobile-app': 'Mobiilisovellus',
      email: 'Sähköposti',
      phone: 'Puhelin',
      chat: 'Chat',
      social: 'Sosiaalinen media',
      store: 'Myymälä',
      ad: 'Mainonta',
      search: 'Haku',
      'word-of-mouth': 'Suosittelu',
      event: 'Tapahtuma',
      mail: 'Kirjeposti',
      review: 'Arvostelut',
      support: 'Asiakaspalvelu',
      video: 'Video',
      partner: 'Kumppani',
      other: 'Muu kanava',
    },
    metrics: {
      csat: 'CSAT',
      nps: 'NPS',
      ces: 'Asiakkaan vaivannäkö',
      conversion: 'Konversio',
      retention: 'Asiakaspysyvyys',
      'drop-off': 'Keskeyttäneet',
      'time-on-task': 'Tehtävän kesto',
    },
    evidenceLevels: { assumption: 'Oletus', anecdotal: 'Yksittäisiä havaintoja', validated: 'Todennettu' },
    severities: { low: 'Lievä', medium: 'Kohtalainen', high: 'Vakava' },
    subjects: { customer: 'Asiakaspolku', employee: 'Työntekijäpolku' },
    states: { current: 'Nykytila', future: 'Tavoitetila' },

    stage: 'Vaihe',
    persona: 'Persoona',
    touchpoint: 'Kosketuspiste',
    channel: 'Kanava',
    emotion: 'Tunne',
    momentOfTruth: 'Totuuden hetki',
    evidence: 'Tietopohja',
    sampleSize: (n) => `Otoskoko ${f.n(n)}`,
    source: 'Lähde',
    severity: 'Vakavuus',
    impact: (n) => `Vaikutus ${f.n(n)}/${f.n(5)}`,
    effort: (n) => `Työmäärä ${f.n(n)}/${f.n(5)}`,
    owner: 'Vastuuhenkilö',
    target: (value) => `tavoite ${value}`,
    metricText: (name, value, target) =>
      target === undefined ? `${name}: ${value}` : `${name}: ${value}, tavoite ${target}`,

    personaLabel: (name, role) => (role ? `Persoona: ${name}, ${role}` : `Persoona: ${name}`),
    goals: 'Tavoitteet',
    frustrations: 'Turhautumisen aiheet',
    needs: 'Tarpeet',
    quote: 'Lainaus',
    quotes: 'Lainaukset',
    description: 'Kuvaus',

    painPointCount: painPoints,
    opportunityCount: opportunities,
    touchpointCount: touchpoints,
    problemCount: problems,

    emotionValue: (value, min, max) => `${f.n(value)} asteikolla ${f.n(min)}…${f.n(max)}`,
    emotionDescription: (valueText, word) => `${valueText}, ${word}`,
    range: (min, max) => `Vaihteluväli ${f.n(min)}…${f.n(max)}`,
    emotionCurve: 'Tunnekäyrä',
    emotionOverJourney: 'Tunteet polun varrella',
    notMeasured: 'Ei mitattu',
    curveSeries: (persona) => `Tunnekäyrä: ${persona}`,
    curvePoint: (title, description) => `${title}: ${description}`,

    allPersonas: 'Kaikki persoonat',
    showOnly: (persona) => `Näytä vain: ${persona}`,
    showingAllPersonas: 'Näytetään kaikki persoonat',
    unknownPersona: (id) => `Polulla ei ole persoonaa ”${id}”: näytetään kaikki persoonat`,
    showingPersona: (persona) => `Näytetään polku: ${persona}`,
    loading: 'Ladataan polkua…',
    empty: 'Tällä polulla ei ole vielä kosketuspisteitä.',
    invalid: (n) => `Polkua ei voi näyttää: ${problems(n)}`,
    showProblems: 'Näytä ongelmat',
    hideProblems: 'Piilota ongelmat',
    close: 'Sulje',
    details: 'Tiedot',
    nextSteps: 'Seuraavat vaiheet',
    goTo: (title) => `Siirry kohtaan ${title}`,
    openLink: 'Avaa linkki',
    leadsTo: 'Johtaa kohtaan',
    loopsBackTo: 'Palaa kohtaan',
    stageOf: (n, total, name) => `Vaihe ${f.n(n)}/${f.n(total)}: ${name}`,
    journeyMetrics: 'Polun mittarit',
    stageMetrics: 'Vaiheen mittarit',

    changeKinds: { ...changeWords, unchanged: 'ennallaan' },
    verdicts,
    directions,
    metricStatuses: { met: 'tavoite saavutettu', close: 'lähellä tavoitetta', missed: 'tavoite jäi saavuttamatta', 'no-target': 'ei tavoitetta' },
    stale: 'vanhentunut',
    asOf: (time) => `tilanne ${time}`,
    trends: { up: 'nouseva', down: 'laskeva', flat: 'tasainen' },
    metricStatusChanges: (n) => f.plural(n, { one: (c) => `${c} mittarin tila muuttui`, other: (c) => `${c} mittarin tila muuttui` }),
    emotionChange: (from, to) => `Tunne ${f.n(from)} → ${f.n(to)}`,
    metricChange: (metric, from, to, direction, verdict) =>
      `${metric} ${from} → ${to}, ${directions[direction]}: ${verdicts[verdict]}`,
    changeCount: (kind, n) => `${changeWords[kind]} ${touchpoints(n)}`,
    painPointsSolved: (n) => `ratkaistu ${painPoints(n)}`,

    quadrants: { 'quick-win': 'Nopeat voitot', 'major-project': 'Suuret hankkeet', 'fill-in': 'Täytetehtävät', thankless: 'Kiittämättömät tehtävät' },
    opportunityStatuses: { open: 'Avoin', planned: 'Suunniteltu', 'in-progress': 'Työn alla', done: 'Valmis', dismissed: 'Hylätty' },
    opportunityMatrix: 'Mahdollisuudet vaikutuksen ja työmäärän mukaan',
    matrixDescription: (n) => `Vaikutus × työmäärä -matriisi: ${opportunities(n)}`,
    matrixKeys: 'Nuolinäppäimet siirtävät pisteestä toiseen; Enter avaa pisteen kartalla.',
    impactAxis: 'Vaikutus',
    effortAxis: 'Työmäärä',
    ratio: 'Vaikutus ÷ työmäärä',
    statusFilter: 'Tila',
    view: 'Näkymä',
    matrixView: 'Matriisi',
    tableView: 'Taulukko',
    opportunityTable: 'Mahdollisuudet vaikutuksen ja työmäärän suhteen mukaan järjestettynä',
    rank: 'Sija',
    opportunity: 'Mahdollisuus',
    painPointsAnswered: 'Kipupisteet, joihin se vastaa',
    notRated: 'Ei arvioitu',
    unratedCount: (n) => `${opportunities(n)} ilman vaikutusta ja työmäärää: vain taulukossa`,
    noOpportunities: 'Millään mahdollisuudella ei ole valittua tilaa.',
  };
};
