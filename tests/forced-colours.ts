/**
 * Forced colours (Windows High Contrast) in tests: emulated through the DevTools protocol (the
 * 'forced-colors' command in tests/server/commands-plugin.mjs), and what is really drawn, read
 * from a screenshot of one pixel, so a test sees a bar's fill, not only the CSS asking for it.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export const forcedColours = (active: boolean): Promise<unknown> => executeServerCommand('forced-colors', { active });

/** The colour drawn at `fx`, `fy` (fractions of its width and height) inside `box`, as "r,g,b". */
export async function drawnAt(box: DOMRect, fx = 0.5, fy = 0.5): Promise<string> {
  const x = Math.floor(box.left + box.width * fx + scrollX);
  const y = Math.floor(box.top + box.height * fy + scrollY);
  const data = await executeServerCommand<string, object>('screenshot', { x, y, width: 1, height: 1 });
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
  const canvas = new OffscreenCanvas(1, 1);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return `${r},${g},${b}`;
}
