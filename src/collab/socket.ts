/**
 * The WebSocket a room connection runs on: Hocuspocus's own, except that once destroyed it
 * stays closed.
 *
 * Why: `HocuspocusProviderWebsocket` (3.4) answers a lost connection by calling `connect()`
 * again from a timer that `destroy()` does not clear, and `connect()` turns reconnecting back
 * on. So a connection destroyed in the second after its server went away (a map removed from the
 * page, a test ending) reconnects for ever in the background (ueberdosis/hocuspocus#803, open).
 *
 * @module
 */
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';

export class ClosableSocket extends HocuspocusProviderWebsocket {
  #destroyed = false;

  override connect(): ReturnType<HocuspocusProviderWebsocket['connect']> {
    // The base constructor calls connect() before this class's fields exist: `in` asks safely.
    if (#destroyed in this && this.#destroyed) return Promise.resolve();
    return super.connect();
  }

  override destroy(): void {
    this.#destroyed = true;
    super.destroy();
  }
}
