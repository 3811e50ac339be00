/**
 * Locating JSON syntax errors, so a malformed file is reported as "line 3, column 17" instead of
 * whatever the JavaScript engine happens to say.
 *
 * Engines word `JSON.parse` errors differently (V8 alone: "… in JSON at position N",
 * "… (line L column C)", "Unexpected token 'x', "…" is not valid JSON" without any position,
 * "Unexpected end of JSON input"). We take the position from the engine's message when it gives
 * one, and otherwise find the error ourselves with a small iterative scanner (no recursion, so
 * deeply nested input cannot overflow the stack).
 *
 * @module
 */

/** Where a JSON text stops being valid JSON, and why. */
export interface JsonSyntaxError {
  /** 0-based offset (UTF-16 code units) into the text. */
  offset: number;
  /** 1-based line. Lines end at `\n`, `\r\n` or a lone `\r`. */
  line: number;
  /** 1-based column, counted in UTF-16 code units as editors and engines do. */
  column: number;
  /** What is wrong, in words for the person who wrote the file, e.g. `a comma comes right before ']'; …`. */
  reason: string;
}

/** 1-based line and column of `offset` in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      line++;
      lineStart = i + 1;
    } else if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++; // \r\n is one break
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Offset of a line/column pair (both 1-based), clamped to the text. */
function offsetAt(text: string, line: number, column: number): number {
  let current = 1;
  let i = 0;
  while (current < line && i < text.length) {
    const c = text.charCodeAt(i++);
    if (c === 10) current++;
    else if (c === 13) {
      if (text.charCodeAt(i) === 10) i++;
      current++;
    }
  }
  return Math.min(text.length, i + Math.max(0, column - 1));
}

const ARRAY = 0;
const OBJECT = 1;

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Shows one character of the input readably in a reason. */
function showChar(text: string, i: number): string {
  const code = text.codePointAt(i) ?? 0;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) {
    return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${String.fromCodePoint(code)}'`;
}

interface Failure {
  offset: number;
  reason: string;
}

/**
 * Scans a string literal starting at the `"` at `start`.
 * @returns the offset just after the closing quote, or a failure.
 */
function scanString(text: string, start: number): number | Failure {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) return i + 1;
    if (c === 10 || c === 13) return { offset: i, reason: 'a line break inside quoted text: text in quotes must stay on one line (write \\n for a line break), or a closing " is missing' };
    if (c < 0x20) return { offset: i, reason: `${showChar(text, i)} inside quoted text; write it as an escape such as \\t, or remove it` };
    if (c === 92 /* \ */) {
      const e = text.charCodeAt(i + 1);
      if (i + 1 >= n) break;
      if (e === 117 /* u */) {
        for (let k = 2; k < 6; k++) {
          if (i + k >= n) return { offset: n, reason: 'the journey ends inside quoted text (a closing " is missing)' };
          if (!isHex(text.charCodeAt(i + k))) {
            return { offset: i, reason: 'a \\u escape needs four hexadecimal digits' };
          }
        }
        i += 6;
        continue;
      }
      // The only other escapes JSON knows: \" \\ \/ \b \f \n \r \t
      if (!'"\\/bfnrt'.includes(text[i + 1] ?? '')) {
        return { offset: i, reason: `'\\${text[i + 1] ?? ''}' is not a valid escape in quoted text; write a backslash as \\\\` };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: n, reason: 'the journey ends inside quoted text (a closing " is missing)' };
}

/** Scans a number starting at `start` (a `-` or a digit). */
function scanNumber(text: string, start: number): number | Failure {
  let i = start;
  if (text.charCodeAt(i) === 45 /* - */) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return { offset: i, reason: 'a minus sign must be followed by a digit' };
  }
  if (text.charCodeAt(i) === 48 /* 0 */) i++;
  else while (isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 46 /* . */) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return { offset: i, reason: 'a decimal point must be followed by a digit' };
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69 /* e E */) {
    i++;
    const s = text.charCodeAt(i);
    if (s === 43 || s === 45) i++;
    if (!isDigit(text.charCodeAt(i))) return { offset: i, reason: 'an exponent must have digits' };
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** The last character before `i` that is not white space, or -1. */
function previousNonSpace(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isWs(text.charCodeAt(j))) j--;
  return j >= 0 ? text.charCodeAt(j) : -1;
}

/** A comma right before a closing bracket is the most common mistake of all: say so plainly. */
function trailingComma(text: string, i: number): string | null {
  const c = text.charCodeAt(i);
  if ((c !== 93 && c !== 125) || previousNonSpace(text, i) !== 44) return null;
  return `a comma comes right before '${text[i]}'; remove the comma after the last ${c === 93 ? 'item of the list' : 'property'}`;
}

/** Why the character at `i` cannot start a property name. */
function propertyNameExpected(text: string, i: number): string {
  const trailing = trailingComma(text, i);
  if (trailing) return trailing;
  if (text.charCodeAt(i) === 39 /* ' */) return `property names need double quotes ("name"), not single quotes`;
  if (text.charCodeAt(i) === 44 /* , */) return 'two commas in a row; remove one';
  return `a property name must be in double quotes, such as "title" (found ${showChar(text, i)})`;
}

/** Why the character at `i` cannot start a value. */
function valueExpected(text: string, i: number): string {
  const trailing = trailingComma(text, i);
  if (trailing) return trailing;
  const c = text.charCodeAt(i);
  if (c === 39 /* ' */) return 'text needs double quotes ("text"), not single quotes';
  if (c === 44 /* , */) return 'two commas in a row, or a comma where a value should be; remove one';
  return `${showChar(text, i)} cannot start a value; a value is text in double quotes, a number, true, false, null, a list in [ ] or an object in { }`;
}

/** Why the character at `i`, after a complete value in a list or an object, is wrong. */
function separatorExpected(text: string, i: number, inList: boolean): string {
  const c = text.charCodeAt(i);
  const startsValue = c === 34 || c === 123 || c === 91 || c === 45 || isDigit(c) || c === 116 || c === 102 || c === 110;
  if (startsValue) return inList ? 'a comma is missing between two items of a list' : 'a comma is missing between two properties';
  const close = inList ? ']' : '}';
  return `a ',' or '${close}' should come after ${inList ? 'a list item' : 'a property value'} (found ${showChar(text, i)})`;
}

/**
 * Finds the first syntax error in a JSON text (RFC 8259), without recursion.
 *
 * @returns the offset and reason of the first error, or `null` when the text is valid JSON.
 */
export function findJsonSyntaxError(text: string): Failure | null {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  let expectValue = true;
  const skipWs = (): void => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };
  // After `{` or `,` inside an object: a property name, then a colon.
  const scanKey = (): Failure | null => {
    skipWs();
    if (i >= n) return { offset: n, reason: 'the journey ends too early: a property name and a closing } are missing' };
    if (text.charCodeAt(i) !== 34) return { offset: i, reason: propertyNameExpected(text, i) };
    const end = scanString(text, i);
    if (typeof end !== 'number') return end;
    i = end;
    skipWs();
    if (i >= n) return { offset: n, reason: "the journey ends too early: a ':' and a value are missing after the last property name" };
    if (text.charCodeAt(i) !== 58 /* : */) {
      return { offset: i, reason: `a ':' is missing between a property name and its value (found ${showChar(text, i)})` };
    }
    i++;
    return null;
  };

  for (;;) {
    skipWs();
    if (expectValue) {
      if (i >= n) {
        return { offset: n, reason: stack.length === 0 ? 'the journey is empty' : 'the journey ends too early: a value is missing at the end' };
      }
      const c = text.charCodeAt(i);
      if (c === 123 /* { */) {
        i++;
        skipWs();
        if (text.charCodeAt(i) === 125 /* } */) {
          i++;
          expectValue = false;
          continue;
        }
        stack.push(OBJECT);
        const failure = scanKey();
        if (failure) return failure;
        continue;
      }
      if (c === 91 /* [ */) {
        i++;
        skipWs();
        if (text.charCodeAt(i) === 93 /* ] */) {
          i++;
          expectValue = false;
          continue;
        }
        stack.push(ARRAY);
        continue;
      }
      let end: number | Failure;
      if (c === 34) end = scanString(text, i);
      else if (c === 45 || isDigit(c)) end = scanNumber(text, i);
      else {
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (word) end = i + word.length;
        else if (['true', 'false', 'null'].some((w) => w.startsWith(text.slice(i, i + 5)) && i + 5 > n)) {
          end = { offset: n, reason: 'the journey ends in the middle of true, false or null' };
        } else end = { offset: i, reason: valueExpected(text, i) };
      }
      if (typeof end !== 'number') return end;
      i = end;
      expectValue = false;
      continue;
    }
    // After a complete value.
    if (stack.length === 0) {
      if (i < n) return { offset: i, reason: `${showChar(text, i)} comes after the end of the journey; the journey is a single { … } with nothing after it` };
      return null;
    }
    const top = stack[stack.length - 1];
    if (i >= n) {
      return {
        offset: n,
        reason: top === ARRAY ? "the journey ends too early: a list is not closed with ']'" : "the journey ends too early: an object is not closed with '}'",
      };
    }
    const c = text.charCodeAt(i);
    if (c === 44 /* , */) {
      i++;
      if (top === OBJECT) {
        const failure = scanKey();
        if (failure) return failure;
      }
      expectValue = true;
      continue;
    }
    if ((top === ARRAY && c === 93) || (top === OBJECT && c === 125)) {
      i++;
      stack.pop();
      continue;
    }
    return {
      offset: i,
      reason: separatorExpected(text, i, top === ARRAY),
    };
  }
}

/** The engine's explanation, without its position suffix or quoted input. */
function engineReason(message: string): string {
  let reason = message
    .replace(/\s*\(line \d+ column \d+\)\s*$/, '')
    .replace(/\s+in JSON at position \d+.*$/, '')
    .replace(/\s+at position \d+.*$/, '')
    .replace(/^JSON\.parse:\s*/, '')
    .trim();
  if (reason.length > 0) reason = reason[0].toLowerCase() + reason.slice(1);
  return reason;
}

/**
 * Explains why `JSON.parse(text)` failed: where (from the engine's message when it says, else
 * from our own scan) and why.
 *
 * @param text the text that was parsed (after any BOM was removed)
 * @param error what `JSON.parse` threw
 */
export function describeJsonSyntaxError(text: string, error: unknown): JsonSyntaxError {
  let message = '';
  try {
    message = error instanceof Error ? error.message : String(error);
  } catch {
    message = '';
  }
  const scanned = findJsonSyntaxError(text);
  let offset: number | undefined;
  let reason: string | undefined;

  // "(line 3 column 17)" — newer V8.
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  // "at position 123" — V8 since 2023.
  const pos = /at position (\d+)/.exec(message);
  // "at line 3 column 17 of the JSON data" — SpiderMonkey.
  const sm = /at line (\d+) column (\d+)/.exec(message);
  if (lc) offset = offsetAt(text, Number(lc[1]), Number(lc[2]));
  else if (pos) offset = Math.min(text.length, Number(pos[1]));
  else if (sm) offset = offsetAt(text, Number(sm[1]), Number(sm[2]));
  else if (/unexpected end of (JSON )?input|end of data/i.test(message)) offset = text.length;

  if (offset !== undefined) {
    // Prefer our wording when we agree on the place: it reads the same whatever the engine.
    if (scanned && scanned.offset === offset) reason = scanned.reason;
    else if (offset === text.length) reason = scanned?.reason ?? 'the text ends before the JSON is complete';
    else reason = engineReason(message) || 'unexpected text';
  } else if (scanned) {
    offset = scanned.offset;
    reason = scanned.reason;
  } else {
    // Our scanner finds the text valid, so the engine failed for another reason (e.g. too deep).
    offset = 0;
    reason = engineReason(message) || 'the JSON could not be read';
  }
  return { offset, ...lineColumnAt(text, offset), reason };
}

/** One open container while {@link findDuplicateKeys} walks the text. */
interface KeyFrame {
  object: boolean;
  /** The keys seen so far in an object, made at its second key (most objects are small). */
  keys: Set<string> | null;
  /** In an object: whether the next string is a key. */
  expectKey: boolean;
  /** The current key (object) or index (array): the token that leads to the child being read. */
  token: string;
  index: number;
}

/**
 * Calls `onDuplicate` with the JSON Pointer tokens of every key written again in the same object
 * (`{"version":2,"version":1}`): `JSON.parse` keeps the last and silently drops the others.
 * One pass, no recursion; the text must be valid JSON (check with `JSON.parse` first).
 */
export function findDuplicateKeys(text: string, onDuplicate: (tokens: string[]) => void): void {
  const stack: KeyFrame[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // The closing quote is the first one not escaped by an odd run of backslashes.
      let end = text.indexOf('"', i + 1);
      for (;;) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (top.index++ > 0) {
          top.keys ??= new Set([top.token]);
          if (top.keys.has(key)) onDuplicate([...stack.slice(0, -1).map((f) => f.token), key]);
          top.keys.add(key);
        }
        top.token = key;
        top.expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (c === 123 /* { */) stack.push({ object: true, keys: null, expectKey: true, token: '', index: 0 });
    else if (c === 91 /* [ */) stack.push({ object: false, keys: null, expectKey: false, token: '0', index: 0 });
    else if (c === 125 || c === 93 /* } ] */) stack.pop();
    else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top.object) top.expectKey = true;
      else top.token = String(++top.index);
    }
    i++;
  }
}
