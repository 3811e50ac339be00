import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { PersonaDetailsToggleEvent } from '../../events/index.js';
import { float, openOverlay } from '../../floating/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { isSafeUrl } from '../../model/helpers.js';
import type { Persona } from '../../model/types.js';
import { composite, inkFor, resolveCssColor } from '../../theme/contrast.js';
import { hostStyles } from '../../theme/host.js';
import { isTheme, personaColorVar, themeStyles, type Theme } from '../../theme/tokens.js';
import { warnOnce } from '../shared/warn-once.js';
import { initialsOf } from './initials.js';
import { styles } from './persona-badge.styles.js';

/** Badge sizes. */
export type PersonaBadgeSize = 's' | 'm' | 'l';

const SIZES: readonly string[] = ['s', 'm', 'l'];

export type { PersonaDetailsToggleDetail } from '../../events/index.js';

/** What the badge shows, after the property and the attributes are merged and checked. */
interface Shown {
  persona: Persona;
  /** For `persona-details-toggle`: the `persona` property itself when set. */
  source: Persona;
  avatar: string | undefined;
  color: string | undefined;
  goals: string[];
  frustrations: string[];
  needs: string[];
  quote: string | undefined;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => text(item) !== undefined) : [];

/** A value short enough to quote in a warning. */
const quoted = (value: string) => `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * A persona's avatar (photo, or initials on the persona's colour) with name and role. With
 * `details` it is a button that opens the persona's goals, frustrations, needs and quote.
 *
 * Every string is rendered as text. Bad input (an unsafe avatar URL, an unknown size or theme, a
 * value that is not a colour) is ignored with one console warning per attribute and value.
 *
 * @summary Avatar, name and role of a journey persona, with optional details on demand.
 *
 * @fires {PersonaDetailsToggleEvent} persona-details-toggle - The details popover opened or closed.
 *   `detail: { open: boolean, persona: Persona }`; bubbles and is composed.
 *
 * @csspart base - The badge: a `<button>` with `details`, otherwise a labelled image.
 * @csspart avatar - The circle holding the photo or the initials.
 * @csspart image - The avatar photo.
 * @csspart initials - The initials, when there is no (working) photo.
 * @csspart name - The name.
 * @csspart role - The role (hidden at size `s`).
 * @csspart popover - The details popover.
 *
 * @cssprop --jk-persona-badge-size - Diameter of the avatar. Default 1.5rem (s), 2rem (m), 3rem (l).
 * @cssprop --jk-persona-badge-color - Avatar fill when the persona has no `color`; default a
 *   palette colour picked by persona id.
 * @cssprop --jk-persona-badge-background - Background behind the name. Default `--jk-color-surface`;
 *   the name and role keep 4.5:1 only on a theme surface.
 * @cssprop --jk-color-persona-1 - … `--jk-color-persona-8`: the palette (see docs/theming.md for all tokens).
 */
export class PersonaBadge extends LitElement {
  static override styles = [themeStyles, hostStyles, styles];

  /** Display name, e.g. "Maria Lind". */
  @property() name?: string;

  /**
   * Role, e.g. "First-time buyer". The `role` attribute is also ARIA's, so validators flag
   * `role="First-time buyer"` on the element; in markup prefer `persona-role` (or the property).
   */
  @property() override role: string | null = null;

  /** The persona's role, as an attribute that does not clash with ARIA `role`. Wins over `role`. */
  @property({ attribute: 'persona-role' }) personaRole?: string;

  /** Photo URL: `https:`, `http:` or `data:image/…` only; anything else shows the initials. */
  @property() avatar?: string;

  /** Any CSS colour for the avatar fill; default a stable palette colour by persona id. */
  @property() color?: string;

  /** `s`, `m` (default) or `l`. */
  @property({ reflect: true }) size: PersonaBadgeSize = 'm';

  /**
   * `light` (default), `dark`, or `auto` to follow the OS.
   * @default 'light'
   */
  @property({ reflect: true }) theme?: Theme;

  /** BCP 47 language of the built-in words; default from `lang` here or on an ancestor, else `en`. */
  @property({ reflect: true }) locale?: string;

  /** Makes the badge a button that opens the persona's goals, frustrations, needs and quote. */
  @property({ type: Boolean, reflect: true }) details = false;

  /** A model persona; its fields win over the attributes. */
  @property({ attribute: false }) persona?: Persona;

  @state() private _open = false;
  /** What this update shows; computed once per update in willUpdate. */
  #view!: Shown & { interactive: boolean };
  /** The avatar URL that failed to load: the initials show until the URL changes. */
  @state() private _failedAvatar?: string;

  @query('.avatar') private _avatar?: HTMLElement;
  @query('.base') private _base?: HTMLElement;
  @query('.popover') private _popover?: HTMLElement;

  readonly #l10n = new LocaleController(this);
  readonly #warnOnce = warnOnce('persona-badge');
  /** Stops the popover following the badge (`float`); set while open. Tests read it by this name. */
  private _stopAutoUpdate?: () => void;
  #closeOverlay?: () => void;
  readonly #darkScheme =
    typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#darkScheme?.addEventListener('change', this.#updateInk);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#darkScheme?.removeEventListener('change', this.#updateInk);
    this.#flushInk(false);
    this.#setOpen(false, false);
    this.#detachPopover();
  }

  #warn(attribute: string, value: string, why: string): void {
    this.#warnOnce(`${attribute} ${quoted(value)}`, value, why);
  }

  /** Merges the property and the attributes, dropping (with a warning) what is unsafe. */
  #shown(): Shown {
    let source: Partial<Persona> = {};
    let given: Persona | undefined;
    if (this.persona !== undefined && this.persona !== null) {
      if (typeof this.persona === 'object') source = given = this.persona;
      else this.#warn('persona', String(this.persona), 'expected a persona object');
    }
    const name = text(source.name) ?? text(this.name) ?? '';
    const role = text(source.role) ?? text(this.personaRole) ?? text(this.role);
    const persona: Persona = { ...source, id: text(source.id) ?? name, name, role };

    let avatar = text(source.avatar) ?? text(this.avatar);
    if (avatar !== undefined && !isSafeUrl(avatar, 'avatar')) {
      this.#warn('avatar', avatar, 'only https:, http: and data:image/ URLs are shown');
      avatar = undefined;
    }
    let color = text(source.color) ?? text(this.color);
    if (color !== undefined && !CSS.supports('color', color)) {
      this.#warn('color', color, 'it is not a CSS colour');
      color = undefined;
    }
    return {
      persona,
      source: given ?? persona,
      avatar,
      color,
      goals: texts(source.goals),
      frustrations: texts(source.frustrations),
      needs: texts(source.needs),
      quote: text(source.quote),
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size') && !SIZES.includes(this.size)) {
      this.#warn('size', String(this.size), 'expected s, m or l');
    }
    if (changed.has('theme') && this.theme != null && !isTheme(this.theme)) {
      this.#warn('theme', String(this.theme), 'expected light, dark or auto');
    }
    const shown = this.#shown();
    const hasDetails =
      shown.goals.length + shown.frustrations.length + shown.needs.length > 0 || !!shown.quote;
    this.#view = { ...shown, interactive: this.details && hasDetails };
    if (this._open && !this.#view.interactive) this.#setOpen(false, true);
  }

  override render(): TemplateResult {
    const shown = this.#view;
    const { persona } = shown;
    const l10n = this.#l10n;
    const msg = l10n.msg;
    // Name and role are isolated from the built-in words: a stray U+202E or a right-to-left name
    // would otherwise reorder "Persona:" and the comma. On screen each is a box of its own.
    const label = persona.name
      ? msg.personaLabel(l10n.isolate(persona.name), persona.role === undefined ? undefined : l10n.isolate(persona.role))
      : msg.persona;
    const fill = { '--_fill': shown.color ?? `var(--jk-persona-badge-color, ${personaColorVar(persona.id)})` };
    const photo = shown.avatar !== undefined && shown.avatar !== this._failedAvatar ? shown.avatar : undefined;

    // The initials are drawn from an attribute by CSS, not as text: they are part of the
    // picture, and as text they would break "label in name" for the button (WCAG 2.5.3).
    const content = html`
      <span part="avatar" class="avatar" style=${styleMap(fill)} aria-hidden="true">
        ${photo
          ? html`<img part="image" src=${photo} alt="" referrerpolicy="no-referrer" @error=${() => (this._failedAvatar = photo)} />`
          : html`<span part="initials" class="initials" data-initials=${initialsOf(persona.name, this.#l10n.tag) || '?'}></span>`}
      </span>
      <span class="text">
        <span part="name" class="name">${persona.name}</span>
        ${persona.role ? html`<span part="role" class="role">${persona.role}</span>` : nothing}
      </span>
    `;

    if (!shown.interactive) {
      return html`<span part="base" class="base" role="img" aria-label=${label}>${content}</span>`;
    }
    return html`
      <button
        part="base"
        class="base"
        type="button"
        aria-label=${label}
        aria-expanded=${this._open ? 'true' : 'false'}
        aria-controls="details"
        @click=${() => this.#setOpen(!this._open, true)}
      >
        ${content}
      </button>
      <div
        id="details"
        part="popover"
        class="popover"
        role="group"
        aria-label=${label}
        tabindex="-1"
        popover=${supportsPopover ? 'manual' : nothing}
        ?hidden=${!supportsPopover && !this._open}
        style=${styleMap(fill)}
      >
        <p class="title">${persona.name}</p>
        ${persona.role ? html`<p class="subtitle">${persona.role}</p>` : nothing}
        ${this.#list('goals', msg.goals, shown.goals)}
        ${this.#list('frustrations', msg.frustrations, shown.frustrations)}
        ${this.#list('needs', msg.needs, shown.needs)}
        ${shown.quote
          ? html`<p class="heading" id="quote-heading">${msg.quote}</p>
              <blockquote aria-labelledby="quote-heading"><p>${shown.quote}</p></blockquote>`
          : nothing}
      </div>
    `;
  }

  #list(id: string, heading: string, items: string[]): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
    return html`<p class="heading" id=${`${id}-heading`}>${heading}</p>
      <ul aria-labelledby=${`${id}-heading`}>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
  }

  override updated(): void {
    this.#scheduleInk();
    if (this._open && this._popover) this.#attachPopover(this._popover);
    else this.#detachPopover();
  }

  #inkFrame = 0;

  /**
   * Reading computed colours forces a style recalculation of the whole page. Inside a map that is
   * still building its other elements, a read in `updated` recalculated a page about to change
   * again. So the ink is read in the next animation frame (before that frame paints, reusing its
   * recalculation), or earlier when someone awaits `updateComplete`: by then the elements built
   * together with this one have rendered, and the ink is settled when callers look.
   */
  #scheduleInk(): void {
    if (!this.#inkFrame) this.#inkFrame = requestAnimationFrame(() => this.#flushInk(true));
  }

  #flushInk(update: boolean): void {
    if (!this.#inkFrame) return;
    cancelAnimationFrame(this.#inkFrame);
    this.#inkFrame = 0;
    if (update) this.#updateInk();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    this.#flushInk(this.isConnected);
    return result;
  }

  /**
   * Picks the initials' ink for the fill actually painted (any CSS colour, a theme token or a
   * page override), so they keep 4.5:1. Runs after every render and on OS scheme changes.
   */
  readonly #updateInk = (): void => {
    const avatar = this._avatar;
    if (!avatar) return;
    const style = getComputedStyle(avatar);
    const host = getComputedStyle(this);
    const token = (name: string) => resolveCssColor(host.getPropertyValue(name).trim());
    const surface = token('--_jk-color-surface') ?? { r: 255, g: 255, b: 255, a: 1 };
    const fill = resolveCssColor(style.backgroundColor);
    if (!fill) return;
    const dark = token('--_jk-color-ink-dark');
    const light = token('--_jk-color-ink-light');
    const background = fill.a < 1 ? composite(fill, composite(surface, { r: 255, g: 255, b: 255, a: 1 })) : fill;
    avatar.dataset.ink = inkFor(background, dark && light ? { dark, light } : undefined);
  };

  #setOpen(open: boolean, notify: boolean): void {
    if (open === this._open) return;
    this._open = open;
    if (open) {
      // On the document's overlay stack: Escape closes the topmost overlay only, so a map's
      // details under this popover stay open, and no one has to stop the key on its way.
      this.#closeOverlay = openOverlay(this.ownerDocument, {
        inside: () => [this],
        onEscape: () => {
          this.#setOpen(false, true);
          this._base?.focus();
        },
        onOutsideClick: () => this.#setOpen(false, true),
      });
      this.addEventListener('focusout', this.#onFocusOut);
    } else {
      this.#closeOverlay?.();
      this.#closeOverlay = undefined;
      this.removeEventListener('focusout', this.#onFocusOut);
    }
    if (notify) this.dispatchEvent(new PersonaDetailsToggleEvent({ open, persona: this.#view.source }));
  }

  #attachPopover(popover: HTMLElement): void {
    if (this._stopAutoUpdate) return;
    const base = this._base;
    if (!base) return;
    if (supportsPopover && !popover.matches(':popover-open')) popover.showPopover();
    this._stopAutoUpdate = float(base, popover, { placement: 'bottom-start', offset: 6 });
  }

  #detachPopover(): void {
    this._stopAutoUpdate?.();
    this._stopAutoUpdate = undefined;
    const popover = this._popover;
    if (supportsPopover && popover?.matches(':popover-open')) popover.hidePopover();
  }

  readonly #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && (this.contains(next) || this.shadowRoot?.contains(next))) return;
    // Focus left for somewhere else on the page: a popover left open would cover it.
    if (next !== null) this.#setOpen(false, true);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'persona-badge': PersonaBadge;
  }
}
