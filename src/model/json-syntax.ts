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
  /** What is wrong, as a lower-case clause, e.g. `expected ',' or ']' after an array element`. */
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
    if (c < 0x20) return { offset: i, reason: `${showChar(text, i)} must be escaped inside a string` };
    if (c === 92 /* \ */) {
      const e = text.charCodeAt(i + 1);
      if (i + 1 >= n) break;
      if (e === 117 /* u */) {
        for (let k = 2; k < 6; k++) {
          if (i + k >= n) return { offset: n, reason: 'the text ends inside a string' };
          if (!isHex(text.charCodeAt(i + k))) {
            return { offset: i, reason: 'a \\u escape needs four hexadecimal digits' };
          }
        }
        i += 6;
        continue;
      }
      // The only other escapes JSON knows: \" \\ \/ \b \f \n \r \t
      if (!'"\\/bfnrt'.includes(text[i + 1] ?? '')) {
        return { offset: i, reason: `'\\${text[i + 1] ?? ''}' is not a valid escape in a string` };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: n, reason: 'the text ends inside a string (a closing " is missing)' };
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
    if (i >= n) return { offset: n, reason: 'the text ends where a property name was expected' };
    if (text.charCodeAt(i) !== 34) {
      return { offset: i, reason: `expected a property name in double quotes, found ${showChar(text, i)}` };
    }
    const end = scanString(text, i);
    if (typeof end !== 'number') return end;
    i = end;
    skipWs();
    if (i >= n) return { offset: n, reason: "the text ends where ':' was expected after a property name" };
    if (text.charCodeAt(i) !== 58 /* : */) {
      return { offset: i, reason: `expected ':' after a property name, found ${showChar(text, i)}` };
    }
    i++;
    return null;
  };

  for (;;) {
    skipWs();
    if (expectValue) {
      if (i >= n) {
        return { offset: n, reason: n === 0 || stack.length === 0 ? 'the text is empty' : 'the text ends where a value was expected' };
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
          end = { offset: n, reason: 'the text ends in the middle of a literal (true, false or null)' };
        } else end = { offset: i, reason: `unexpected ${showChar(text, i)} where a value was expected` };
      }
      if (typeof end !== 'number') return end;
      i = end;
      expectValue = false;
      continue;
    }
    // After a complete value.
    if (stack.length === 0) {
      if (i < n) return { offset: i, reason: `unexpected ${showChar(text, i)} after the end of the JSON value` };
      return null;
    }
    const top = stack[stack.length - 1];
    if (i >= n) {
      return {
        offset: n,
        reason: top === ARRAY ? "the text ends before the array is closed with ']'" : "the text ends before the object is closed with '}'",
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
      reason:
        top === ARRAY
          ? `expected ',' or ']' after an array element, found ${showChar(text, i)}`
          : `expected ',' or '}' after a property value, found ${showChar(text, i)}`,
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
