/**
 * Everything `<journey-map editable>` adds to the viewer, loaded on demand when a map becomes
 * editable (or a patch is applied): the viewer never loads it. The one-file bundle inlines it.
 */
export { EditingController } from '../controllers/editing.js';
export { EditCommands } from './commands.js';
export { PresenceController } from '../controllers/presence.js';
export { editMessagesFor } from '../../../i18n/edit.js';
export { EditFormController } from '../controllers/edit-form.js';
export { DragController } from '../controllers/drag.js';
export { renderEmotionHandles } from './drag/emotion-handles.js';
