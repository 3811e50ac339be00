/**
 * Turning whatever `parseJourney` is given into a fresh tree of plain JSON data, reporting what
 * is not plain data (functions, Dates, Maps, class instances, NaN, Infinity, holes, cycles,
 * getters…) at its own location.
 *
 * Iterative (an explicit stack, never recursion) so 100,000 nested arrays cannot overflow the
 * call stack; nesting deeper than {@link MAX_DEPTH} is reported instead of copied.
 *
 * @module
 */
import { describeValue, quote } from './describe.js';

/** A location in the input: a linked list of keys from the leaf up to the root (`null`). */
export interface PathNode {
  readonly up: Path;
  readonly key: string;
}
/** `null` is the whole document. */
export type Path = PathNode | null;

/** The location `key` inside `path`. */
export function at(path: Path, key: string | number): PathNode {
  return { up: path, key: String(key) };
}

/** The reference tokens of a path, root first. */
export function tokensOf(path: Path): string[] {
  const out: string[] = [];
  for (let node = path; node; node = node.up) out.push(node.key);
  return out.reverse();
}

/** Receives problems found while copying; all are errors. */
export type ReportError = (path: Path, message: string) => void;

/**
 * Stands in, inside the copy, for a value that was reported as not plain data, so later checks
 * skip it instead of reporting it again ("must be a string, not an object").
 */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/** Deepest nesting copied. The journey model itself needs six levels; unknown fields get room to spare. */
export const MAX_DEPTH = 256;

/**
 * Most values (objects, arrays and leaves) copied from an object given directly. Objects can
 * share children, so a small object graph can stand for an exponentially large tree; JSON text
 * cannot, so parsed text (bounded by its own length) has no such limit.
 */
export const MAX_VALUES = 5_000_000;

/** Longest array copied: beyond this it is almost certainly a sparse array built by mistake. */
export const MAX_ARRAY_LENGTH = 10_000_000;

/** Thrown internally to stop copying input that is too large; never escapes `parseJourney`. */
class TooLarge extends Error {}

interface Frame {
  src: object;
  dst: unknown[] | Record<string, unknown>;
  /** Own enumerable string keys for objects; `null` for arrays. */
  keys: string[] | null;
  length: number;
  next: number;
  path: Path;
  depth: number;
}

/** Whether `value` is an ordinary object: prototype `Object.prototype`, `null`, or another realm's `Object.prototype`. */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return true;
  // Another realm's Object.prototype (an iframe, a vm context) is itself prototype-less.
  return typeof proto === 'object' && Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]';
}

/** The name of a non-plain object's class, read without running any getter. */
function className(value: object): string {
  if (value instanceof Date) return 'a Date';
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto && typeof proto === 'object') {
      const ctor: unknown = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
      if (typeof ctor === 'function') {
        const name: unknown = Object.getOwnPropertyDescriptor(ctor, 'name')?.value;
        if (typeof name === 'string' && name !== '') return `an instance of ${name}`;
      }
    }
  } catch {
    // A Proxy may throw from any trap; fall through to the generic wording.
  }
  return 'an object with a custom prototype';
}

/** Writes `value` at `key` without ever calling a setter (a `__proto__` key stays data). */
function put(dst: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(dst, key, { value, writable: true, enumerable: true, configurable: true });
  else dst[key] = value;
}

/**
 * A deep copy of `input` as plain JSON data. Values that are not plain data are reported through
 * `report` and replaced by {@link UNREADABLE}. Object properties whose value is `undefined` are
 * left out, as `JSON.stringify` does; `undefined` inside an array is reported. Symbol-keyed and
 * non-enumerable properties are ignored, as `JSON.stringify` does.
 *
 * @param fromJson the input is fresh `JSON.parse` output: it has no getters, holes or cycles, so
 *   properties are read directly (several times faster on large input).
 * @returns the copy, or {@link UNREADABLE} for the whole document.
 */
export function copyPlainData(input: unknown, report: ReportError, fromJson = false): unknown {
  const stack: Frame[] = [];
  const onPath = new Map<object, Path>(); // containers being copied, for cycle detection
  let count = 0;

  /** Copies one value; a container is created empty and its frame pushed for filling. */
  const convert = (value: unknown, path: () => Path, depth: number, inArray: boolean): unknown => {
    if (++count > MAX_VALUES && !fromJson) throw new TooLarge();
    // Fast path for the common case, before any closure is made.
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    const subject = (where: Path): string => subjectOf(where, inArray);
    const notPlain = (what: string): typeof UNREADABLE => {
      const where = path();
      report(where, `${subject(where)} is ${what}, which is not plain data; expected a JSON value (string, number, boolean, null, array or object)`);
      return UNREADABLE;
    };
    switch (typeof value) {
      case 'number': {
        const where = path();
        report(where, `${subject(where)} is ${String(value)}, not a finite number; JSON numbers must be finite (a number too large for a double, such as 1e400, reads as Infinity)`);
        return UNREADABLE;
      }
      case 'undefined': {
        // Only array items get here: object properties set to undefined count as absent.
        const where = path();
        report(where, `${subject(where)} is undefined, which is not allowed in an array; expected a JSON value (string, number, boolean, null, array or object)`);
        return UNREADABLE;
      }
      case 'function':
      case 'symbol':
      case 'bigint':
        return notPlain(describeValue(value));
      default:
        break;
    }
    const obj = value as object;
    const here = path();
    const cycle = onPath.get(obj);
    if (cycle !== undefined) {
      report(here, `${subject(here)} is a cycle: it is the same object as ${pointerText(cycle)}, which contains it; expected a tree of plain data`);
      return UNREADABLE;
    }
    if (depth >= MAX_DEPTH) {
      report(here, `${subject(here)} is nested more than ${MAX_DEPTH} levels deep; a journey needs only a few levels`);
      return UNREADABLE;
    }
    let frame: Frame;
    if (Array.isArray(obj)) {
      const length = (obj as unknown[]).length;
      if (length > MAX_ARRAY_LENGTH) {
        report(here, `${subject(here)} is an array of ${length} items, more than the ${MAX_ARRAY_LENGTH} that are read`);
        return UNREADABLE;
      }
      frame = { src: obj, dst: [], keys: null, length, next: 0, path: here, depth: depth + 1 };
    } else if (isPlainObject(obj)) {
      const keys = Object.keys(obj);
      frame = { src: obj, dst: {}, keys, length: keys.length, next: 0, path: here, depth: depth + 1 };
    } else return notPlain(className(obj));
    onPath.set(obj, here);
    stack.push(frame);
    return frame.dst;
  };

  try {
    const root = convert(input, () => null, 0, false);
    while (stack.length > 0) {
      const f = stack[stack.length - 1];
      if (f.next >= f.length) {
        onPath.delete(f.src);
        stack.pop();
        continue;
      }
      const index = f.next++;
      const key = f.keys === null ? String(index) : f.keys[index];
      const childPath = (): Path => at(f.path, key);
      if (fromJson) {
        const value = (f.src as Record<string, unknown>)[key];
        if (f.keys === null) (f.dst as unknown[]).push(convert(value, childPath, f.depth, true));
        else put(f.dst as Record<string, unknown>, key, convert(value, childPath, f.depth, false));
        continue;
      }
      // Read through the descriptor so a getter never runs (it could throw or change each read).
      const desc = Object.getOwnPropertyDescriptor(f.src, key);
      // Holes and getters are never converted, but they count: `new Array(1e7)` is 10,000,000 values.
      if ((!desc || !Object.hasOwn(desc, 'value')) && ++count > MAX_VALUES) throw new TooLarge();
      if (f.keys === null) {
        const dst = f.dst as unknown[];
        if (!desc) {
          report(childPath(), `item ${index} is missing (a hole in a sparse array); expected a JSON value`);
          dst.push(UNREADABLE);
        } else if (!Object.hasOwn(desc, 'value')) {
          report(childPath(), `item ${index} is a getter, not plain data; expected a JSON value`);
          dst.push(UNREADABLE);
        } else dst.push(convert(desc.value, childPath, f.depth, true));
      } else {
        if (!desc || !desc.enumerable) continue; // removed or hidden while we copied
        const dst = f.dst as Record<string, unknown>;
        if (!Object.hasOwn(desc, 'value')) {
          report(childPath(), `${showKey(key)} is a getter, not plain data; expected a JSON value`);
          put(dst, key, UNREADABLE);
        } else if (desc.value !== undefined) put(dst, key, convert(desc.value, childPath, f.depth, false));
      }
    }
    return root;
  } catch (error) {
    if (error instanceof TooLarge) {
      report(null, `the journey is too large: it holds more than ${MAX_VALUES} values (objects shared by reference count each time they appear)`);
      return UNREADABLE;
    }
    throw error;
  }
}

/** How a message names a value: `emotion`, `item 3`, `the journey`. */
function subjectOf(where: Path, inArray: boolean): string {
  if (where === null) return 'the journey';
  return inArray ? `item ${where.key}` : showKey(where.key);
}

/** A property name for a message: bare when it reads as a word (`emotion`), else quoted and shortened. */
function showKey(key: string): string {
  return /^[A-Za-z_$][\w$-]{0,40}$/.test(key) ? key : quote(key);
}

function pointerText(path: Path): string {
  const tokens = tokensOf(path);
  if (tokens.length === 0) return 'the whole journey';
  const text = '/' + tokens.map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  return text.length > 80 ? text.slice(0, 79) + '…' : text;
}
