import type { MessageFactory } from '../messages.js';
import { ARABIC_PUNCTUATION } from '../punctuation.js';

/**
 * Arabic (Modern Standard). Six plural forms: zero and one are phrased without the number
 * ("مشكلة واحدة"), two uses the dual ("مشكلتان"), 3–10 take the plural noun, 11–99 and
 * hundreds the singular. Feelings are nouns so they need no grammatical gender.
 */
export const ar: MessageFactory<'zero' | 'one' | 'two' | 'few' | 'many' | 'other'> = (f) => {
  const problems = (n: number) =>
    f.plural(n, {
      zero: () => 'لا توجد مشكلات',
      one: () => 'مشكلة واحدة',
      two: () => 'مشكلتان',
      few: (c) => `${c} مشكلات`,
      many: (c) => `${c} مشكلة`,
      other: (c) => `${c} مشكلة`,
    });
  const painPoints = (n: number) =>
    f.plural(n, {
      zero: () => 'لا توجد نقاط ألم',
      one: () => 'نقطة ألم واحدة',
      two: () => 'نقطتا ألم',
      few: (c) => `${c} نقاط ألم`,
      many: (c) => `${c} نقطة ألم`,
      other: (c) => `${c} نقطة ألم`,
    });
  const opportunities = (n: number) =>
    f.plural(n, {
      zero: () => 'لا توجد فرص',
      one: () => 'فرصة واحدة',
      two: () => 'فرصتان',
      few: (c) => `${c} فرص`,
      many: (c) => `${c} فرصة`,
      other: (c) => `${c} فرصة`,
    });
  const touchpoints = (n: number) =>
    f.plural(n, {
      zero: () => 'لا توجد نقاط تواصل',
      one: () => 'نقطة تواصل واحدة',
      two: () => 'نقطتا تواصل',
      few: (c) => `${c} نقاط تواصل`,
      many: (c) => `${c} نقطة تواصل`,
      other: (c) => `${c} نقطة تواصل`,
    });
  const directions = { 'higher-better': 'الأعلى أفضل', 'lower-better': 'الأدنى أفضل' };
  const verdicts = { improved: 'تحسّن', worsened: 'تراجع', unchanged: 'دون تغيير' };
  // How a count of touchpoints changed.
  const changeWords = { added: 'أُضيفت', removed: 'حُذفت', moved: 'نُقلت', changed: 'عُدّلت' };
  return {
    punctuation: ARABIC_PUNCTUATION,
    none: 'لا شيء',
    emotions: {
      'very-negative': 'إحباط',
      negative: 'استياء',
      neutral: 'حياد',
      positive: 'رضا',
      'very-positive': 'سعادة غامرة',
    },
    lanes: {
      touchpoints: 'نقاط التواصل',
      actions: 'الإجراءات',
      thoughts: 'الأفكار',
      emotions: 'المشاعر',
      'pain-points': 'نقاط الألم',
      opportunities: 'الفرص',
      backstage: 'خلف الكواليس',
      metrics: 'المقاييس',
    },
    channels: {
      web: 'الموقع الإلكتروني',
      'mobile-app': 'تطبيق الجوال',
      email: 'البريد الإلكتروني',
      phone: 'الهاتف',
      chat: 'الدردشة',
      social: 'وسائل التواصل الاجتماعي',
      store: 'المتجر',
      ad: 'الإعلانات',
      search: 'البحث',
      'word-of-mouth': 'التوصية الشفهية',
      event: 'الفعاليات',
      mail: 'البريد العادي',
      review: 'التقييمات',
      support: 'دعم العملاء',
      video: 'الفيديو',
      partner: 'الشركاء',
      other: 'قناة أخرى',
    },
    metrics: {
      csat: 'CSAT',
      nps: 'NPS',
      ces: 'جهد العميل',
      conversion: 'معدل التحويل',
      retention: 'معدل الاحتفاظ',
      'drop-off': 'معدل الانسحاب',
      'time-on-task': 'مدة إنجاز المهمة',
    },
    evidenceLevels: { assumption: 'افتراض', anecdotal: 'ملاحظات فردية', validated: 'مُثبت بالبحث' },
    severities: { low: 'منخفضة', medium: 'متوسطة', high: 'عالية' },
    subjects: { customer: 'رحلة العميل', employee: 'رحلة الموظف' },
    states: { current: 'الوضع الحالي', future: 'الوضع المنشود' },

    stage: 'المرحلة',
    persona: 'الشخصية',
    touchpoint: 'نقطة التواصل',
    channel: 'القناة',
    emotion: 'الشعور',
    momentOfTruth: 'لحظة الحقيقة',
    evidence: 'الأدلة',
    sampleSize: (n) => `حجم العينة: ${f.n(n)}`,
    source: 'المصدر',
    severity: 'درجة الخطورة',
    impact: (n) => `الأثر: ${f.n(n)} من ${f.n(5)}`,
    effort: (n) => `الجهد: ${f.n(n)} من ${f.n(5)}`,
    owner: 'المسؤول',
    target: (value) => `الهدف ${value}`,
    metricText: (name, value, target) =>
      target === undefined ? `${name}: ${value}` : `${name}: ${value}، الهدف ${target}`,

    personaLabel: (name, role) => (role ? `الشخصية: ${name}، ${role}` : `الشخصية: ${name}`),
    goals: 'الأهداف',
    frustrations: 'مصادر الإحباط',
    needs: 'الاحتياجات',
    quote: 'اقتباس',
    quotes: 'اقتباسات',
    description: 'الوصف',

    painPointCount: painPoints,
    opportunityCount: opportunities,
    touchpointCount: touchpoints,
    problemCount: problems,

    emotionValue: (value, min, max) => `${f.n(value)} على مقياس من ${f.n(min)} إلى ${f.n(max)}`,
    emotionDescription: (valueText, word) => `${valueText}، ${word}`,
    range: (min, max) => `النطاق من ${f.n(min)} إلى ${f.n(max)}`,
    emotionCurve: 'منحنى المشاعر',
    emotionOverJourney: 'المشاعر على امتداد الرحلة',
    notMeasured: 'لم يُقَس',
    curveSeries: (persona) => `منحنى مشاعر ${persona}`,
    curvePoint: (title, description) => `${title}: ${description}`,

    allPersonas: 'كل الشخصيات',
    showOnly: (persona) => `عرض ${persona} فقط`,
    showingAllPersonas: 'تُعرض الآن كل الشخصيات',
    unknownPersona: (id) => `لا توجد شخصية «${id}» في هذه الرحلة: تُعرض كل الشخصيات`,
    showingPersona: (persona) => `تُعرض الآن رحلة ${persona}`,
    loading: 'جارٍ تحميل الرحلة…',
    empty: 'لا تتضمن هذه الرحلة أي نقاط تواصل بعد.',
    invalid: (n) => `تعذّر عرض الرحلة: ${problems(n)}`,
    showProblems: 'إظهار المشكلات',
    hideProblems: 'إخفاء المشكلات',
    close: 'إغلاق',
    details: 'التفاصيل',
    nextSteps: 'الخطوات التالية',
    goTo: (title) => `الانتقال إلى ${title}`,
    openLink: 'فتح الرابط',
    leadsTo: 'يؤدي إلى',
    loopsBackTo: 'يعود إلى',
    stageOf: (n, total, name) => `المرحلة ${f.n(n)} من ${f.n(total)}: ${name}`,
    journeyMetrics: 'مقاييس الرحلة',
    stageMetrics: 'مقاييس المرحلة',

    changeKinds: { added: 'مضافة', removed: 'محذوفة', moved: 'منقولة', changed: 'معدّلة', unchanged: 'دون تغيير' },
    verdicts,
    directions,
    metricStatuses: { met: 'تحقق الهدف', close: 'قريب من الهدف', missed: 'لم يتحقق الهدف', 'no-target': 'بلا هدف' },
    stale: 'قديمة',
    asOf: (time) => `حتى ${time}`,
    trends: { up: 'في ارتفاع', down: 'في انخفاض', flat: 'مستقر' },
    metricStatusChanges: (n) =>
      f.plural(n, {
        zero: () => 'لم تتغير حالة أي مقياس',
        one: () => 'تغيّرت حالة مقياس واحد',
        two: () => 'تغيّرت حالة مقياسين',
        few: (c) => `تغيّرت حالة ${c} مقاييس`,
        many: (c) => `تغيّرت حالة ${c} مقياسًا`,
        other: (c) => `تغيّرت حالة ${c} مقياس`,
      }),
    emotionChange: (from, to) => `الشعور ${f.n(from)} ← ${f.n(to)}`,
    metricChange: (metric, from, to, direction, verdict) =>
      `${metric} ${from} ← ${to}، ${directions[direction]}: ${verdicts[verdict]}`,
    changeCount: (kind, n) => `${changeWords[kind]}: ${touchpoints(n)}`,
    painPointsSolved: (n) =>
      f.plural(n, {
        zero: () => 'لم تُحَلّ أي نقطة ألم',
        one: () => 'حُلَّت نقطة ألم واحدة',
        two: () => 'حُلَّت نقطتا ألم',
        few: (c) => `حُلَّت ${c} نقاط ألم`,
        many: (c) => `حُلَّت ${c} نقطة ألم`,
        other: (c) => `حُلَّت ${c} نقطة ألم`,
      }),
    painPointsNew: (n) => `جديدة: ${painPoints(n)}`,
    titleChange: (from, to) => `العنوان ${from} ← ${to}`,
    statusChange: (what, from, to) => `${what}: ${from} ← ${to}`,
    comparedWith: (baseline) => `مقارنة مع ${baseline}`,
    noChanges: 'لم تتغير أي نقطة اتصال',
    baselineLineKey: 'الخطوط المنقطة: المشاعر في الأساس',
    baselineGrid: (title) => `الأساس: ${title}`,
    currentGrid: (title) => `الحالية: ${title}`,

    quadrants: { 'quick-win': 'مكاسب سريعة', 'major-project': 'مشاريع كبرى', 'fill-in': 'مهام ثانوية', thankless: 'مهام غير مجزية' },
    opportunityStatuses: { open: 'مفتوحة', planned: 'مخطط لها', 'in-progress': 'قيد التنفيذ', done: 'منجزة', dismissed: 'مستبعدة' },
    opportunityMatrix: 'الفرص حسب الأثر والجهد',
    matrixDescription: (n) => `مصفوفة الأثر × الجهد: ${opportunities(n)}`,
    matrixKeys: 'تنقّل مفاتيح الأسهم بين النقاط؛ ويفتح Enter النقطة في الخريطة.',
    impactAxis: 'الأثر',
    effortAxis: 'الجهد',
    ratio: 'الأثر ÷ الجهد',
    statusFilter: 'الحالة',
    view: 'طريقة العرض',
    matrixView: 'المصفوفة',
    tableView: 'الجدول',
    opportunityTable: 'الفرص مرتبة حسب نسبة الأثر إلى الجهد',
    rank: 'الترتيب',
    opportunity: 'الفرصة',
    painPointsAnswered: 'نقاط الألم التي تعالجها',
    notRated: 'غير مُقيَّمة',
    unratedCount: (n) => `${opportunities(n)} بلا أثر وجهد: في الجدول فقط`,
    noOpportunities: 'لا توجد فرصة بالحالة المختارة.',
  };
};
