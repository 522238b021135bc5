import type { Page } from '@playwright/test';

/**
 * What a PNG shows, decoded in the browser and sampled every third pixel: how many distinct
 * colours (a blank picture has one; counting stops at 500), the share of drawn (not
 * near-white) pixels, and how many pixels are vivid colour.
 */
export const pngPixels = (page: Page, bytes: Buffer) =>
  page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
    c.drawImage(img, 0, 0);
    const data = c.getImageData(0, 0, img.width, img.height).data;
    const colours = new Set<number>();
    let [ink, vivid, all] = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4 * 3) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      all++;
      if (colours.size < 500) colours.add((r << 16) | (g << 8) | b);
      if (Math.min(r, g, b) < 200) ink++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 120) vivid++;
    }
    return { colours: colours.size, ink: ink / all, vivid };
  }, bytes.toString('base64'));
