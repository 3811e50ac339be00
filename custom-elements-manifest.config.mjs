// custom-elements.json is generated from the elements' JSDoc: one truth for editors, Storybook,
// docs and the generated VS Code data and JSX types. `npm run analyze` writes it (commit it);
// `npm run check:manifest` fails when the committed file is stale.
//
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

const ROOT = dirname(fileURLToPath(import.meta.url));

// Five small plugins adapt the analyzer to this package:
// - tag names: the entry files define elements with `defineElement('tag', Class)` (src/define.ts),
//   which the analyzer does not know, so those calls become custom-element definitions;
// - event types: `@fires` tags carry no type, but each element file declares its events in
//   `declare global { interface …EventMap { 'name': CustomEvent<Detail> } }`; that type is copied
//   from there (`CustomEvent<Detail>`, not a bare `CustomEvent`), so typed JSX handlers can follow;
// - expanded types: an attribute typed with an alias (`theme: Theme`) gets `expandedType`
//   (`'light' | 'dark' | 'auto'`), worked out by the TypeScript checker, so editors can offer
//   the values (the VS Code data is generated with `typesSrc: 'expandedType'`);
// - theme tokens: every element lists the `--jk-*` theme tokens its styles read (see
//   themeTokensPlugin), with their light and dark defaults from src/theme/tokens.ts, so no
//   element's docs can drift from the token table;
// - paths: modules are analysed in `src/*.ts` but the package ships `dist/*.js`, so every path
//   in the manifest names the file a consumer can import. Local variables the analyzer mistakes
//   for module declarations (it lists some `const`s inside methods) are dropped on the way.

/** Modules that define elements (entries) and the element classes themselves. */
const ELEMENTS = ['journey-map', 'emotion-curve', 'persona-badge', 'touchpoint-card', 'opportunity-matrix'];

/** `src/components/x/x.ts` → `dist/components/x/x.js` (also with a leading `/`). */
function shippedPath(path) {
  return path.replace(/^(\/?)src\/(.*)\.ts$/, '$1dist/$2.js');
}

/** Makes `defineElement('journey-map', JourneyMap)` a custom-element definition. */
function defineElementPlugin() {
  return {
    name: 'journeykit: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      // Where the class comes from: an import of this module, else the module itself.
      let module = `/${moduleDoc.path}`;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const named = statement.importClause?.namedBindings;
        if (named && ts.isNamedImports(named) && named.elements.some((e) => e.name.text === klass.text)) {
          module = new URL(statement.moduleSpecifier.text, `file:///${moduleDoc.path}`).pathname.replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

/** Copies each event's detail type from the module's `declare global` event map. */
function eventTypesPlugin() {
  const details = new Map(); // module path → Map(event name → detail type text)
  return {
    name: 'journeykit: event detail types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isInterfaceDeclaration(node) || !/EventMap$/.test(node.name.text)) return;
      const found = details.get(moduleDoc.path) ?? new Map();
      details.set(moduleDoc.path, found);
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) continue;
        const name = member.name && (ts.isStringLiteral(member.name) || ts.isIdentifier(member.name)) ? member.name.text : null;
        const [detail] = member.type.typeArguments ?? [];
        if (name && detail && member.type.typeName.getText() === 'CustomEvent') found.set(name, detail.getText());
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        // The analyzer also lists `this.dispatchEvent(new SomeEvent(…))` as an event, named after
        // its argument when that is an identifier (`new SomeEvent(detail)` becomes "detail") and
        // nameless otherwise: the name lives in the event class, whose `@fires` tag documents it.
        // An undocumented event class stays listed, so the manifest test still catches it.
        if (!declaration.events) continue;
        const documented = new Set(declaration.events.filter((event) => event.description && event.type).map((event) => event.type.text));
        declaration.events = declaration.events.filter((event) => event.name && (event.description || !documented.has(event.type?.text)));
      }
      const found = details.get(moduleDoc.path);
      if (!found) return;
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const event of declaration.events ?? []) {
          const detail = found.get(event.name);
          // The analyzer reads `new CustomEvent<Detail>(…)` as a bare `CustomEvent`.
          if (detail && (!event.type || /^(Custom)?Event$/.test(event.type.text))) event.type = { text: `CustomEvent<${detail}>` };
        }
      }
    },
  };
}

/** The project's own TypeScript program over the analysed files, made once on first use. */
let program;
function checker(files) {
  if (!program) {
    const config = ts.getParsedCommandLineOfConfigFile(resolve(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    program = ts.createProgram(files.map((f) => resolve(ROOT, f)), { ...config.options, noEmit: true });
  }
  return program.getTypeChecker();
}

/** `'a' | 'b'` for a union of string literals, `boolean`, `number`… without null and undefined. */
function expand(type, check) {
  const parts = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  if (parts.length > 0 && parts.every((t) => t.isStringLiteral())) return parts.map((t) => `'${t.value}'`).join(' | ');
  if (parts.length > 0 && parts.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return 'boolean';
  return parts.map((t) => check.typeToString(t)).join(' | ');
}

/** Adds `expandedType` to the attributes and fields of every element class. */
function expandedTypesPlugin(files) {
  return {
    name: 'journeykit: expanded types',
    // Runs before shippedPathsPlugin, while paths still name the analysed `src/` files.
    packageLinkPhase({ customElementsManifest }) {
      const check = checker(files);
      for (const moduleDoc of customElementsManifest.modules) {
        const source = program.getSourceFile(resolve(ROOT, moduleDoc.path));
        for (const element of (moduleDoc.declarations ?? []).filter((d) => d.kind === 'class' && d.customElement)) {
          const klass = source?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === element.name);
          if (!klass) continue;
          // Every property of the class's type, inherited ones included (the map's sit in a base class).
          const fieldTypes = (type) => {
            const types = new Map();
            for (const symbol of type.getProperties()) {
              const declaration = symbol.valueDeclaration;
              const named = declaration && (ts.isPropertyDeclaration(declaration) || ts.isGetAccessorDeclaration(declaration)) && ts.isIdentifier(declaration.name);
              if (named) types.set(symbol.name, expand(check.getTypeOfSymbolAtLocation(symbol, klass), check));
            }
            return types;
          };
          const types = fieldTypes(check.getTypeAtLocation(klass));
          const statics = fieldTypes(check.getTypeOfSymbolAtLocation(check.getSymbolAtLocation(klass.name), klass));
          for (const attribute of element.attributes ?? []) {
            const text = attribute.fieldName && types.get(attribute.fieldName);
            if (text) attribute.expandedType = { text };
          }
          for (const member of element.members ?? []) {
            const text = member.kind === 'field' && (member.static ? statics : types).get(member.name);
            if (text) member.expandedType = { text };
          }
        }
      }
    },
  };
}

/** The token table of src/theme/tokens.ts (bundled in memory: it is TypeScript and imports lit). */
async function loadTokens() {
  const result = await build({
    entryPoints: [resolve(ROOT, 'src/theme/tokens.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.from(result.outputFiles[0].text).toString('base64');
  return (await import(`data:text/javascript;base64,${code}`)).TOKENS;
}

/**
 * Elements drawn inside another element's shadow root: the outer element honours their tokens
 * too (a token set on `<journey-map>` reaches its cards, badges and curves).
 */
const COMPOSES = { 'journey-map': ['emotion-curve', 'persona-badge', 'touchpoint-card'] };

/**
 * The tokens one element's code reads: every `--_jk-<token>` (the private copy themeStyles
 * makes of `--jk-<token>`) in its folder, in src/theme/helpers.ts when it uses a helper from
 * there, and every persona colour when it picks one by id or position (`personaColorVar…`).
 */
function tokensReadBy(tag, tokens) {
  const folder = resolve(ROOT, 'src/components', tag);
  // The whole folder, its controllers/, templates/ and editing/ included.
  let text = readdirSync(folder, { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(join(folder, file), 'utf8'))
    .join('\n');
  if (/\b(focusRing|visuallyHidden)\b/.test(text)) text += readFileSync(resolve(ROOT, 'src/theme/helpers.ts'), 'utf8');
  const used = new Set([...text.matchAll(/--_jk-([a-z0-9-]+[a-z0-9])/g)].map((m) => m[1]).filter((name) => name in tokens));
  if (/personaColorVar|--_jk-color-persona-\$\{/.test(text)) for (const name of Object.keys(tokens)) if (name.startsWith('color-persona-')) used.add(name);
  for (const inner of COMPOSES[tag] ?? []) for (const name of tokensReadBy(inner, tokens)) used.add(name);
  return used;
}

/** Adds the theme tokens each element honours to its `cssProperties` (after its own). */
function themeTokensPlugin(tokens) {
  return {
    name: 'journeykit: theme tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const element of (moduleDoc.declarations ?? []).filter((d) => d.customElement && ELEMENTS.includes(d.tagName ?? ''))) {
          const own = new Map((element.cssProperties ?? []).map((p) => [p.name, p]));
          const listed = [...tokensReadBy(element.tagName, tokens)].sort((a, b) => Object.keys(tokens).indexOf(a) - Object.keys(tokens).indexOf(b));
          const fromTokens = listed.map((name) => {
            const { light, dark } = tokens[name];
            const defaults = dark && dark !== light ? `light \`${light}\`, dark \`${dark}\`` : `\`${light}\``;
            const documented = own.get(`--jk-${name}`)?.description;
            return {
              name: `--jk-${name}`,
              description: `${documented ? `${documented} ` : ''}Theme token (docs/theming.md); default ${defaults}.`,
              default: light,
            };
          });
          const tokenNames = new Set(fromTokens.map((p) => p.name));
          element.cssProperties = [...(element.cssProperties ?? []).filter((p) => !tokenNames.has(p.name)), ...fromTokens];
        }
      }
    },
  };
}

/** Rewrites every `src/….ts` path to the shipped `dist/….js`. */
function shippedPathsPlugin() {
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = shippedPath(inner);
        else visit(inner);
      }
    }
  };
  return {
    name: 'journeykit: shipped paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
      for (const module of customElementsManifest.modules) {
        const exported = new Set((module.exports ?? []).map((e) => e.declaration?.name));
        module.declarations = (module.declarations ?? []).filter((d) => d.kind !== 'variable' || exported.has(d.name));
      }
    },
  };
}

// The map's public properties sit in a base class of their own (properties.ts): analysed too, so
// the element's entry inherits them.
const GLOBS = [
  ...ELEMENTS.map((tag) => `src/${tag}.ts`),
  ...ELEMENTS.map((tag) => `src/components/${tag}/${tag}.ts`),
  'src/components/journey-map/properties.ts',
];

export default {
  globs: GLOBS,
  outdir: '.',
  litelement: true,
  // package.json's "customElements" is set once by hand; the analyzer would otherwise write the
  // path of whatever --outdir it was given (scripts/check-manifest.mjs uses a temporary one).
  packagejson: false,
  plugins: [defineElementPlugin(), eventTypesPlugin(), expandedTypesPlugin(GLOBS), themeTokensPlugin(await loadTokens()), shippedPathsPlugin()],
};
