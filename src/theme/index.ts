export {
  themeStyles,
  TOKENS,
  THEMES,
  PERSONA_PALETTE_SIZE,
  personaColorVar,
  personaColorVarAt,
  personaColorIndex,
  isTheme,
  type Theme,
  type TokenName,
  type TokenDefault,
} from './tokens.js';
export {
  parseCssColor,
  resolveCssColor,
  composite,
  relativeLuminance,
  contrastRatio,
  inkFor,
  AA_TEXT,
  AA_GRAPHICS,
  type Rgba,
} from './contrast.js';
export { focusRing, visuallyHidden } from './helpers.js';
export { hostStyles } from './host.js';
