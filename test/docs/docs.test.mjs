// The reference pages stay true to the code: theming.md lists every token (light and dark), every
// element's custom properties and parts (from custom-elements.json) and recomputes its brand
// theme's contrast; keyboard.md names every key the elements handle; adding-a-locale.md names
// the locales, files and identifiers that exist; links between the pages resolve.
//
// Needs `tsc -p tsconfig.build.json` (npm test runs it first) for the compiled token table.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (...parts) => readFileSync(path.join(root, ...parts), 'utf8');
const { TOKENS } = await import(pathToFileURL(path.join(root, 'dist', 'theme', 'tokens.js')).href);
const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/** Rows of every Markdown table in `text`, as arrays of trimmed cells. */
function tableRows(text) {
  return text
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[-| :]+\|$/.test(line))
    .map((line) => line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
}

/** The part of a page under a `## heading`, up to the next `## `. */
function section(text, heading) {
  const start = text.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `no "## ${heading}" section`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** GitHub's anchor for a heading. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

describe('docs/theming.md', () => {
  const theming = read('docs', 'theming.md');
  const rows = tableRows(theming);

  test('every token with its light and dark default', () => {
    for (const [name, token] of Object.entries(TOKENS)) {
      const row = rows.find((r) => r[0] === `\`--jk-${name}\``);
      assert.ok(row, `--jk-${name} has no row`);
      assert.equal(row[1], `\`${token.light}\``, `--jk-${name} light`);
      assert.equal(row[2], `\`${token.dark ?? token.light}\``, `--jk-${name} dark`);
    }
  });

  test('every custom property of every element, in "Per-element knobs"', () => {
    const knobs = tableRows(section(theming, 'Per-element knobs')).slice(1);
    const documented = knobs.map((r) => `${r[0]} ${r[1]}`).sort();
    const tokens = new Set(Object.keys(TOKENS).map((name) => `--jk-${name}`));
    const expected = elements
      .flatMap((e) => (e.cssProperties ?? []).filter((p) => !tokens.has(p.name)).map((p) => `\`<${e.tagName}>\` \`${p.name}\``))
      .sort();
    assert.deepEqual(documented, expected, 'the table must list exactly the elements’ own custom properties (custom-elements.json)');
  });

  test('every part of every element, in "Parts"', () => {
    const parts = tableRows(section(theming, 'Parts')).slice(1);
    const documented = parts.map((r) => `${r[0]} ${r[1]}`).sort();
    const expected = elements.flatMap((e) => (e.cssParts ?? []).map((p) => `\`<${e.tagName}>\` \`${p.name}\``)).sort();
    assert.deepEqual(documented, expected, 'the table must list exactly the parts in custom-elements.json');
  });

  test('the brand theme’s contrast figures are right', () => {
    const brand = section(theming, 'A worked brand theme');
    const css = brand.match(/```css\n([\s\S]*?)```/)[1];
    const rules = [...css.matchAll(/\{([^{}]*)\}/g)].map((m) => Object.fromEntries([...m[1].matchAll(/(--jk-[\w-]+):\s*([^;]+);/g)].map((d) => [d[1], d[2].trim()])));
    const [light, dark] = rules;
    const value = (theme, name) => (theme === 'light' ? light[`--jk-${name}`] ?? TOKENS[name].light : dark[`--jk-${name}`] ?? light[`--jk-${name}`] ?? TOKENS[name].dark ?? TOKENS[name].light);
    const luminance = (hex) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a, b) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const table = tableRows(brand).slice(1);
    assert.ok(table.length >= 5);
    for (const [pair, needs, lightFigure, darkFigure] of table) {
      const [, fg, bg] = pair.match(/^`([\w-]+)` on `([\w-]+)`$/);
      const minimum = Number(needs.replace(':1', ''));
      for (const [theme, figure] of [['light', lightFigure], ['dark', darkFigure]]) {
        const ratio = contrast(value(theme, `color-${fg}`), value(theme, `color-${bg}`));
        assert.equal(figure, `${ratio.toFixed(2)}:1`, `${pair} (${theme})`);
        assert.ok(ratio >= minimum, `${pair} (${theme}) needs ${needs}`);
      }
    }
  });
});

describe('docs/keyboard.md', () => {
  const keyboard = read('docs', 'keyboard.md');
  const NAMES = {
    ArrowRight: 'Right arrow',
    ArrowLeft: 'Left arrow',
    ArrowUp: 'Up arrow',
    ArrowDown: 'Down arrow',
    Home: 'Home',
    End: 'End',
    PageUp: 'Page Up',
    PageDown: 'Page Down',
    Enter: 'Enter',
    ' ': 'Space',
    Escape: 'Escape',
  };
  const keysOf = (text) => [...text.matchAll(/(?:case |key === )'([^']+)'/g)].map((m) => m[1]);
  const keysIn = (file) => keysOf(read(file));
  // keyboard.ts holds the navigation keys, then `editKeyOf` (the editing keys) from here on.
  const mapKeys = read('src/components/journey-map/keyboard.ts');
  const editKeysAt = mapKeys.indexOf('export function editKeyOf');
  assert.ok(editKeysAt > 0, 'keyboard.ts has editKeyOf');

  test('names every key <journey-map> and <emotion-curve> handle', () => {
    const handled = new Set([
      ...keysOf(mapKeys.slice(0, editKeysAt)),
      ...keysIn('src/components/journey-map/journey-map.ts'),
      ...keysIn('src/components/emotion-curve/emotion-curve.ts'),
      'ArrowRight', // `forward` / `back` variables in both
      'ArrowLeft',
    ]);
    for (const key of handled) {
      assert.ok(NAMES[key], `keyboard.md: no name for the key "${key}" handled in the code; add it to NAMES and to the page`);
      assert.ok(keyboard.includes(NAMES[key]), `keyboard.md does not mention ${NAMES[key]}`);
    }
    for (const combo of ['Ctrl+Home', 'Ctrl+End']) assert.ok(keyboard.includes(combo), combo);
  });

  test('its Editing section names every key an editable map handles', () => {
    const start = keyboard.indexOf('\n### Editing\n');
    assert.ok(start >= 0, 'no "### Editing" section');
    const editing = keyboard.slice(start, keyboard.indexOf('\n## ', start));
    const names = { ...NAMES, z: 'Ctrl+Z', y: 'Ctrl+Y', F2: 'F2', Delete: 'Delete' };
    const handled = new Set([...keysOf(mapKeys.slice(editKeysAt)), 'ArrowRight', 'ArrowLeft']); // `later` / `earlier`
    assert.ok(handled.size >= 6, `the editing keys read from editKeyOf: ${[...handled]}`);
    for (const key of handled) {
      assert.ok(names[key], `no name for the editing key "${key}"; add it here and to the page`);
      assert.ok(editing.includes(names[key]), `keyboard.md's Editing section does not mention ${names[key]}`);
    }
    assert.ok(editing.includes('Ctrl+Shift+Z'), 'Ctrl+Shift+Z');
  });
});

describe('docs/adding-a-locale.md', () => {
  const guide = read('docs', 'adding-a-locale.md');

  test('lists the built-in locales', async () => {
    const { SUPPORTED_LOCALES } = await import(pathToFileURL(path.join(root, 'dist', 'i18n', 'locale.js')).href);
    const listed = guide.match(/^Built in: (.+?) \(/m)[1].match(/`([^`]+)`/g).map((s) => s.slice(1, -1));
    assert.deepEqual(listed, [...SUPPORTED_LOCALES]);
  });

  test('names files and identifiers that exist', () => {
    const files = [...new Set([...guide.matchAll(/`((?:src|test|demo)\/[\w./-]+)`/g)].map((m) => m[1]))];
    assert.ok(files.length >= 6);
    for (const file of files.filter((f) => !f.endsWith('/sv.ts'))) assert.ok(existsSync(path.join(root, file)), file);
    const identifiers = {
      'src/i18n/locale.ts': ['SUPPORTED_LOCALES', 'FACTORIES', 'matchLocale', 'directionOf', 'RTL_LANGUAGES', 'RTL_SCRIPTS'],
      'src/i18n/punctuation.ts': ['LATIN_PUNCTUATION', 'ARABIC_PUNCTUATION', 'CHINESE_PUNCTUATION'],
      'src/i18n/messages.ts': ['MessageFactory', 'Messages', 'plural'],
    };
    for (const [file, names] of Object.entries(identifiers)) {
      for (const name of names) {
        assert.match(guide, new RegExp(`\\b${name}\\b`), `the guide mentions ${name}`);
        assert.match(read(file), new RegExp(`\\b${name}\\b`), `${name} in ${file}`);
      }
    }
  });
});

describe('links', () => {
  const pages = ['README.md', 'docs/getting-started.md', 'docs/cms.md', 'docs/keyboard.md', 'docs/adding-a-locale.md', 'docs/theming.md'];
  for (const page of pages) {
    test(`${page}: relative links and anchors resolve`, () => {
      const text = read(page);
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [file, anchor] = target.split('#');
        const resolved = file ? path.join(root, path.dirname(page), file) : path.join(root, page);
        assert.ok(existsSync(resolved), `${page} links to ${target}, which does not exist`);
        if (anchor) {
          const headings = [...read(path.relative(root, resolved)).matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]));
          assert.ok(headings.includes(anchor), `${page} links to ${target}: no such heading`);
        }
      }
    });
  }

  test('README’s Documentation section links every guide', () => {
    const docs = section(read('README.md'), 'Documentation');
    for (const guide of ['getting-started.md', 'cms.md', 'theming.md', 'keyboard.md', 'adding-a-locale.md', 'model.md']) {
      assert.ok(docs.includes(`(docs/${guide})`), guide);
    }
  });
});
