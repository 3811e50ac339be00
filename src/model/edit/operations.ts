/**
 * Pure edit operations on a journey. Each takes a journey and returns an {@link EditResult}: the
 * new journey (the input is never changed), the JSON Patch from the old journey to the new one,
 * and the patch that undoes it. An edit that would make the journey invalid, or names something
 * that does not exist, changes nothing and says why in located problems. None of them throws.
 *
 * @module
 */
import { listIds, quote } from '../describe.js';
import { stageIndexById } from '../helpers.js';
import { formatJsonPointer } from '../json-pointer.js';
import type { Journey, Metric, Opportunity, PainPoint, Persona, Stage, Touchpoint } from '../types.js';
import { idsOf, slugify, uniqueId } from './ids.js';
import { applyPatch, cloneJson, jsonEqual, type PatchOperation, type PatchResult } from './patch.js';

/** What every edit operation returns. */
export interface EditResult extends PatchResult {
  /** The RFC 6902 patch from the input journey to `journey`; empty when refused. */
  ops: PatchOperation[];
  /** The patch that undoes `ops`: applied to `journey`, it gives back a journey equal to the input. Empty when refused. */
  inverse: PatchOperation[];
}

/** A new touchpoint; without `id`, one is made from the title. */
export type NewTouchpoint = Omit<Touchpoint, 'id'> & { id?: string };
/** A new stage; without `id`, one is made from the name. */
export type NewStage = Omit<Stage, 'id'> & { id?: string };
/** A new persona; without `id`, one is made from the name. */
export type NewPersona = Omit<Persona, 'id'> & { id?: string };

/** Field changes: a field set to `undefined` is removed. `id` never changes (nor `stage`: see {@link moveTouchpoint}). */
export type Changes<T, Fixed extends keyof T = never> = { [K in Exclude<keyof T, 'id' | Fixed>]?: T[K] | undefined };

/** Where a new item goes: its index among its siblings (for a touchpoint, among its stage's touchpoints). Default: the end. */
export interface Placement {
  position?: number;
}

/** What to do with the touchpoints of a removed stage, or those a removed persona was the only one of. */
export interface RemoveOptions {
  /** Give them this stage (or persona) instead. */
  moveTouchpointsTo?: string;
  /** Remove them too (and the `next` edges pointing to them). */
  removeTouchpoints?: boolean;
}

/** The owner of a list: a touchpoint, stage or persona by id, or the journey itself. */
export type ListOwner = { touchpoint: string } | { stage: string } | { persona: string } | { journey: true };

/** The list fields of each kind of owner. */
export const LIST_FIELDS = {
  touchpoint: ['actions', 'thoughts', 'painPoints', 'opportunities', 'backstage', 'quotes', 'metrics'],
  stage: ['goals', 'metrics'],
  persona: ['goals', 'frustrations', 'needs'],
  journey: ['metrics'],
} as const;

/** A list field of some owner. */
export type ListField = (typeof LIST_FIELDS)[keyof typeof LIST_FIELDS][number];

/** An item of a list field: text, or a pain point, opportunity or metric object. */
export type ListItem = string | Exclude<PainPoint, string> | Exclude<Opportunity, string> | Metric;

type Tokens = (string | number)[];
type Rec = Record<string, unknown>;

/** Thrown while building an edit that cannot be made; becomes the result's one problem. */
class Refusal extends Error {
  constructor(
    readonly tokens: Tokens,
    message: string,
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(obj: unknown, key: string): unknown {
  return isRecord(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** An index from 0 to `max`; `undefined` means `max`. */
function clampIndex(position: number | undefined, max: number): number {
  return position === undefined ? max : Math.max(0, Math.min(max, Math.trunc(position) || 0));
}

/** The operations of one edit and their inverses, built side by side. */
class Patch {
  readonly ops: PatchOperation[] = [];
  readonly #undo: PatchOperation[] = [];

  #push(op: PatchOperation, undo: PatchOperation): void {
    this.ops.push(op);
    this.#undo.push(undo);
  }

  /** Sets the object field at `tokens` (currently `old`, `undefined` when absent) to `value`; `undefined` removes it. */
  set(tokens: Tokens, old: unknown, value: unknown): void {
    const path = formatJsonPointer(tokens);
    if (value === undefined) {
      if (old !== undefined) this.#push({ op: 'remove', path }, { op: 'add', path, value: cloneJson(old) });
    } else if (old === undefined) this.#push({ op: 'add', path, value: cloneJson(value) }, { op: 'remove', path });
    else if (!jsonEqual(old, value)) this.#push({ op: 'replace', path, value: cloneJson(value) }, { op: 'replace', path, value: cloneJson(old) });
  }

  /** Inserts `value` into an array at `tokens` (ending in the index). */
  insert(tokens: Tokens, value: unknown): void {
    const path = formatJsonPointer(tokens);
    this.#push({ op: 'add', path, value: cloneJson(value) }, { op: 'remove', path });
  }

  /** Removes the item at `tokens`, currently `old`. */
  remove(tokens: Tokens, old: unknown): void {
    const path = formatJsonPointer(tokens);
    this.#push({ op: 'remove', path }, { op: 'add', path, value: cloneJson(old) });
  }

  move(from: Tokens, to: Tokens): void {
    const a = formatJsonPointer(from);
    const b = formatJsonPointer(to);
    if (a !== b) this.#push({ op: 'move', from: a, path: b }, { op: 'move', from: b, path: a });
  }

  /** Sets each field of `changes` on the object at `tokens`. */
  setFields(tokens: Tokens, obj: unknown, changes: object): void {
    if ('id' in changes) throw new Refusal(tokens, 'an id does not change: add a new item and remove the old one instead');
    for (const [key, value] of Object.entries(changes)) this.set([...tokens, key], field(obj, key), value);
  }

  get inverse(): PatchOperation[] {
    return this.#undo.slice().reverse();
  }
}

/** Builds an edit with `build` and applies it; a {@link Refusal} (or anything thrown) becomes a problem. */
function edit(journey: Journey, build: (patch: Patch) => void): EditResult {
  const patch = new Patch();
  try {
    build(patch);
  } catch (error) {
    const [tokens, message] = error instanceof Refusal ? [error.tokens, error.message] : [[], `the edit could not be made: ${error instanceof Error ? error.message : 'unknown error'}`];
    return { journey, applied: false, problems: [{ path: formatJsonPointer(tokens), message, severity: 'error' }], ops: [], inverse: [] };
  }
  const result = applyPatch(journey, patch.ops);
  return result.applied ? { ...result, ops: patch.ops, inverse: patch.inverse } : { ...result, ops: [], inverse: [] };
}

type Kind = 'touchpoint' | 'stage' | 'persona';
const LIST_OF: Record<Kind, 'touchpoints' | 'stages' | 'personas'> = { touchpoint: 'touchpoints', stage: 'stages', persona: 'personas' };

function itemsOf(journey: Journey, kind: Kind): { id: string }[] {
  const list: unknown = journey[LIST_OF[kind]];
  return Array.isArray(list) ? list : [];
}

/** The index of the `kind` with `id`, or a refusal naming the ids there are. */
function indexOf(journey: Journey, kind: Kind, id: string): number {
  const items = itemsOf(journey, kind);
  const i = items.findIndex((item) => field(item, 'id') === id);
  if (i < 0) throw new Refusal([LIST_OF[kind]], `no ${kind} has id ${quote(String(id))}; the ${kind}s are ${listIds([...idsOf(items)])}`);
  return i;
}

/** `given`, or a slug of `text` not yet taken among `items`. */
function newId(given: string | undefined, text: unknown, items: readonly unknown[], fallback: string): string {
  return given ?? uniqueId(slugify(typeof text === 'string' ? text : '', fallback), idsOf(items));
}

/** `item` with its id first. */
function withId<T extends object>(item: T, id: string): T & { id: string } {
  // Assigned first so it comes first; assigned last so it wins over an `id: undefined`.
  return Object.assign({ id }, item, { id });
}

// ---------------------------------------------------------------------------------------------
// Touchpoints

/**
 * Where a touchpoint goes in the touchpoints array to be the `position`-th of `stage`: before
 * the one now there, after the stage's last one, or, in an empty stage, after the last
 * touchpoint of an earlier stage.
 */
function touchpointIndex(journey: Journey, touchpoints: readonly Touchpoint[], stage: string, position: number | undefined): number {
  const slots: number[] = [];
  touchpoints.forEach((tp, k) => tp.stage === stage && slots.push(k));
  const p = clampIndex(position, slots.length);
  if (p < slots.length) return slots[p];
  if (slots.length > 0) return slots[slots.length - 1] + 1;
  const order = stageIndexById(journey);
  const mine = order.get(stage) ?? Infinity;
  let index = 0;
  touchpoints.forEach((tp, k) => {
    if ((order.get(tp.stage) ?? Infinity) < mine) index = k + 1;
  });
  return index;
}

/** Removes the touchpoints at `doomed` and every `next` edge of the others that points to them. */
function removeTouchpointsAt(patch: Patch, journey: Journey, doomed: ReadonlySet<number>): void {
  const tps = journey.touchpoints;
  const ids = new Set([...doomed].map((k) => tps[k].id));
  tps.forEach((tp, k) => {
    if (doomed.has(k) || !Array.isArray(tp.next)) return;
    for (let j = tp.next.length - 1; j >= 0; j--) if (ids.has(tp.next[j])) patch.remove(['touchpoints', k, 'next', j], tp.next[j]);
  });
  [...doomed].sort((a, b) => b - a).forEach((k) => patch.remove(['touchpoints', k], tps[k]));
}

/**
 * Adds a touchpoint to its stage, at `position` among that stage's touchpoints (default: last).
 * Without an `id`, it gets a slug of its title (`"Asks about sizes"` → `asks-about-sizes`,
 * then `asks-about-sizes-2`…).
 */
export function addTouchpoint(journey: Journey, touchpoint: NewTouchpoint, placement: Placement = {}): EditResult {
  return edit(journey, (patch) => {
    const id = newId(touchpoint.id, touchpoint.title, journey.touchpoints, 'touchpoint');
    patch.insert(['touchpoints', touchpointIndex(journey, journey.touchpoints, touchpoint.stage, placement.position)], withId(touchpoint, id));
  });
}

/** Changes fields of a touchpoint; a field set to `undefined` is removed. `id` and `stage` are refused (see {@link moveTouchpoint}). */
export function updateTouchpoint(journey: Journey, id: string, changes: Changes<Touchpoint, 'stage'>): EditResult {
  return edit(journey, (patch) => {
    const i = indexOf(journey, 'touchpoint', id);
    if ('stage' in changes) throw new Refusal(['touchpoints', i, 'stage'], 'a touchpoint changes stage with moveTouchpoint, which also places it among the stage\'s touchpoints');
    patch.setFields(['touchpoints', i], journey.touchpoints[i], changes);
  });
}

/** Sets a touchpoint's emotion; `undefined` removes it (not measured). */
export function setEmotion(journey: Journey, id: string, emotion: number | undefined): EditResult {
  return updateTouchpoint(journey, id, { emotion });
}

/** Removes a touchpoint and every `next` edge pointing to it (a list left empty stays, as `[]`). */
export function removeTouchpoint(journey: Journey, id: string): EditResult {
  return edit(journey, (patch) => removeTouchpointsAt(patch, journey, new Set([indexOf(journey, 'touchpoint', id)])));
}

/**
 * Moves a touchpoint to `position` among the touchpoints of `stage` (default: its own stage;
 * position default: last). The patch is minimal: a `replace` of `stage` when it changes, then
 * one `move` in the touchpoints array when the index changes.
 */
export function moveTouchpoint(journey: Journey, id: string, to: { stage?: string; position?: number }): EditResult {
  return edit(journey, (patch) => {
    const i = indexOf(journey, 'touchpoint', id);
    const tp = journey.touchpoints[i];
    const stage = to.stage ?? tp.stage;
    const j = touchpointIndex(journey, journey.touchpoints.filter((_, k) => k !== i), stage, to.position);
    patch.set(['touchpoints', i, 'stage'], tp.stage, stage);
    patch.move(['touchpoints', i], ['touchpoints', j]);
  });
}

/** Sets a touchpoint's explicit paths (`next`); `undefined` removes the field. */
export function setNext(journey: Journey, id: string, next: string[] | undefined): EditResult {
  return updateTouchpoint(journey, id, { next });
}

/** Adds the path edge `from` → `to` at the end of `from`'s `next` (nothing changes when it is there already). */
export function addNextEdge(journey: Journey, from: string, to: string): EditResult {
  return edit(journey, (patch) => {
    const i = indexOf(journey, 'touchpoint', from);
    const next = journey.touchpoints[i].next;
    if (next === undefined) patch.set(['touchpoints', i, 'next'], undefined, [to]);
    else if (!next.includes(to)) patch.insert(['touchpoints', i, 'next', next.length], to);
  });
}

/** Removes the path edge `from` → `to` (a `next` left empty stays, as `[]`: the touchpoint ends its paths). */
export function removeNextEdge(journey: Journey, from: string, to: string): EditResult {
  return edit(journey, (patch) => {
    const i = indexOf(journey, 'touchpoint', from);
    const j = journey.touchpoints[i].next?.indexOf(to) ?? -1;
    if (j < 0) throw new Refusal(['touchpoints', i, 'next'], `touchpoint ${quote(from)} has no path edge to ${quote(to)}`);
    patch.remove(['touchpoints', i, 'next', j], to);
  });
}

// ---------------------------------------------------------------------------------------------
// Stages

/** Adds a stage at `position` in the stages (default: last). Without an `id`, it gets a slug of its name. */
export function addStage(journey: Journey, stage: NewStage, placement: Placement = {}): EditResult {
  return edit(journey, (patch) => {
    const id = newId(stage.id, stage.name, journey.stages, 'stage');
    patch.insert(['stages', clampIndex(placement.position, journey.stages.length)], withId(stage, id));
  });
}

/** Changes fields of a stage; a field set to `undefined` is removed. */
export function updateStage(journey: Journey, id: string, changes: Changes<Stage>): EditResult {
  return edit(journey, (patch) => {
    const i = indexOf(journey, 'stage', id);
    patch.setFields(['stages', i], journey.stages[i], changes);
  });
}

/** Renames a stage (its column heading); the id stays. */
export function renameStage(journey: Journey, id: string, name: string): EditResult {
  return updateStage(journey, id, { name });
}

/** Moves a stage to `position` in the stages (clamped to the list). */
export function moveStage(journey: Journey, id: string, position: number): EditResult {
  return edit(journey, (patch) => {
    const i = indexOf(journey, 'stage', id);
    patch.move(['stages', i], ['stages', clampIndex(position, journey.stages.length - 1)]);
  });
}

/**
 * Removes a stage. A stage that still has touchpoints is only removed with an explicit choice:
 * `{ moveTouchpointsTo: stageId }` gives them that stage (they keep their order in the
 * touchpoints array), `{ removeTouchpoints: true }` removes them and the `next` edges pointing to
 * them. Otherwise the result is refused with a problem at `/stages/N`.
 */
export function removeStage(journey: Journey, id: string, options: RemoveOptions = {}): EditResult {
  return edit(journey, (patch) => {
    const i = indexOf(journey, 'stage', id);
    const members = journey.touchpoints.flatMap((tp, k) => (tp.stage === id ? [k] : []));
    const target = options.moveTouchpointsTo;
    if (members.length > 0 && target !== undefined) {
      if (target === id || !journey.stages.some((s) => s.id === target)) {
        throw new Refusal(['stages', i], `moveTouchpointsTo ${quote(String(target))} is not another stage; the stages are ${listIds(journey.stages.map((s) => s.id))}`);
      }
      members.forEach((k) => patch.set(['touchpoints', k, 'stage'], id, target));
    } else if (members.length > 0 && options.removeTouchpoints === true) {
      removeTouchpointsAt(patch, journey, new Set(members));
    } else if (members.length > 0) {
      throw new Refusal(['stages', i], `stage ${quote(id)} has ${members.length} touchpoint(s); to remove it, pass { moveTouchpointsTo: stageId } to give them another stage, or { removeTouchpoints: true } to remove them too`);
    }
    patch.remove(['stages', i], journey.stages[i]);
  });
}

// ---------------------------------------------------------------------------------------------
// Personas

/** Adds a persona at `position` in the personas (default: last). Without an `id`, it gets a slug of its name. */
export function addPersona(journey: Journey, persona: NewPersona, placement: Placement = {}): EditResult {
  return edit(journey, (patch) => {
    const personas = journey.personas;
    const value = withId(persona, newId(persona.id, persona.name, personas ?? [], 'persona'));
    if (personas === undefined) patch.set(['personas'], undefined, [value]);
    else patch.insert(['personas', clampIndex(placement.position, personas.length)], value);
  });
}

/** Changes fields of a persona; a field set to `undefined` is removed. */
export function updatePersona(journey: Journey, id: string, changes: Changes<Persona>): EditResult {
  return edit(journey, (patch) => {
    const i = indexOf(journey, 'persona', id);
    patch.setFields(['personas', i], itemsOf(journey, 'persona')[i], changes);
  });
}

/**
 * Removes a persona, keeping every touchpoint valid: a touchpoint that names it among others
 * just stops naming it (or names `moveTouchpointsTo` in its place). A touchpoint it was the
 * only persona of needs an explicit choice, as for stages: `{ moveTouchpointsTo: personaId }`
 * gives it that persona, `{ removeTouchpoints: true }` removes it (and the `next` edges pointing
 * to it). Otherwise the result is refused with a problem at `/personas/N`. (Widening such a
 * touchpoint to every persona by dropping its `persona` field would silently change who meets it.)
 */
export function removePersona(journey: Journey, id: string, options: RemoveOptions = {}): EditResult {
  return edit(journey, (patch) => {
    const i = indexOf(journey, 'persona', id);
    const target = options.moveTouchpointsTo;
    const personaIds = itemsOf(journey, 'persona').map((p) => p.id);
    if (target !== undefined && (target === id || !personaIds.includes(target))) {
      throw new Refusal(['personas', i], `moveTouchpointsTo ${quote(String(target))} is not another persona; the personas are ${listIds(personaIds)}`);
    }
    const doomed = new Set<number>();
    const alone: string[] = [];
    journey.touchpoints.forEach((tp, k) => {
      const named = typeof tp.persona === 'string' ? [tp.persona] : Array.isArray(tp.persona) ? tp.persona : [];
      if (!named.includes(id)) return;
      const others = named.filter((p) => p !== id);
      if (others.length === 0 && target === undefined) {
        if (options.removeTouchpoints === true) doomed.add(k);
        else alone.push(tp.id);
        return;
      }
      const now = target === undefined || others.includes(target) ? others : [...new Set(named.map((p) => (p === id ? target : p)))];
      patch.set(['touchpoints', k, 'persona'], tp.persona, typeof tp.persona === 'string' ? now[0] : now);
    });
    if (alone.length > 0) {
      throw new Refusal(['personas', i], `persona ${quote(id)} is the only persona of ${alone.length} touchpoint(s) (${listIds(alone)}); to remove it, pass { moveTouchpointsTo: personaId } to give them another persona, or { removeTouchpoints: true } to remove them too`);
    }
    removeTouchpointsAt(patch, journey, doomed);
    patch.remove(['personas', i], itemsOf(journey, 'persona')[i]);
  });
}

// ---------------------------------------------------------------------------------------------
// List fields

/** The list `field` of `owner`: where it is, its items (`undefined` when absent) and the owner. */
function listOf(journey: Journey, owner: ListOwner, name: ListField): { tokens: Tokens; list: unknown[] | undefined; item: unknown } {
  const kind: Kind | 'journey' = 'touchpoint' in owner ? 'touchpoint' : 'stage' in owner ? 'stage' : 'persona' in owner ? 'persona' : 'journey';
  let tokens: Tokens = [];
  let item: unknown = journey;
  if (kind !== 'journey') {
    const i = indexOf(journey, kind, (owner as Record<Kind, string>)[kind]);
    tokens = [LIST_OF[kind], i];
    item = itemsOf(journey, kind)[i];
  }
  const allowed: readonly string[] = LIST_FIELDS[kind];
  if (!allowed.includes(name)) throw new Refusal(tokens, `${quote(String(name))} is not a list of ${kind === 'journey' ? 'the journey' : `a ${kind}`}; its lists are ${allowed.join(', ')}`);
  const list = field(item, name);
  if (list !== undefined && !Array.isArray(list)) throw new Refusal([...tokens, name], `${name} is not a list`);
  return { tokens: [...tokens, name], list, item };
}

/** The item at `index` of a list, or a refusal. */
function itemAt(list: unknown[] | undefined, index: number, tokens: Tokens): unknown {
  if (list === undefined || !Number.isInteger(index) || index < 0 || index >= list.length) {
    throw new Refusal(tokens, `there is no item ${String(index)}; the list has ${list?.length ?? 0}`);
  }
  return list[index];
}

/**
 * Keeps opportunities' `addresses` (indexes into the same touchpoint's `painPoints`) pointing at
 * the same pain points after the pain points change order: `order` lists, for each new index,
 * the old index there (-1 for a new item). Addresses of a removed pain point are dropped.
 */
function followPainPoints(patch: Patch, tokens: Tokens, touchpoint: unknown, order: number[]): void {
  const owner = tokens.slice(0, -1);
  const opportunities = field(touchpoint, 'opportunities');
  if (!Array.isArray(opportunities)) return;
  opportunities.forEach((opportunity, k) => {
    const addresses = field(opportunity, 'addresses');
    if (!Array.isArray(addresses)) return;
    const now = addresses.flatMap((a) => (typeof a !== 'number' ? [a] : order.includes(a) ? [order.indexOf(a)] : []));
    patch.set([...owner, 'opportunities', k, 'addresses'], addresses, now.length > 0 ? now : undefined);
  });
}

function indexes(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}

/**
 * Adds an item to a list field (actions, thoughts, painPoints, opportunities, backstage, quotes,
 * metrics, goals, frustrations, needs) at `position` (default: last), creating the list when
 * absent. An opportunity or metric object without `id` gets one: a slug of its text (opportunity,
 * unique in the journey) or of its label or kind (metric, unique among its owner's metrics).
 */
export function addListItem(journey: Journey, owner: ListOwner, name: ListField, item: ListItem, placement: Placement = {}): EditResult {
  return edit(journey, (patch) => {
    const { tokens, list, item: ownerItem } = listOf(journey, owner, name);
    let value: unknown = item;
    if (isRecord(item) && field(item, 'id') === undefined && (name === 'opportunities' || name === 'metrics')) {
      const scope = name === 'metrics' ? (list ?? []) : journey.touchpoints.flatMap((tp) => tp.opportunities ?? []);
      const text = name === 'metrics' ? (field(item, 'label') ?? field(item, 'kind')) : field(item, 'text');
      value = withId(item, newId(undefined, text, scope, name === 'metrics' ? 'metric' : 'opportunity'));
    }
    if (list === undefined) return patch.set(tokens, undefined, [value]);
    const p = clampIndex(placement.position, list.length);
    patch.insert([...tokens, p], value);
    if (name === 'painPoints') followPainPoints(patch, tokens, ownerItem, [...indexes(p), -1, ...indexes(list.length).slice(p)]);
  });
}

/** Replaces the item at `index` of a list field. An object item without `id` keeps the id of the item it replaces. */
export function updateListItem(journey: Journey, owner: ListOwner, name: ListField, index: number, item: ListItem): EditResult {
  return edit(journey, (patch) => {
    const { tokens, list } = listOf(journey, owner, name);
    const old = itemAt(list, index, tokens);
    const oldId = field(old, 'id');
    const value = isRecord(item) && field(item, 'id') === undefined && typeof oldId === 'string' ? withId(item, oldId) : item;
    patch.set([...tokens, index], old, value);
  });
}

/** Removes the item at `index` of a list field (a list left empty stays, as `[]`). */
export function removeListItem(journey: Journey, owner: ListOwner, name: ListField, index: number): EditResult {
  return edit(journey, (patch) => {
    const { tokens, list, item } = listOf(journey, owner, name);
    patch.remove([...tokens, index], itemAt(list, index, tokens));
    if (name === 'painPoints') followPainPoints(patch, tokens, item, indexes(list?.length ?? 0).filter((k) => k !== index));
  });
}

/** Moves the item at `from` of a list field to index `to` (clamped to the list). */
export function moveListItem(journey: Journey, owner: ListOwner, name: ListField, from: number, to: number): EditResult {
  return edit(journey, (patch) => {
    const { tokens, list, item } = listOf(journey, owner, name);
    itemAt(list, from, tokens);
    const length = list?.length ?? 0;
    const target = clampIndex(to, length - 1);
    patch.move([...tokens, from], [...tokens, target]);
    const order = indexes(length).filter((k) => k !== from);
    order.splice(target, 0, from);
    if (name === 'painPoints') followPainPoints(patch, tokens, item, order);
  });
}
