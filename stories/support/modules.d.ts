// Module shapes of the Vite imports the stories use (Storybook builds them with Vite).

/** `import text from './file.json?raw'`: the file's text. */
declare module '*?raw' {
  const text: string;
  export default text;
}

/** `import url from './file.json?url'`: the URL the file is served at (an asset in the static build). */
declare module '*?url' {
  const url: string;
  export default url;
}

/** The benchmark's journey generator (plain JavaScript). */
declare module '*/bench/generate.mjs' {
  /** A valid journey-model v1 document with `count` touchpoints over ten stages (deterministic). */
  export function generateJourney(count: number): unknown;
}
