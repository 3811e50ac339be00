/**
 * Everything `<journey-map editable>` adds to the viewer, loaded on demand when a map becomes
 * editable (or a patch is applied): the viewer never loads it. The one-file bundle inlines it.
 */
export { attachEditing, type Editing } from './attach.js';
