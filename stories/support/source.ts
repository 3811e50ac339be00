/**
 * "Show code" of every story: markup that renders the same elements when pasted into a plain page
 * that loads journeykit. Storybook's own snippet is the story's template printed as HTML, which
 * drops what a template sets as properties (a map's `journey`, a curve's `points`), keeps the
 * decorators' wrappers and shows build-time URLs. This one is read from the rendered story instead:
 *
 * - each journeykit element with the attributes it was given (not those it sets on itself);
 * - `journey` as inline JSON in the map or the matrix (`<script type="application/json">`), a curve's `points`
 *   or `series` as its `data` attribute: the forms a CMS author writes;
 * - other object properties (`scale`, `touchpoint`, `persona`, `positions`, a map's `metricValues`)
 *   set by a module script;
 * - what a wrapper gave the element: `lang`/`dir` and `--jk-*` tokens move onto the element;
 * - `<style>` rules of the story (e.g. `::part()` styling) as they are;
 * - the content of a story's `<template data-page-code>`: what the page adds that the story does
 *   itself, e.g. a `journey-beforechange` listener (a template, since Storybook runs the scripts a
 *   story renders, and on a docs page a script would reach the other stories' elements).
 */

const TAGS = ['journey-map', 'emotion-curve', 'persona-badge', 'touchpoint-card', 'opportunity-matrix'] as const;
const SELECTOR = TAGS.join(', ');

/** Attributes an element sets on itself, and reflected defaults that say nothing. */
const SELF_SET: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {
  'journey-map': { narrow: null, density: 'comfortable', 'print-layout': 'pages' },
  'touchpoint-card': { density: 'comfortable' },
  'persona-badge': { size: 'm' },
  'emotion-curve': {},
  'opportunity-matrix': { view: 'matrix' },
};

/** Object properties each element takes only as a property. */
const OBJECT_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'journey-map': ['journey', 'metricValues'],
  'emotion-curve': ['points', 'series', 'scale', 'positions'],
  'persona-badge': ['persona'],
  'touchpoint-card': ['touchpoint', 'scale'],
  'opportunity-matrix': ['journey'],
};

/** Elements that read a `journey` from an inline `<script type="application/json">` child. */
const INLINE_JOURNEY: readonly string[] = ['journey-map', 'opportunity-matrix'];

const LIT_COMMENTS = /<!--\?lit\$[0-9]+\$-->|<!--\??-->/g;

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
/** JSON for inside a `<script>`: `</` is written `<\/` (the same string to a JSON parser). */
const scriptJson = (value: unknown) => JSON.stringify(value, null, 2).replaceAll('</', '<\\/');
const indent = (text: string, by: string) => text.replace(/\n(?!\n)/g, `\n${by}`);

/** Text without its blank first and last lines and the indentation all its lines share. */
function dedent(text: string): string {
  const lines = text.replace(/^\s*\n|\s+$/g, '').split('\n');
  const common = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length));
  return lines.map((line) => line.slice(common)).join('\n');
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

interface Context {
  scripts: string[];
  ids: Map<string, number>;
}

/** What the wrappers between the canvas and `element` give it: page language and tokens. */
function inherited(element: Element, canvas: Element): { lang?: string; dir?: string; tokens: string[] } {
  const found: { lang?: string; dir?: string; tokens: string[] } = { tokens: [] };
  for (let node = element.parentElement; node && node !== canvas; node = node.parentElement) {
    found.lang ??= node.getAttribute('lang') ?? undefined;
    found.dir ??= node.getAttribute('dir') ?? undefined;
    const style = node instanceof HTMLElement ? node.style : undefined;
    for (let i = 0; style && i < style.length; i++) {
      const name = style.item(i);
      if (name.startsWith('--jk-') && !found.tokens.some((t) => t.startsWith(`${name}:`))) {
        found.tokens.push(`${name}: ${style.getPropertyValue(name).trim()};`);
      }
    }
  }
  return found;
}

function elementSource(element: Element, canvas: Element, context: Context): string {
  const tag = element.localName;
  const attributes = new Map<string, string>();
  for (const { name, value } of element.attributes) {
    const self = SELF_SET[tag]?.[name];
    if (self === null || self === value) continue;
    attributes.set(name, value);
  }
  const wrapper = inherited(element, canvas);
  if (wrapper.lang && !element.hasAttribute('lang') && !element.hasAttribute('locale')) attributes.set('lang', wrapper.lang);
  if (wrapper.dir && !element.hasAttribute('dir') && !element.hasAttribute('locale')) attributes.set('dir', wrapper.dir);
  if (wrapper.tokens.length > 0) attributes.set('style', [...wrapper.tokens, attributes.get('style') ?? ''].join(' ').trim());

  const values = element as unknown as Record<string, unknown>;
  const set = (OBJECT_PROPERTIES[tag] ?? []).filter((name) => values[name] !== undefined && values[name] !== null);
  let inline = '';
  const scripted: string[] = [];
  for (const name of set) {
    const value = values[name];
    if (INLINE_JOURNEY.includes(tag) && name === 'journey') {
      let json = String(value);
      if (typeof value === 'string') {
        try {
          json = scriptJson(JSON.parse(value.replace(/^\uFEFF/, '')));
        } catch {
          // Not JSON: exactly as the map was given it, so its error names the same line and column.
          inline = `<script type="application/json">${value.replaceAll('</', '<\\/')}</script>`;
          continue;
        }
      } else json = scriptJson(value);
      inline = `<script type="application/json">\n${json}\n</script>`;
    } else if (tag === 'emotion-curve' && (name === 'points' || name === 'series') && !attributes.has('data')) {
      if (name === 'points' && set.includes('series')) continue; // `series` wins
      attributes.set('data', JSON.stringify(name === 'series' ? { series: value } : value));
    } else scripted.push(name);
  }
  if (scripted.length > 0) {
    let id = element.id;
    if (!id) {
      const n = (context.ids.get(tag) ?? 0) + 1;
      context.ids.set(tag, n);
      id = `${tag}-${n}`;
      attributes.set('id', id);
    }
    for (const name of scripted) {
      context.scripts.push(`document.getElementById('${id}').${name} = ${JSON.stringify(values[name], null, 2)};`);
    }
  }

  const attributeText = [...attributes].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const children = [inline, ...[...element.childNodes].map((child) => nodeSource(child, canvas, context))].filter(Boolean);
  if (children.length === 0) return `<${tag}${attributeText}></${tag}>`;
  return `<${tag}${attributeText}>\n  ${indent(children.join('\n'), '  ')}\n</${tag}>`;
}

function nodeSource(node: Node, canvas: Element, context: Context): string {
  if (node instanceof Element) {
    if ((TAGS as readonly string[]).includes(node.localName)) return elementSource(node, canvas, context);
    // An inline journey a story wrote indented inside its template: the same JSON, its indentation
    // taken off (text that is not JSON stays as it is, so its error names the same line and column).
    if (node instanceof HTMLScriptElement && node.type === 'application/json' && isJson(node.text)) {
      return `<script type="application/json">\n${dedent(node.text)}\n</script>`;
    }
    return node.outerHTML.replace(LIT_COMMENTS, '').trim();
  }
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').trim();
  return '';
}

/** The story in `canvas` as markup to paste into a page that loads journeykit. */
export function storySource(canvas: Element): string {
  const context: Context = { scripts: [], ids: new Map() };
  // Elements inside another journeykit element's light DOM are written as its children.
  const roots = [...canvas.querySelectorAll(`style, template[data-page-code], ${SELECTOR}`)].filter((node) => !node.parentElement?.closest(SELECTOR));
  const parts = roots.map((node) => {
    if (node instanceof HTMLTemplateElement) return dedent(node.innerHTML.replace(LIT_COMMENTS, ''));
    return node.localName === 'style' ? node.outerHTML.replace(LIT_COMMENTS, '') : elementSource(node, canvas, context);
  });
  if (context.scripts.length > 0) {
    parts.push(`<script type="module">\n  ${indent(context.scripts.join('\n'), '  ')}\n</script>`);
  }
  return parts.join('\n');
}
