/**
 * The building blocks' one way of saying they ignored an input: a console warning that names
 * the element, what was ignored and why, once per element for each input and value (a render
 * loop or a re-set attribute must not flood the console).
 */

/** Warns `<tag>: ignoring <subject>: <reason>`, unless this warner already did for `subject` and `value`. */
export type WarnOnce = (subject: string, value: string, reason: string) => void;

/** A warner for one element instance (each element keeps its own, so every element warns once). */
export function warnOnce(tag: string): WarnOnce {
  const warned = new Set<string>();
  return (subject, value, reason) => {
    const key = `${subject}\u0000${value}`;
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(`${tag}: ignoring ${subject}: ${reason}`);
  };
}
