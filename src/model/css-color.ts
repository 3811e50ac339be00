/**
 * What a persona `color` may be: a CSS colour value and nothing else — hex, a named colour, or a
 * colour function with numeric arguments. No `url()`, `var()`, `expression()` or `attr()`, no
 * other CSS, and a bounded length. A pure regular expression (the model runs without a DOM, so
 * `CSS.supports` is not available), which the JSON Schema uses as its `pattern` too.
 *
 * @module
 */

/** Longest `color` accepted, in UTF-16 code units: `color(display-p3 …)` with long decimals fits. */
export const MAX_COLOR_LENGTH = 100;

/** The CSS Color 4 named colours, with `transparent` and `currentcolor`. */
const NAMED_COLORS = [
  'aliceblue', 'antiquewhite', 'aqua', 'aquamarine', 'azure', 'beige', 'bisque', 'black', 'blanchedalmond', 'blue',
  'blueviolet', 'brown', 'burlywood', 'cadetblue', 'chartreuse', 'chocolate', 'coral', 'cornflowerblue', 'cornsilk',
  'crimson', 'cyan', 'darkblue', 'darkcyan', 'darkgoldenrod', 'darkgray', 'darkgreen', 'darkgrey', 'darkkhaki',
  'darkmagenta', 'darkolivegreen', 'darkorange', 'darkorchid', 'darkred', 'darksalmon', 'darkseagreen',
  'darkslateblue', 'darkslategray', 'darkslategrey', 'darkturquoise', 'darkviolet', 'deeppink', 'deepskyblue',
  'dimgray', 'dimgrey', 'dodgerblue', 'firebrick', 'floralwhite', 'forestgreen', 'fuchsia', 'gainsboro',
  'ghostwhite', 'gold', 'goldenrod', 'gray', 'green', 'greenyellow', 'grey', 'honeydew', 'hotpink', 'indianred',
  'indigo', 'ivory', 'khaki', 'lavender', 'lavenderblush', 'lawngreen', 'lemonchiffon', 'lightblue', 'lightcoral',
  'lightcyan', 'lightgoldenrodyellow', 'lightgray', 'lightgreen', 'lightgrey', 'lightpink', 'lightsalmon',
  'lightseagreen', 'lightskyblue', 'lightslategray', 'lightslategrey', 'lightsteelblue', 'lightyellow', 'lime',
  'limegreen', 'linen', 'magenta', 'maroon', 'mediumaquamarine', 'mediumblue', 'mediumorchid', 'mediumpurple',
  'mediumseagreen', 'mediumslateblue', 'mediumspringgreen', 'mediumturquoise', 'mediumvioletred', 'midnightblue',
  'mintcream', 'mistyrose', 'moccasin', 'navajowhite', 'navy', 'oldlace', 'olive', 'olivedrab', 'orange',
  'orangered', 'orchid', 'palegoldenrod', 'palegreen', 'paleturquoise', 'palevioletred', 'papayawhip', 'peachpuff',
  'peru', 'pink', 'plum', 'powderblue', 'purple', 'rebeccapurple', 'red', 'rosybrown', 'royalblue', 'saddlebrown',
  'salmon', 'sandybrown', 'seagreen', 'seashell', 'sienna', 'silver', 'skyblue', 'slateblue', 'slategray',
  'slategrey', 'snow', 'springgreen', 'steelblue', 'tan', 'teal', 'thistle', 'tomato', 'turquoise', 'violet',
  'wheat', 'white', 'whitesmoke', 'yellow', 'yellowgreen', 'transparent', 'currentcolor',
];

/**
 * A word matched in any letter case without the `i` flag (JSON Schema patterns have no flags):
 * `rgb` → `[rR][gG][bB]`.
 */
function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

const words = (list: readonly string[]): string => `(?:${list.map(anyCase).join('|')})`;

const NUMBER = `[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:${anyCase('e')}[+-]?[0-9]+)?${words(['%', 'deg', 'grad', 'rad', 'turn'])}?`;
const COMPONENT = `(?:${NUMBER}|${anyCase('none')})`;
/** `r g b`, `r g b / a` (space-separated, CSS Color 4). */
const MODERN_ARGS = `${COMPONENT}(?:\\s+${COMPONENT}){2}(?:\\s*/\\s*${COMPONENT})?`;
/** `r, g, b` and `r, g, b, a` (the older comma syntax). */
const LEGACY_ARGS = `${NUMBER}(?:\\s*,\\s*${NUMBER}){2}(?:\\s*,\\s*${NUMBER})?`;
const FUNCTIONS = words(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch']);
const COLOR_SPACES = words(['srgb', 'srgb-linear', 'display-p3', 'a98-rgb', 'prophoto-rgb', 'rec2020', 'xyz', 'xyz-d50', 'xyz-d65']);

/**
 * A CSS colour: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, a named colour, or
 * `rgb()`/`rgba()`/`hsl()`/`hsla()`/`hwb()`/`lab()`/`lch()`/`oklab()`/`oklch()`/`color()` with
 * numbers (units `%`, `deg`, `grad`, `rad`, `turn`, or `none`) as arguments; any letter case.
 * The JSON Schema's `pattern` for `color` is this expression's source.
 */
export const COLOR_PATTERN = new RegExp(
  '^\\s*(?:' +
    [
      '#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})',
      words(NAMED_COLORS),
      `${FUNCTIONS}\\(\\s*(?:${MODERN_ARGS}|${LEGACY_ARGS})\\s*\\)`,
      `${anyCase('color')}\\(\\s*${COLOR_SPACES}\\s+${MODERN_ARGS}\\s*\\)`,
    ].join('|') +
    ')\\s*$',
);

/** Whether `text` is a CSS colour {@link COLOR_PATTERN} accepts, at most {@link MAX_COLOR_LENGTH} long. */
export function isCssColor(text: string): boolean {
  return text.length <= MAX_COLOR_LENGTH && COLOR_PATTERN.test(text);
}
