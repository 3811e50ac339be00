/**
 * The journeys the stories show: the sample journeys the docs link (docs/examples/journeys, also
 * published beside Storybook at `journeys/`), the project's test fixtures (test/fixtures/valid),
 * broken inputs for the error states, and generated journeys; imported as text through Vite.
 */
import { parseJourney, type Journey } from '../../src/model/index.js';

import winterJacketText from '../../docs/examples/journeys/winter-jacket.en.json?raw';
import registeringAMoveText from '../../docs/examples/journeys/registering-a-move.de.json?raw';
import bankAccountText from '../../docs/examples/journeys/bank-account.ar.json?raw';
import bomFrText from '../../test/fixtures/valid/bom.fr.json?raw';
import branchesAndLoopsText from '../../test/fixtures/valid/branches-and-loops.en.json?raw';
import emptyTouchpointsText from '../../test/fixtures/valid/empty-touchpoints.en.json?raw';
import everyFieldText from '../../test/fixtures/valid/every-field.en.json?raw';
import forwardCompatibleText from '../../test/fixtures/valid/forward-compatible.en.json?raw';
import implicitPathsDeText from '../../test/fixtures/valid/implicit-paths.de.json?raw';
import markupIsTextText from '../../test/fixtures/valid/markup-is-text.en.json?raw';
import minimalText from '../../test/fixtures/valid/minimal.json?raw';
import rtlHeText from '../../test/fixtures/valid/rtl.he.json?raw';
import scaleLabelsSvText from '../../test/fixtures/valid/scale-labels.sv.json?raw';
import danglingStageText from '../../test/fixtures/invalid/dangling-stage.json?raw';
import notJsonText from '../../test/fixtures/invalid/not-json.json.txt?raw';

/** Parses a journey the stories rely on; a broken sample is a bug in the stories, so it throws. */
export function journeyFrom(text: string | unknown, name: string): Journey {
  const { journey, problems } = parseJourney(text);
  if (!journey) {
    throw new Error(`${name} is not a valid journey: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  }
  return journey;
}

/** The sample journeys and test fixtures, as JSON text exactly as on disk. */
export const sampleText = {
  winterJacket: winterJacketText,
  registeringAMove: registeringAMoveText,
  bankAccount: bankAccountText,
  bomFr: bomFrText,
  branchesAndLoops: branchesAndLoopsText,
  emptyTouchpoints: emptyTouchpointsText,
  everyField: everyFieldText,
  forwardCompatible: forwardCompatibleText,
  implicitPathsDe: implicitPathsDeText,
  markupIsText: markupIsTextText,
  minimal: minimalText,
  rtlHe: rtlHeText,
  scaleLabelsSv: scaleLabelsSvText,
} as const;

export type SampleName = keyof typeof sampleText;

const parsed = new Map<SampleName, Journey>();

/** A sample journey as a model object (parsed once). */
export function sample(name: SampleName): Journey {
  let journey = parsed.get(name);
  if (!journey) {
    journey = journeyFrom(sampleText[name], name);
    parsed.set(name, journey);
  }
  return journey;
}

/**
 * A sample without its own `locale` and `dir`, so the `locale` attribute alone decides the
 * language of the built-in labels and the direction (the stories per locale use it).
 */
export function withoutLanguage(journey: Journey): Journey {
  const copy: Journey = { ...journey };
  delete copy.locale;
  delete copy.dir;
  return copy;
}

/** A journey that is valid JSON but not a valid model: a touchpoint names a stage that does not exist. */
export const invalidModelText: string = danglingStageText;

/** Text that is not JSON at all. */
export const badJsonText: string = notJsonText;

/**
 * Sample journeys as Storybook publishes them (`staticDirs` in .storybook/main.ts), relative to
 * the story's page as a page's own `src` would be.
 */
export const sampleUrl = {
  winterJacket: 'journeys/winter-jacket.en.json',
  registeringAMove: 'journeys/registering-a-move.de.json',
  /** The current state of a shopping journey (pl): the baseline of the comparison stories. */
  zakupyObecny: 'journeys/zakupy-obecny.pl.json',
  /** The future state of the same journey (pl). */
  zakupyDocelowy: 'journeys/zakupy-docelowy.pl.json',
} as const;

/** A URL that answers 404 wherever Storybook is hosted (nothing is ever published there). */
export const missingUrl = './journeys/no-such-journey.json';

/** A generated journey with `count` touchpoints (bench/generate.mjs), validated like any other. */
export async function generatedJourney(count: number): Promise<Journey> {
  const { generateJourney } = await import('../../bench/generate.mjs');
  return journeyFrom(generateJourney(count), `generateJourney(${count})`);
}

/**
 * A short journey written in Arabic for the right-to-left stories (story-local: the project's
 * samples have Hebrew but no Arabic content). "Renewing a library card", one student persona.
 */
export const arabicJourney: Journey = journeyFrom(
  {
    version: 1,
    title: 'تجديد بطاقة المكتبة',
    description: 'رحلة طالبة تجدد بطاقتها قبل بداية الفصل الدراسي.',
    locale: 'ar',
    dir: 'rtl',
    personas: [{ id: 'sara', name: 'سارة أحمد', role: 'طالبة جامعية', quote: 'أريد أن أنهي الأمر في دقيقتين.' }],
    stages: [
      { id: 'discover', name: 'الاكتشاف' },
      { id: 'renew', name: 'التجديد' },
      { id: 'use', name: 'الاستخدام' },
    ],
    touchpoints: [
      {
        id: 'reminder',
        stage: 'discover',
        title: 'رسالة تذكير بالبريد الإلكتروني',
        channel: 'email',
        emotion: 0,
        actions: ['تقرأ الرسالة'],
        thoughts: ['هل انتهت صلاحية بطاقتي؟'],
        next: ['form'],
      },
      {
        id: 'form',
        stage: 'renew',
        title: 'نموذج التجديد على الموقع',
        channel: 'web',
        emotion: -2,
        painPoints: [{ text: 'النموذج يطلب كلمة مرور قديمة', severity: 'high' }],
        opportunities: ['تسجيل الدخول برقم الهاتف'],
        next: ['chat'],
      },
      {
        id: 'chat',
        stage: 'renew',
        title: 'محادثة مع أمين المكتبة',
        channel: 'chat',
        emotion: 1,
        next: ['borrow'],
      },
      {
        id: 'borrow',
        stage: 'use',
        title: 'استعارة أول كتاب',
        channel: 'store',
        emotion: 2,
        momentOfTruth: true,
        evidence: { level: 'anecdotal', sampleSize: 6 },
      },
    ],
  },
  'arabicJourney',
);
