// The types a consumer gets: the JSX integrations (journeykit/react, /preact, /solid), the Vue
// template types (journeykit/vue) and the DOM's tag and event maps, compiled against the package
// as it resolves through its own `exports` (a package may import itself by name) and against the
// frameworks' own type packages (react + @types/react-dom, preact, solid-js 1.x, vue + vue-tsc,
// all devDependencies). Also the VS Code custom data.
//
// The JSX consumer code lives in FIXTURES below, compiled from memory as files of a folder that
// does not exist (so the project's own `tsc -p tsconfig.json` never sees it: it needs JSX and the
// built package). Vue's is in test/fixtures/vue/ (.vue files, which tsc does not read), checked
// by vue-tsc. Each framework has a fixture that must compile (its elements' attributes,
// properties, events and the framework's DOM props) and a mistakes fixture that must fail on
// exactly its marked lines with the marked error codes (see expectedErrors).
//
// Needs `tsc -p tsconfig.build.json` (npm test runs it first); regenerates dist/types and the
// VS Code data from the committed custom-elements.json, as `npm run build` does.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { buildIntegrations } from '../../scripts/build-integrations.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const virtual = path.join(root, 'test', 'packaging', '.consumer');
const here = (name) => path.join(virtual, name);
const vueFixtures = path.join(root, 'test', 'fixtures', 'vue');

/**
 * The mistakes fixture of React or Preact (their JSX types are alike): `useRef` from `hooks`, the
 * types from `integration`, and one mistake of the framework's own, `more`.
 */
const jsxMistakes = (hooks, integration, more) => `import { useRef } from '${hooks}';
import type {} from '${integration}';

export function Mistakes() {
  return (
    <>
      <journey-map theme="purple"></journey-map> {/* TS2322 */}
      <journey-map heading-level={9}></journey-map> {/* TS2322 */}
      <journey-map ref={useRef<HTMLInputElement>(null)}></journey-map> {/* TS2322 */}
      <journey-map ontouchpoint-select={(event) => event.detail.persona}></journey-map> {/* TS2339 */}
      ${more}
      <persona-badge size="xl"></persona-badge> {/* TS2322 */}
      <touchpoint-card accessibleSummary="x"></touchpoint-card> {/* TS2322 */}
    </>
  );
}
`;

/** Consumer code, by file name (in the virtual folder). */
const FIXTURES = {
  'react-usage.tsx': `import { useRef, type CSSProperties } from 'react';
import type {} from 'journeykit/react';
import type { JourneyMap } from 'journeykit';
import type { Journey } from 'journeykit/model';

declare const journey: Journey;

export const ok = (
  <>
    <journey-map
      journey={journey}
      src="/journeys/onboarding.json"
      persona="maria"
      lanes="touchpoints,emotions"
      theme="dark"
      density="compact"
      locale="nb-NO"
      heading-level={3}
      class="map"
      id="map"
      ontouchpoint-select={(event) => {
        const title: string = event.detail.touchpoint.title;
        const stage: string = event.detail.stage.id;
        void [title, stage];
      }}
      onjourney-load={(event) => void event.detail.journey.title}
      onjourney-error={(event) => void event.detail.problems.length}
      onpersona-change={(event) => {
        const persona: string | null = event.detail.persona;
        void persona;
      }}
    ></journey-map>
    <emotion-curve data='[{"label":"Ad","value":1}]' curve="step" height={120} onpoint-focus={(event) => void event.detail.index}></emotion-curve>
    <persona-badge name="Maria Lind" persona-role="First-time buyer" size="l" details onpersona-details-toggle={(event) => void event.detail.open}></persona-badge>
    <touchpoint-card heading="Asks about sizes" channel="chat" emotion={-3} moment-of-truth evidence="validated"></touchpoint-card>
  </>
);

// React's own DOM props, with the element class as the ref's and the events' target.
export function WithDomProps() {
  const ref = useRef<JourneyMap>(null);
  return (
    <journey-map
      ref={ref}
      className="map"
      style={{ maxHeight: '30rem', '--jk-color-accent': '#6b2fbf' } as CSSProperties}
      onClick={(event) => void event.currentTarget.journey}
      onKeyDown={(event) => void event.key}
      aria-label="Journey"
      tabIndex={-1}
    ></journey-map>
  );
}

export const element: JourneyMap | null = document.querySelector('journey-map');
`,
  'globals.ts': `import type { EmotionCurve, JourneyMap, OpportunityMatrix, PersonaBadge, TouchpointCard } from 'journeykit';

export const map: JourneyMap = document.createElement('journey-map');
export const curve: EmotionCurve = document.createElement('emotion-curve');
export const badge: PersonaBadge = document.createElement('persona-badge');
export const card: TouchpointCard = document.createElement('touchpoint-card');
export const matrix: OpportunityMatrix = document.createElement('opportunity-matrix');

// On the element itself (HTMLElementEventMap).
map.addEventListener('touchpoint-select', (event) => void event.detail.touchpoint.id);
map.addEventListener('journey-load', (event) => void event.detail.journey.title);
map.addEventListener('journey-error', (event) => void event.detail.problems[0]?.message);
map.addEventListener('persona-change', (event) => void event.detail.persona);
curve.addEventListener('point-focus', (event) => void event.detail.index);
badge.addEventListener('persona-details-toggle', (event) => void event.detail.open);
matrix.addEventListener('opportunity-select', (event) => void map.focusTouchpoint(event.detail.touchpoint.id));

// Bubbling up to the document (GlobalEventHandlersEventMap): the journey-map's events.
document.addEventListener('touchpoint-select', (event) => void event.detail.touchpoint.id);
document.addEventListener('journey-load', (event) => void event.detail.journey.title);
document.addEventListener('journey-error', (event) => void event.detail.problems.length);
document.addEventListener('persona-change', (event) => void event.detail.persona);
`,
  'globals-bubbling.ts': `import type {} from 'journeykit';

document.addEventListener('point-focus', (event) => void event.detail.index);
document.addEventListener('persona-details-toggle', (event) => void event.detail.open);
window.addEventListener('point-focus', (event) => void event.detail.seriesId);
`,
  'react-mistakes.tsx': jsxMistakes('react', 'journeykit/react', '<journey-mapp /> {/* TS2339 */}'),
  'preact-usage.tsx': `import { useRef } from 'preact/hooks';
import type {} from 'journeykit/preact';
import type { JourneyMap } from 'journeykit';
import type { Journey } from 'journeykit/model';

declare const journey: Journey;

export function Page() {
  const ref = useRef<JourneyMap>(null);
  return (
    <>
      <journey-map
        journey={journey}
        persona="maria"
        theme="auto"
        heading-level={3}
        ontouchpoint-select={(event) => {
          const title: string = event.detail.touchpoint.title;
          void title;
        }}
        onpersona-change={(event) => void event.detail.persona}
      ></journey-map>
      <journey-map
        ref={ref}
        class="map"
        className="map"
        style={{ maxHeight: '30rem' }}
        onClick={(event) => void event.currentTarget.journey}
        onKeyDown={(event) => void event.key}
        aria-label="Journey"
        tabIndex={-1}
      ></journey-map>
      <journey-map ref={(element) => void element?.journey} style="max-height: 30rem"></journey-map>
      <emotion-curve curve="step" height={120} onpoint-focus={(event) => void event.detail.index}></emotion-curve>
      <persona-badge name="Maria Lind" persona-role="First-time buyer" size="l" details onpersona-details-toggle={(event) => void event.detail.open}></persona-badge>
      <touchpoint-card heading="Asks about sizes" channel="chat" emotion={-3} moment-of-truth evidence="validated"></touchpoint-card>
    </>
  );
}
`,
  'preact-mistakes.tsx': jsxMistakes('preact/hooks', 'journeykit/preact', '<journey-map onClick={(event) => event.currentTarget.value}></journey-map> {/* TS2339 */}'),
  'solid-usage.tsx': `import type {} from 'journeykit/solid';
import type { JourneyMap } from 'journeykit';
import type { Journey } from 'journeykit/model';

declare const journey: Journey;
let map!: JourneyMap;

export const ok = (
  <journey-map
    prop:journey={journey}
    persona="maria"
    theme="dark"
    heading-level={3}
    on:touchpoint-select={(event) => {
      const title: string = event.detail.touchpoint.title;
      void title;
    }}
    on:persona-change={(event) => void event.detail.persona}
  ></journey-map>
);
export const domProps = (
  <journey-map
    ref={map}
    class="map"
    classList={{ wide: true }}
    style={{ 'max-height': '30rem', '--jk-color-accent': '#6b2fbf' }}
    onClick={(event) => void event.currentTarget.journey}
    on:click={(event) => void event.currentTarget.journey}
    onKeyDown={(event) => void event.key}
    aria-label="Journey"
    tabIndex={-1}
  ></journey-map>
);
export const refCallback = <journey-map ref={(element) => void element.journey}></journey-map>;
export const others = (
  <>
    <emotion-curve curve="step" height={120} on:point-focus={(event) => void event.detail.index}></emotion-curve>
    <persona-badge name="Maria Lind" persona-role="First-time buyer" size="l" details on:persona-details-toggle={(event) => void event.detail.open}></persona-badge>
    <touchpoint-card heading="Asks about sizes" channel="chat" emotion={-3} moment-of-truth evidence="validated"></touchpoint-card>
  </>
);
`,
  'solid-mistakes.tsx': `import type {} from 'journeykit/solid';

declare const input: HTMLInputElement;

export const mistakes = (
  <>
    <journey-map theme="purple"></journey-map> {/* TS2322 */}
    <journey-map heading-level={9}></journey-map> {/* TS2322 */}
    <journey-map prop:journey={42}></journey-map> {/* TS2322 */}
    <journey-map ref={input}></journey-map> {/* TS2322 */}
    <journey-map on:touchpoint-select={(event) => event.detail.persona}></journey-map> {/* TS2339 */}
    <journey-map on:click={(event) => event.currentTarget.value}></journey-map> {/* TS2339 */}
    <persona-badge size="xl"></persona-badge> {/* TS2322 */}
  </>
);
`,
};
const TAGS = ['journey-map', 'emotion-curve', 'persona-badge', 'touchpoint-card', 'opportunity-matrix'];

const base = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  jsx: ts.JsxEmit.ReactJSX,
  noEmit: true,
  types: [],
  // The generated .d.ts files are what is under test, so library files are checked too; only
  // diagnostics in our own files count (see compile).
  skipLibCheck: false,
};

/** A type error: where, its code (`TS2322`) and its message. */
const describeError = (e) => `${e.file}:${e.line}: ${e.code} ${e.message}`;

/** Compiles `files` (real paths, or FIXTURES names via here()) and returns the errors in our files. */
function compileErrors(files, options = {}) {
  const compilerOptions = { ...base, ...options };
  const host = ts.createCompilerHost(compilerOptions);
  const fixture = (name) => (path.dirname(name) === virtual ? FIXTURES[path.basename(name)] : undefined);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => fixture(name) !== undefined || fileExists.call(host, name);
  host.readFile = (name) => fixture(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = fixture(name);
    return text === undefined ? getSourceFile.call(host, name, language, ...rest) : ts.createSourceFile(name, text, language, true);
  };
  const program = ts.createProgram(files, compilerOptions, host);
  const ours = (file) => {
    const name = path.resolve(file.fileName);
    return name.startsWith(path.join(root, 'dist')) || name.startsWith(path.join(root, 'test', 'packaging')) || name.startsWith(path.join(root, 'docs'));
  };
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error && (!d.file || ours(d.file)))
    .map((d) => ({
      file: d.file ? path.relative(root, d.file.fileName) : '(options)',
      line: d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : 0,
      code: `TS${d.code}`,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    }));
}

/** The errors of compileErrors, as text. */
const compile = (files, options) => compileErrors(files, options).map(describeError);

/**
 * The errors a mistakes fixture must produce: each line marked with a comment naming the code
 * (`{/* TS2322 *\/}`, `<!-- TS2322 -->`) has that error, and no other line has any. Compared
 * as `line: code`, so an error for another reason (say, TS2307: the types did not load) fails.
 */
function expectedErrors(text) {
  return text
    .split('\n')
    .flatMap((line, index) => [...line.matchAll(/(?:\/\*|<!--) (TS\d+) (?:\*\/|-->)/g)].map((m) => `${index + 1}: ${m[1]}`));
}

/** Asserts that the mistakes fixture `name` fails exactly on its marked lines. */
function assertMistakes(name, options) {
  const errors = compileErrors([here(name)], options);
  const found = errors.map((e) => `${e.line}: ${e.code}`);
  assert.deepEqual(found, expectedErrors(FIXTURES[name]), errors.map(describeError).join('\n'));
  assert.ok(errors.every((e) => e.file === path.relative(root, here(name))), errors.map(describeError).join('\n'));
}

before(async () => {
  assert.ok(existsSync(path.join(root, 'dist', 'index.d.ts')), 'dist/ is missing: run `tsc -p tsconfig.build.json` (npm test does)');
  process.chdir(root);
  await buildIntegrations();
});

const PREACT = { jsxImportSource: 'preact' };
// As Solid's templates compile: JSX left to Solid's compiler, types from solid-js.
const SOLID = { jsx: ts.JsxEmit.Preserve, jsxImportSource: 'solid-js' };

describe('JSX types', () => {
  test('React 19: the documented example and every prop, event and DOM prop type-check', () => {
    const errors = compile([path.join(root, 'docs', 'examples', 'react-app.tsx'), here('react-usage.tsx')]);
    assert.deepEqual(errors, []);
  });

  test('React 19: wrong values, a ref of another class, an unknown detail field and tag are errors', () => {
    assertMistakes('react-mistakes.tsx');
  });

  test('Preact: journeykit/preact registers the elements with Preact’s DOM props (preact’s own types)', () => {
    assert.deepEqual(compile([here('preact-usage.tsx')], PREACT), []);
  });

  test('Preact: wrong values, a ref of another class and unknown detail fields are errors', () => {
    assertMistakes('preact-mistakes.tsx', PREACT);
  });

  test('Solid: journeykit/solid registers prop:, on:, attributes and Solid’s DOM props (solid-js’s own types)', () => {
    assert.deepEqual(compile([here('solid-usage.tsx')], SOLID), []);
  });

  test('Solid: wrong values, a ref of another class and unknown detail fields are errors', () => {
    assertMistakes('solid-mistakes.tsx', SOLID);
  });

  test('every element of the manifest is in the JSX types, with all its attributes and events', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
    const jsx = readFileSync(path.join(root, 'dist', 'types', 'jsx.d.ts'), 'utf8');
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    assert.deepEqual(elements.map((e) => e.tagName).sort(), [...TAGS].sort());
    for (const element of elements) {
      assert.match(jsx, new RegExp(`"${element.tagName}": Partial<${element.name}Props`), element.tagName);
      for (const attribute of (element.attributes ?? []).filter((a) => a.fieldName)) {
        const type = `${element.name}["${attribute.fieldName}"]`;
        assert.ok(jsx.includes(`"${attribute.name}"?: ${type}`) || jsx.includes(`${attribute.name}?: ${type}`), `${element.tagName} ${attribute.name}`);
      }
      for (const event of element.events ?? []) assert.ok(jsx.includes(`"on${event.name}"?: (e: CustomEvent<`), `${element.tagName} ${event.name}`);
    }
  });
});

describe('Vue templates (vue-tsc on test/fixtures/vue/)', () => {
  let errors;
  before(() => {
    // vue-tsc prints `file(line,column): error TSxxxx: message` lines and exits 1 on errors.
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js'), '-p', path.join(vueFixtures, 'tsconfig.json'), '--pretty', 'false'], {
      cwd: root,
      encoding: 'utf8',
    });
    errors = [...`${run.stdout}${run.stderr}`.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map(([, file, line, code, message]) => ({
      file: path.relative(root, path.resolve(root, file)),
      line: Number(line),
      code,
      message,
    }));
    assert.ok(run.status === 0 || errors.length > 0, `vue-tsc failed without a type error:\n${run.stdout}${run.stderr}`);
  });
  const inFile = (name) => errors.filter((e) => e.file === path.join('test', 'fixtures', 'vue', name));

  test('journeykit/vue: attributes, properties, DOM attributes and @event handlers with typed detail type-check (Typed.vue, docs/examples/JourneyView.vue)', () => {
    assert.deepEqual(inFile('Typed.vue').map(describeError), []);
    // The tsconfig also takes the documented example, and the program has the generated vue.d.ts.
    assert.deepEqual(errors.filter((e) => !e.file.startsWith(path.join('test', 'fixtures', 'vue'))).map(describeError), []);
  });

  test('journeykit/vue: wrong values and unknown detail fields are errors (Mistakes.vue)', () => {
    const text = readFileSync(path.join(vueFixtures, 'Mistakes.vue'), 'utf8');
    assert.deepEqual(
      inFile('Mistakes.vue').map((e) => `${e.line}: ${e.code}`),
      expectedErrors(text),
      inFile('Mistakes.vue').map(describeError).join('\n'),
    );
  });

  test('every element of the manifest is a Vue global component with its writable properties and events', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
    const vue = readFileSync(path.join(root, 'dist', 'types', 'vue.d.ts'), 'utf8');
    for (const element of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
      assert.ok(vue.includes(`'${element.tagName}': VueCustomElement<${element.name}, ${element.name}VueProps, ${element.name}VueEvents>;`), element.tagName);
      const props = vue.slice(vue.indexOf(`export interface ${element.name}VueProps {`));
      // An attribute the element keeps in a private field (touchpoint-card's own `aria-hidden`) is Vue's HTML attribute.
      const isPublic = (attribute) => (element.members.find((m) => m.name === attribute.fieldName)?.privacy ?? 'public') === 'public';
      for (const attribute of (element.attributes ?? []).filter((a) => a.fieldName && isPublic(a))) {
        const type = `${element.name}['${attribute.fieldName}']`;
        assert.ok(props.includes(`  ${attribute.fieldName}?: ${type};`), `${element.tagName} ${attribute.name}`);
      }
      const events = vue.slice(vue.indexOf(`export type ${element.name}VueEvents = {`));
      for (const event of element.events ?? []) assert.ok(events.includes(`  '${event.name}': CustomEvent<`), `${element.tagName} ${event.name}`);
    }
  });
});

describe('the DOM’s maps', () => {
  test('HTMLElementTagNameMap has every tag; HTMLElementEventMap every event; the map’s events bubble to document', () => {
    assert.deepEqual(compile([here('globals.ts')]), []);
  });

  test('GlobalEventHandlersEventMap has the events of <emotion-curve> and <persona-badge> too (they bubble to document)', () => {
    assert.deepEqual(compile([here('globals-bubbling.ts')]), []);
  });
});

describe('VS Code custom data', () => {
  test('html data: every tag with its attributes, and the values of enumerated ones', () => {
    const data = JSON.parse(readFileSync(path.join(root, 'dist', 'vscode.html-custom-data.json'), 'utf8'));
    assert.deepEqual(data.tags.map((t) => t.name).sort(), [...TAGS].sort());
    const attribute = (tag, name) => data.tags.find((t) => t.name === tag).attributes.find((a) => a.name === name);
    assert.deepEqual(attribute('journey-map', 'theme').values.map((v) => v.name), ['light', 'dark', 'auto']);
    assert.deepEqual(attribute('persona-badge', 'size').values.map((v) => v.name), ['s', 'm', 'l']);
    assert.deepEqual(attribute('emotion-curve', 'curve').values.map((v) => v.name), ['monotone', 'linear', 'step']);
    assert.deepEqual(attribute('journey-map', 'src').values, []); // free text, not "string"
    for (const tag of data.tags) for (const a of tag.attributes) for (const v of a.values) assert.doesNotMatch(v.name, /^[A-Z]/, `${tag.name} ${a.name}: ${v.name}`);
  });

  test('css data: element properties, theme tokens and parts, each once', () => {
    const data = JSON.parse(readFileSync(path.join(root, 'dist', 'vscode.css-custom-data.json'), 'utf8'));
    const names = data.properties.map((p) => p.name);
    for (const name of ['--jk-map-column-width', '--jk-card-background', '--jk-color-accent', '--jk-color-surface', '--jk-space-3']) assert.ok(names.includes(name), name);
    assert.equal(new Set(names).size, names.length);
    const parts = data.pseudoElements.map((p) => p.name);
    for (const name of ['::part(cell)', '::part(touchpoint)', '::part(base)', '::part(avatar)', '::part(point)']) assert.ok(parts.includes(name), name);
    assert.equal(new Set(parts).size, parts.length);
    assert.match(data.properties.find((p) => p.name === '--jk-color-accent').description, /light `#[0-9a-f]{6}`, dark `#[0-9a-f]{6}`/);
  });
});
