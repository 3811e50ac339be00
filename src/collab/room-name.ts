/**
 * Room names: identifiers, never paths.
 *
 * @module
 */

/** Longest room name. */
export const MAX_ROOM_NAME_LENGTH = 100;

/** Letters, digits, `-`, `_` and `.`; at most {@link MAX_ROOM_NAME_LENGTH} characters. */
const ROOM_NAME = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Whether `name` is a room name: ASCII letters, digits, `-`, `_` and `.`, 1 to 100 characters,
 * not `.` or `..`. Such a name is safe as a file name in the data folder and in a URL path.
 */
export function isRoomName(name: string): boolean {
  return ROOM_NAME.test(name) && name !== '.' && name !== '..';
}
