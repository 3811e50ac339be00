/**
 * `journeykit/model`: the journey model without any DOM — types, constants, the validator, pure
 * helpers and edit operations. Runs in browsers, Node, workers and build tools alike.
 *
 * @module
 */
export * from './core.js';

// Editing: pure operations with their patch and inverse, applyPatch and diffJourneys (docs/editing.md).
export * from './edit/index.js';

// The living map (issue #14): metrics against targets and live values, durations, current vs future.
export * from './living.js';
