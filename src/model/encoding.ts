/**
 * Telling a journey file's text encoding apart from its content: JSON is UTF-8, and a file saved
 * as UTF-16 ("Unicode" in some Windows editors) or in a legacy single-byte encoding should be
 * reported as such, not as "unexpected character at line 1".
 *
 * Pure: `TextDecoder` exists in browsers, Node and workers alike.
 *
 * @module
 */
import { lineColumnAt } from './json-syntax.js';
import type { Problem } from './types.js';

/**
 * `TextDecoder` is a global in browsers, Node and workers, but not part of the ES library the
 * model is type-checked against (no DOM): declared here with just what is used.
 */
declare const TextDecoder: new (label: 'utf-8', options?: { fatal?: boolean }) => { decode(input: Uint8Array): string };

/** Bytes decoded as UTF-8 text, or the one problem that says why they are not. */
export type DecodeResult = { ok: true; text: string } | { ok: false; problem: Problem };

const SAVE_AS_UTF8 = 'save the journey as UTF-8 (in most editors: "Save with encoding" or "Save as", then UTF-8)';

/** Where an encoding problem that spoils the whole file is located: its start. */
const START = { line: 1, column: 1 };

function encodingProblem(message: string, where?: { line: number; column: number }): { ok: false; problem: Problem } {
  return { ok: false, problem: { path: '', message, severity: 'error', ...where } };
}

/**
 * Which UTF-16 byte order the start of `bytes` shows: a byte-order mark, or the NUL byte every
 * ASCII character (such as the `{` a journey starts with) gets in UTF-16.
 */
function utf16Kind(bytes: Uint8Array): string | null {
  if (bytes.length < 2) return null;
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian, with a byte-order mark)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian, with a byte-order mark)';
  if (a !== 0 && b === 0) return 'UTF-16 (little-endian)';
  if (a === 0 && b !== 0) return 'UTF-16 (big-endian)';
  return null;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}

/**
 * Decodes a journey file's bytes as UTF-8 (a UTF-8 byte-order mark is dropped). UTF-16, with or
 * without a byte-order mark, and bytes that are not valid UTF-8 give one error at path `""` that
 * names the encoding; for invalid UTF-8 it also says where (line and column of the first bad byte).
 */
export function decodeJourneyBytes(bytes: Uint8Array): DecodeResult {
  const utf16 = utf16Kind(bytes);
  if (utf16) return encodingProblem(`the file is encoded as ${utf16}, not UTF-8; ${SAVE_AS_UTF8}`, START);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const where = lineColumnAt(before, before.length);
    const byte = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return encodingProblem(
      `the file is not valid UTF-8: byte 0x${byte} at line ${where.line}, column ${where.column} is not part of any UTF-8 character ` +
        `(the file may be in Latin-1 or Windows-1252); ${SAVE_AS_UTF8}`,
      where,
    );
  }
}

/**
 * For text that failed to parse as JSON: a message naming the encoding it was wrongly read from,
 * or `null`. Text decoded from UTF-16 bytes as if they were UTF-8 or Latin-1 has NUL characters
 * between its letters (JSON never holds a raw NUL), and its byte-order mark reads as `ÿþ`, `þÿ`
 * or two U+FFFD replacement characters.
 */
export function describeMisreadText(text: string): string | null {
  const start = text.slice(0, 2);
  const bom = start === '\u00ff\u00fe' || start === '\u00fe\u00ff' || start === '\ufffd\ufffd';
  const head = text.slice(bom ? 2 : 0, (bom ? 2 : 0) + 8);
  const nulAt = (parity: number): boolean => head.length >= 2 && [...head].every((c, i) => (i % 2 === parity) === (c === '\u0000'));
  const encoding = nulAt(1) ? 'UTF-16 (little-endian)' : nulAt(0) ? 'UTF-16 (big-endian)' : null;
  return encoding && `the journey is ${encoding} text read as if it were UTF-8, so it is not JSON; ${SAVE_AS_UTF8}`;
}
