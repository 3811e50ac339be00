/**
 * `bindYjs` in the browser: two maps, each bound to its own Y.Doc, the documents (and their
 * awareness) relayed to each other as a provider would. Real keys on real maps.
 */
import { expect, fixture, html } from '@open-wc/testing';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness.js';
import { bindYjs, docToJourney, type Binding } from '../../src/collab/index.js';
import '../../src/journey-map.js';
import type { JourneyMap } from '../../src/components/journey-map/journey-map.js';
import type { Journey } from '../../src/model/index.js';
import { active, fixtureJson, press, settle } from '../components/journey-map/helpers.js';

/** Two documents that exchange every update, and their awareness, like two clients of a server. */
function relayed(): { a: Y.Doc; b: Y.Doc; awareA: Awareness; awareB: Awareness; cut(): void; join(): void } {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const awareA = new Awareness(a);
  const awareB = new Awareness(b);
  let connected = true;
  const pending: [Y.Doc, Uint8Array][] = [];
  const relay = (from: Y.Doc, to: Y.Doc) =>
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'relay') return;
      if (connected) Y.applyUpdate(to, update, 'relay');
      else pending.push([to, update]);
    });
  relay(a, b);
  relay(b, a);
  const relayAwareness = (from: Awareness, to: Awareness) =>
    from.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added, ...updated, ...removed]), 'relay');
    });
  relayAwareness(awareA, awareB);
  relayAwareness(awareB, awareA);
  return {
    a,
    b,
    awareA,
    awareB,
    cut: () => (connected = false),
    join: () => {
      connected = true;
      for (const [to, update] of pending.splice(0)) Y.applyUpdate(to, update, 'relay');
    },
  };
}

async function twoMaps(journey: Journey | null): Promise<{ mapA: JourneyMap; mapB: JourneyMap }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px">
    <journey-map id="a" editable .journey=${journey}></journey-map>
    <journey-map id="b" editable></journey-map>
  </div>`);
  const mapA = wrapper.querySelector<JourneyMap>('#a')!;
  const mapB = wrapper.querySelector<JourneyMap>('#b')!;
  await settle(mapA);
  await settle(mapB);
  return { mapA, mapB };
}

async function until(test: () => boolean, what: string): Promise<void> {
  // A wait, not a timing check: under a loaded machine the relay and the re-render can take seconds.
  for (let i = 0; i < 350 && !test(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(test(), what).to.equal(true);
}

const order = (map: JourneyMap): string[] => [...map.shadowRoot!.querySelectorAll<HTMLElement>('.lane-touchpoints [data-id]')].map((c) => c.dataset['id']!);
const emotionOf = (doc: Y.Doc, id: string): number | undefined => docToJourney(doc).journey?.touchpoints.find((t) => t.id === id)?.emotion;

describe('bindYjs', () => {
  let journey: Journey;
  let bindings: Binding[] = [];
  before(async () => {
    journey = await fixtureJson('map/two-personas.en.json');
  });
  afterEach(() => {
    for (const binding of bindings) binding.destroy();
    bindings = [];
  });

  it('seeds an empty document from the map; the other map shows it', async () => {
    const { a, b } = relayed();
    const { mapA, mapB } = await twoMaps(journey);
    bindings.push(bindYjs(mapA, a), bindYjs(mapB, b));
    expect(docToJourney(b).journey?.title).to.equal(journey.title);
    await until(() => order(mapB).length === 4, 'map B shows the shared journey');
    expect(order(mapB)).to.deep.equal(order(mapA));
  });

  it('merges concurrent edits of different touchpoints, and moves, into identical journeys', async () => {
    const { a, b } = relayed();
    const { mapA, mapB } = await twoMaps(journey);
    bindings.push(bindYjs(mapA, a), bindYjs(mapB, b));
    await until(() => order(mapB).length === 4, 'B has the journey');
    mapA.focusTouchpoint('portal');
    await press('Alt+ArrowRight');
    await settle(mapA);
    mapB.focusTouchpoint('borrow');
    const emotionsRow = [...mapB.shadowRoot!.querySelectorAll('[role="row"]:not(.head)')].findIndex((r) => r.classList.contains('lane-emotions'));
    for (let i = 0; i < emotionsRow; i++) await press('ArrowDown');
    await press('Alt+ArrowDown');
    await settle(mapB);
    await until(() => order(mapB).join() === 'reminder,desk,portal,borrow' && emotionOf(a, 'borrow') === 2, 'both edits everywhere');
    await settle(mapA);
    await until(() => order(mapA).join() === order(mapB).join(), 'maps agree');
    expect(docToJourney(a).journey).to.deep.equal(docToJourney(b).journey);
    expect(active(mapB)!.closest('.lane-emotions'), 'a remote change leaves B’s focus where it was').to.not.equal(null);
  });

  it('undoes only your own changes', async () => {
    const { a, b } = relayed();
    const { mapA, mapB } = await twoMaps(journey);
    bindings.push(bindYjs(mapA, a), bindYjs(mapB, b));
    await until(() => order(mapB).length === 4, 'B has the journey');
    mapA.focusTouchpoint('portal');
    await press('Alt+ArrowRight');
    await settle(mapA);
    await mapB.applyPatch([]); // loads B's editing code
    mapB.focusTouchpoint('reminder');
    await press('Delete');
    await settle(mapB);
    await until(() => order(mapA).join() === 'desk,portal,borrow', 'A sees B’s removal');
    expect(mapA.canUndo).to.equal(true);
    mapA.focusTouchpoint('portal');
    await press('Control+z');
    await until(() => order(mapB).join() === 'portal,desk,borrow', 'A’s move undone everywhere, B’s removal kept');
    expect(order(mapA)).to.deep.equal(order(mapB));
  });

  it('shares presence: where each person is, and who is editing', async () => {
    const { a, b, awareA, awareB } = relayed();
    const { mapA, mapB } = await twoMaps(journey);
    bindings.push(bindYjs(mapA, a, { awareness: awareA, user: { name: 'Ana', color: 'rgb(200, 0, 100)' } }));
    bindings.push(bindYjs(mapB, b, { awareness: awareB, user: { name: 'Ben' } }));
    await until(() => order(mapB).length === 4, 'B has the journey');
    mapA.focusTouchpoint('reminder');
    await press('ArrowRight');
    await until(() => mapB.presence.some((p) => p.name === 'Ana' && p.touchpoint === 'portal'), 'B sees Ana on portal');
    await until(() => mapB.shadowRoot!.querySelector('.peer') !== null, 'B draws Ana');
    expect(mapB.shadowRoot!.querySelector('.peer')!.textContent!.trim()).to.equal('Ana');
    expect(mapA.presence.map((p) => p.name)).to.deep.equal(['Ben']);
  });

  it('keeps the last valid journey and shows the problems when a peer writes one that does not validate', async () => {
    const { a, b } = relayed();
    const { mapA } = await twoMaps(journey);
    bindings.push(bindYjs(mapA, a));
    await until(() => docToJourney(b).journey !== null, 'B’s document has the journey');
    // A rogue peer writes straight into its document: a touchpoint in a stage that does not exist.
    b.transact(() => {
      const items = b.getMap<Y.Map<unknown>>('journey.items');
      for (const item of items.values()) if (item instanceof Y.Map && item.get('id') === 'portal') item.set('stage', 'nowhere');
    });
    await until(() => mapA.shadowRoot!.querySelector('[part~="error"]') !== null, 'A shows the problems');
    expect(order(mapA)).to.deep.equal(['reminder', 'portal', 'desk', 'borrow']);
  });

  it('merges edits made while disconnected', async () => {
    const net = relayed();
    const { mapA, mapB } = await twoMaps(journey);
    bindings.push(bindYjs(mapA, net.a), bindYjs(mapB, net.b));
    await until(() => order(mapB).length === 4, 'B has the journey');
    net.cut();
    mapA.focusTouchpoint('portal');
    await press('Alt+ArrowRight');
    await settle(mapA);
    await mapB.applyPatch([]); // loads B's editing code
    mapB.focusTouchpoint('reminder');
    await press('Delete');
    await settle(mapB);
    expect(order(mapA)).to.deep.equal(['reminder', 'desk', 'portal', 'borrow']);
    expect(order(mapB)).to.deep.equal(['portal', 'desk', 'borrow']);
    net.join();
    await until(() => order(mapB).join() === order(mapA).join() && order(mapA).join() === 'desk,portal,borrow', 'converged, both edits kept');
    expect(docToJourney(net.a).journey).to.deep.equal(docToJourney(net.b).journey);
  });
});
