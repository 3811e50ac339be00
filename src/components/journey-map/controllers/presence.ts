import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { EditMessages } from '../../../i18n/edit-messages.js';
import { isCssColor, type LaneId } from '../../../model/core.js';
import { personaColorVarAt } from '../../../theme/index.js';

/** Someone else on the map (from a collaboration binding's awareness states). */
export interface PresencePeer {
  /** Stable for the session (e.g. the Yjs client id). */
  id: string;
  name: string;
  /** A CSS colour; anything else gets a palette colour. */
  color?: string;
  /** The touchpoint they are on, if any. */
  touchpoint?: string | null;
  /** Their lane; absent: the touchpoints lane. */
  lane?: LaneId | null;
  /** Whether they have the touchpoint's form open. */
  editing?: boolean;
}

/** The connection of a shared map to its document's server. */
export interface ConnectionStatus {
  state: 'connecting' | 'live' | 'offline' | 'refused';
  /** Local changes not yet sent (offline). */
  unsent?: number;
  /** Why the server refused (refused). */
  reason?: string;
}

/** What presence needs from the map. */
export interface PresenceOptions {
  /** The cell of a touchpoint in a lane, or its touchpoints-lane cell when that lane's is not built. */
  cellOf(touchpoint: string, lane: LaneId | null | undefined): HTMLElement | undefined;
  /** The map's root (the layer is positioned in it) and its grid's scroller. */
  root(): HTMLElement | null;
  scroller(): HTMLElement | null;
  /** The touchpoint of the map's own active cell. */
  activeTouchpoint(): string | null;
  /** A touchpoint's title, bidi-isolated, for announcements. */
  titleOf(touchpoint: string): string | null;
  isolate(text: string): string;
  words(): EditMessages;
  announce(text: string): void;
}

/**
 * Others on a shared map: an outline in each person's colour with their name on the cell they
 * are on (a layer over the grid, so the grid does not re-render), a description on that cell
 * for screen readers ("Ana is here", "Ana is editing"), a polite announcement when someone starts
 * editing the touchpoint you are on, and the connection state.
 */
export class PresenceController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: PresenceOptions;
  #peers: readonly PresencePeer[] = [];
  #connection: ConnectionStatus | null = null;
  /** Cells given a description, so it can be taken off when the person leaves. */
  #described = new Set<HTMLElement>();
  #scroller: HTMLElement | null = null;
  #frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PresenceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#scroller = null;
    cancelAnimationFrame(this.#frame);
  }

  /** New presence states: announces who started editing the touchpoint you are on. */
  setPeers(peers: readonly PresencePeer[]): void {
    const mine = this.#options.activeTouchpoint();
    if (mine) {
      for (const peer of peers) {
        const before = this.#peers.find((p) => p.id === peer.id);
        if (peer.editing && peer.touchpoint === mine && !(before?.editing && before.touchpoint === mine)) {
          const title = this.#options.titleOf(mine);
          if (title) this.#options.announce(this.#options.words().peerStartedEditing(this.#options.isolate(peer.name), title));
        }
      }
    }
    this.#peers = peers;
    this.#host.requestUpdate();
  }

  /** A new connection state: announced when it changes. */
  setConnection(status: ConnectionStatus | null): void {
    const before = this.#connection;
    this.#connection = status;
    if (status && (before?.state !== status.state || (status.state === 'offline' && before?.unsent !== status.unsent && (status.unsent ?? 0) === 0))) {
      this.#options.announce(this.#connectionText(status));
    }
    this.#host.requestUpdate();
  }

  #connectionText(status: ConnectionStatus): string {
    const words = this.#options.words();
    switch (status.state) {
      case 'connecting':
        return words.connecting;
      case 'live':
        return words.live;
      case 'offline':
        return words.offline(status.unsent ?? 0);
      case 'refused':
        return words.refusedByServer(status.reason ?? '');
    }
  }

  /** The connection chip, when the map is bound to a shared document. */
  renderConnection(): TemplateResult | typeof nothing {
    const status = this.#connection;
    if (!status) return nothing;
    // Shape as well as words: a dot that is filled when live, hollow when not.
    return html`<p part="connection" class="connection ${status.state}"><span class="connection-mark" aria-hidden="true"></span>${this.#connectionText(status)}</p>`;
  }

  /** The layer of outlines and name tags, and the hidden descriptions the cells point to. */
  renderLayer(): TemplateResult | typeof nothing {
    const peers = this.#peers.filter((p) => p.touchpoint);
    if (peers.length === 0) return nothing;
    const words = this.#options.words();
    return html`<div class="presence-layer">
      ${repeat(
        peers,
        (p) => p.id,
        (p, i) => html`<div class="peer" data-peer=${p.id} aria-hidden="true" style=${styleMap({ '--_peer': this.#colorOf(p, i) })}>
            <span class="peer-name">${p.name}</span>
          </div>
          <span class="visually-hidden" id="peer-${i}">${p.editing ? words.peerEditing(this.#options.isolate(p.name)) : words.peerHere(this.#options.isolate(p.name))}</span>`,
      )}
    </div>`;
  }

  #colorOf(peer: PresencePeer, index: number): string {
    return peer.color && isCssColor(peer.color) ? peer.color : personaColorVarAt(index);
  }

  hostUpdated(): void {
    const scroller = this.#options.scroller();
    if (scroller !== this.#scroller) {
      this.#scroller?.removeEventListener('scroll', this.#onScroll);
      scroller?.addEventListener('scroll', this.#onScroll, { passive: true });
      this.#scroller = scroller;
    }
    this.#place();
  }

  readonly #onScroll = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#place();
    });
  };

  /** Puts each outline over its cell (hidden when the cell is scrolled out of view) and describes the cells. */
  #place(): void {
    const root = this.#options.root();
    const described = new Map<HTMLElement, string[]>();
    const peers = this.#peers.filter((p) => p.touchpoint);
    if (root) {
      const origin = root.getBoundingClientRect();
      const view = this.#scroller?.getBoundingClientRect();
      peers.forEach((peer, i) => {
        const box = root.querySelector<HTMLElement>(`.peer[data-peer="${CSS.escape(peer.id)}"]`);
        const cell = this.#options.cellOf(peer.touchpoint!, peer.lane);
        if (!box) return;
        if (!cell) {
          box.hidden = true;
          return;
        }
        described.set(cell, [...(described.get(cell) ?? []), `peer-${i}`]);
        const rect = cell.getBoundingClientRect();
        const visible = !view || (rect.right > view.left && rect.left < view.right && rect.bottom > view.top && rect.top < view.bottom);
        box.hidden = !visible;
        Object.assign(box.style, {
          left: `${rect.left - origin.left}px`,
          top: `${rect.top - origin.top}px`,
          width: `${rect.width}px`,
          height: `${rect.height}px`,
        });
      });
    }
    for (const cell of this.#described) if (!described.has(cell)) cell.removeAttribute('aria-describedby');
    for (const [cell, ids] of described) cell.setAttribute('aria-describedby', ids.join(' '));
    this.#described = new Set(described.keys());
  }
}
