import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Switches forced colours (Windows High Contrast and the like) on or off for this page, through
 * the runner's `emulate-forced-colors` command (web-test-runner.config.mjs). Switch it back off
 * in a `finally`: the page is shared by the rest of the file.
 */
export async function forcedColors(value: 'active' | 'none'): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { forcedColors: value });
  if (matchMedia('(forced-colors: active)').matches !== (value === 'active')) {
    throw new Error(`forced-colors did not switch to ${value}`);
  }
}
