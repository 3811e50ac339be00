// The types a consumer gets: the JSX integrations (journeykit/react, /preact, /solid) and the DOM's
// tag and event maps, compiled with the TypeScript compiler against the package as it resolves
// through its own `exports` (a package may import itself by name). Also the VS Code custom data.
//
// The consumer code lives in FIXTURES below, compiled from memory as files of a folder that does
// not exist (so the project's own `tsc -p tsconfig.json` never sees it: it needs JSX and the
// built package). Each `@ts-expect-error` line must be an error. preact, solid-js and
// @types/react-dom are not installed here, so small stand-ins declare what the code uses.
//
// Needs `tsc -p tsconfig.build.json` (npm test runs it first); regenerates dist/types and the
// VS Code data from the committed custom-elements.json, as `npm run build` does.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { DOCUMENTED_VALUES, buildIntegrations } from '../../scripts/build-integrations.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const virtual = path.join(root, 'test', 'packaging', '.consumer');
const here = (name) => path.join(virtual, name);

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

// @ts-expect-error theme is light, dark or auto
export const badTheme = <journey-map theme="purple"></journey-map>;
// @ts-expect-error heading-level is 1 to 6
export const badHeading = <journey-map heading-level={9}></journey-map>;
// @ts-expect-error a ref to another element's class
export const badRef = <journey-map ref={useRef<HTMLInputElement>(null)}></journey-map>;
// @ts-expect-error the detail of touchpoint-select has no \`persona\`
export const badDetail = <journey-map ontouchpoint-select={(event) => event.detail.persona}></journey-map>;
// @ts-expect-error size is s, m or l
export const badSize = <persona-badge size="xl"></persona-badge>;
// @ts-expect-error accessibleSummary is read-only, not a prop
export const readOnly = <touchpoint-card accessibleSummary="x"></touchpoint-card>;
// @ts-expect-error not an element of journeykit (nor of HTML)
export const unknownTag = <journey-mapp></journey-mapp>;

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
  'preact-usage.tsx': `import type {} from 'journeykit/preact';
import type { JourneyMap } from 'journeykit';

declare const ref: { current: JourneyMap | null };

export const ok = (
  <journey-map persona="maria" theme="auto" ontouchpoint-select={(event) => void event.detail.touchpoint.title}></journey-map>
);
export const domProps = (
  <journey-map ref={ref} class="map" className="map" style={{ maxHeight: '30rem' }} onClick={(event) => void event.currentTarget.journey} onKeyDown={(event) => void event.key}></journey-map>
);
// @ts-expect-error theme is light, dark or auto
export const bad = <journey-map theme="purple"></journey-map>;
// @ts-expect-error heading-level is 1 to 6
export const badHeading = <journey-map heading-level={9}></journey-map>;
`,
  'solid-usage.tsx': `import type {} from 'journeykit/solid';
import type { Journey } from 'journeykit/model';

declare const journey: Journey;

export const ok = (
  <journey-map prop:journey={journey} persona="maria" theme="dark" on:touchpoint-select={(event) => void event.detail.touchpoint.title}></journey-map>
);
// @ts-expect-error theme is light, dark or auto
export const bad = <journey-map theme="purple"></journey-map>;
`,
  'react-dom-client.d.ts': `declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export function createRoot(container: Element | DocumentFragment): { render(children: ReactNode): void; unmount(): void };
}
`,
  'preact.d.ts': `declare module 'preact' {
  namespace JSX {
    interface IntrinsicAttributes {
      key?: unknown;
    }
    /** What preact's own JSX.HTMLAttributes declares for these props (preact 10). */
    interface HTMLAttributes<RefType extends EventTarget = EventTarget> {
      ref?: { current: RefType | null } | ((instance: RefType | null) => void) | null;
      class?: string;
      className?: string;
      style?: string | Record<string, string | number | null | undefined>;
      onClick?: (event: MouseEvent & { currentTarget: RefType }) => void;
      onKeyDown?: (event: KeyboardEvent & { currentTarget: RefType }) => void;
    }
    interface IntrinsicElements {
      div: { children?: unknown };
    }
    type Element = { type: unknown };
  }
}
declare module 'preact/jsx-runtime' {
  export { JSX } from 'preact';
  export function jsx(type: unknown, props: unknown): unknown;
  export function jsxs(type: unknown, props: unknown): unknown;
  export const Fragment: unknown;
}
`,
  'solid-js.d.ts': `declare module 'solid-js' {
  namespace JSX {
    type Element = unknown;
    interface CSSProperties {
      [property: string]: string | number | undefined;
    }
    interface DirectiveAttributes {
      __directive?: never;
    }
    interface PropAttributes {
      __prop?: never;
    }
    interface AttrAttributes {
      __attr?: never;
    }
    interface DirectiveFunctionAttributes<T> {
      __element?: T;
    }
    interface OnAttributes<T> {
      __on?: T;
    }
    interface OnCaptureAttributes<T> {
      __onCapture?: T;
    }
    interface IntrinsicAttributes {
      __intrinsic?: never;
    }
    interface IntrinsicElements {
      div: { children?: Element };
    }
  }
}
declare module 'solid-js/jsx-runtime' {
  export { JSX } from 'solid-js';
  export function jsx(type: unknown, props: unknown): unknown;
  export function jsxs(type: unknown, props: unknown): unknown;
  export const Fragment: unknown;
}
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

/** Compiles `files` (real paths, or FIXTURES names via here()) and returns the errors in our files. */
function compile(files, options = {}) {
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
    .map((d) => {
      const where = d.file ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '(options)';
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

before(async () => {
  assert.ok(existsSync(path.join(root, 'dist', 'index.d.ts')), 'dist/ is missing: run `tsc -p tsconfig.build.json` (npm test does)');
  process.chdir(root);
  await buildIntegrations();
});

describe('JSX types', () => {
  test('React 19: the documented example and every prop, event and mistake type-check as they should', () => {
    assert.ok(existsSync(path.join(root, 'node_modules', '@types', 'react')), '@types/react is needed for this test');
    const errors = compile([path.join(root, 'docs', 'examples', 'react-app.tsx'), here('react-usage.tsx'), here('react-dom-client.d.ts')]);
    assert.deepEqual(errors, []);
  });

  test('Preact: journeykit/preact registers the elements in preact’s JSX (stand-in preact types)', () => {
    const errors = compile([here('preact-usage.tsx'), here('preact.d.ts')], { jsxImportSource: 'preact' });
    assert.deepEqual(errors, []);
  });

  test('Solid: journeykit/solid registers prop:, on: and attributes (stand-in solid-js types)', () => {
    const errors = compile([here('solid-usage.tsx'), here('solid-js.d.ts')], { jsxImportSource: 'solid-js' });
    assert.deepEqual(errors, []);
  });

  test('every element of the manifest is in the JSX types, with all its attributes and events', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
    const jsx = readFileSync(path.join(root, 'dist', 'types', 'jsx.d.ts'), 'utf8');
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    assert.deepEqual(elements.map((e) => e.tagName).sort(), [...TAGS].sort());
    for (const element of elements) {
      assert.match(jsx, new RegExp(`"${element.tagName}": Partial<${element.name}Props`), element.tagName);
      for (const attribute of (element.attributes ?? []).filter((a) => a.fieldName)) {
        const type = DOCUMENTED_VALUES[attribute.name] ?? `${element.name}["${attribute.fieldName}"]`;
        assert.ok(jsx.includes(`"${attribute.name}"?: ${type}`) || jsx.includes(`${attribute.name}?: ${type}`), `${element.tagName} ${attribute.name}`);
      }
      for (const event of element.events ?? []) assert.ok(jsx.includes(`"on${event.name}"?: (e: CustomEvent<`), `${element.tagName} ${event.name}`);
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
