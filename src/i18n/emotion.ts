import type { EmotionScale } from '../model/types.js';

/** Five bands an emotion value falls in by its position on the journey's scale. */
export const EMOTION_BANDS = [
  'very-negative',
  'negative',
  'neutral',
  'positive',
  'very-positive',
] as const;

/** A band of the emotion scale, from worst to best. */
export type EmotionBand = (typeof EMOTION_BANDS)[number];

/** The model's default scale. */
export const DEFAULT_EMOTION_SCALE: EmotionScale = { min: -3, max: 3 };

/**
 * The band of a value by its position on the scale, rounded to the nearest fifth so the two
 * extremes only hold values at (or near) the ends: on −3…3, −3 is very negative, −2 and −1
 * negative, 0 neutral. Values outside the scale clamp to the end bands.
 */
export function emotionBand(value: number, scale: EmotionScale = DEFAULT_EMOTION_SCALE): EmotionBand {
  const span = scale.max - scale.min;
  const position = span > 0 ? (value - scale.min) / span : 0.5;
  const index = Math.round(Math.min(1, Math.max(0, position)) * 4);
  return EMOTION_BANDS[index] ?? 'neutral';
}
