/**
 * How story args name what custom-elements.json lists, shared by `.storybook/arg-types.ts` (which
 * turns the manifest into controls) and the stories' render functions (which apply them):
 *
 * | manifest entry     | arg key                    | applied as                                |
 * | ------------------ | -------------------------- | ----------------------------------------- |
 * | attribute          | its name (`heading-level`) | the attribute                             |
 * | property only      | its name (`journey`)       | the property (`.journey=${…}`)            |
 * | event              | `on` + PascalCase name     | a listener logging to the Actions panel   |
 * | slot               | `slot:<name>` / `slot:default` | text in a `<span slot=…>`             |
 * | CSS custom property | its name (`--jk-…`)       | the element's inline style                |
 * | CSS part           | `part:<name>`              | declarations in `tag::part(name) { … }`   |
 *
 * Keys never collide: Storybook's built-in extraction keys parts and attributes by bare name, so
 * a part named like an attribute (`channel`, `name`, `avatar`) would hide that attribute's control.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Args every element story accepts besides the element's own inputs. */
export type CommonArgs = {
  [key: `--${string}`]: string | undefined;
  [key: `part:${string}`]: string | undefined;
  [key: `slot:${string}`]: string | undefined;
};

/** A listener arg (Storybook fills it with an action that logs to the Actions panel). */
export type Listener = ((event: Event) => void) | undefined;

/** Arg key of a slot (`''` is the default slot). */
export const slotArg = (name: string): `slot:${string}` => `slot:${name === '' ? 'default' : name}`;

/** Arg key of a CSS part. */
export const partArg = (name: string): `part:${string}` => `part:${name}`;

/** Arg key of an event's action: `journey-load` → `onJourneyLoad`. */
export const eventArg = (name: string): string =>
  `on${name
    .split(/[-_:.\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}`;

const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The element's inline style from the `--jk-*` args that are set, or `undefined` when none is. */
export function cssText(args: Record<string, unknown>): string | undefined {
  const declarations = Object.entries(args)
    .filter((entry): entry is [string, string] => entry[0].startsWith('--') && present(entry[1]))
    .map(([name, value]) => `${name}: ${value.trim()};`);
  return declarations.length > 0 ? declarations.join(' ') : undefined;
}

/** A `<style>` styling the element's parts from the `part:*` args that are set, or nothing. */
export function partStyles(tag: string, args: Record<string, unknown>): TemplateResult | typeof nothing {
  const rules = Object.entries(args)
    .filter((entry): entry is [string, string] => entry[0].startsWith('part:') && present(entry[1]))
    .map(([key, value]) => `${tag}::part(${key.slice('part:'.length)}) { ${value.trim().replace(/[{}<]/g, '')} }`);
  return rules.length > 0 ? html`<style>${rules.join('\n')}</style>` : nothing;
}

/** Text from a `slot:*` arg in an element with that slot, or nothing. */
export function slotted(args: Record<string, unknown>, name: string): TemplateResult | typeof nothing {
  const value = args[slotArg(name)];
  if (!present(value)) return nothing;
  return name === '' ? html`<span>${value}</span>` : html`<span slot=${name}>${value}</span>`;
}

/** An attribute value from a text arg: empty text means "not set". */
export const text = (value: string | null | undefined): string | undefined => (present(value) ? value : undefined);
