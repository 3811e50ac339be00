import { executeServerCommand } from '@web/test-runner-commands';

async function setForcedColors(value: 'active' | 'none'): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { forcedColors: value });
  if (matchMedia('(forced-colors: active)').matches !== (value === 'active')) {
    throw new Error(`forced-colors did not switch to ${value}`);
  }
}

/**
 * Runs `run` with forced colours (Windows High Contrast and the like) on, through the runner's
 * `emulate-forced-colors` command (web-test-runner.config.mjs), and switches them off again
 * afterwards: the page is shared by the rest of the file. Throws if the switch did not happen.
 */
export async function withForcedColors(run: () => Promise<void>): Promise<void> {
  await setForcedColors('active');
  try {
    await run();
  } finally {
    await setForcedColors('none');
  }
}
