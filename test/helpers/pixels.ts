import { executeServerCommand } from '@web/test-runner-commands';

/** RGBA of what the browser painted in a viewport rectangle, row by row (device pixel ratio 1). */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/**
 * What is painted in a part of the viewport (a `getBoundingClientRect()` rectangle), through the
 * runner's `capture-pixels` command (web-test-runner.config.mjs): a real screenshot, so anything
 * drawn over an element counts.
 */
export async function capturePixels(rect: { x: number; y: number; width: number; height: number }): Promise<Pixels> {
  // The screenshot's clip is in page coordinates.
  const clip = { x: Math.round(rect.x + scrollX), y: Math.round(rect.y + scrollY), width: Math.max(1, Math.round(rect.width)), height: Math.max(1, Math.round(rect.height)) };
  const base64 = await executeServerCommand<string, typeof clip>('capture-pixels', clip);
  if (typeof base64 !== 'string') throw new Error('capture-pixels returned no image');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

/** `rgb(r, g, b)` or `rgba(…)` as computed by the browser, to numbers. */
export function rgbOf(color: string): [number, number, number] {
  const match = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(color);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The share of pixels within `tolerance` (per channel) of `rgb`. */
export function shareOfColor(pixels: Pixels, rgb: [number, number, number], tolerance = 24): number {
  let matching = 0;
  const count = pixels.width * pixels.height;
  for (let i = 0; i < count; i++) {
    const o = i * 4;
    if (Math.abs(pixels.data[o]! - rgb[0]) <= tolerance && Math.abs(pixels.data[o + 1]! - rgb[1]) <= tolerance && Math.abs(pixels.data[o + 2]! - rgb[2]) <= tolerance) {
      matching++;
    }
  }
  return matching / count;
}
