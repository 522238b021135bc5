export interface SnapshotOptions {
  /** The current viewport, or every visible element. */
  scope: 'view' | 'whole';
  /** 1 to 4: device pixels per CSS pixel of the graph. */
  scale: number;
  background: 'white' | 'transparent';
  /** Shown above the graph when set. */
  title?: string;
  source: boolean;
  legend: boolean;
  footnotes: boolean;
}

export const DEFAULT_SNAPSHOT: SnapshotOptions = {
  scope: 'whole',
  scale: 2,
  background: 'white',
  source: true,
  legend: true,
  footnotes: true,
};

/**
 * Chromium's canvas limits: 32,767 px a side and 268,435,456 px in all. Above them a canvas
 * silently comes out empty, so we refuse and say so instead.
 */
export const MAX_CANVAS_SIDE = 32_767;
export const MAX_CANVAS_AREA = 268_435_456;

export const fitsCanvas = (w: number, h: number) =>
  w > 0 && h > 0 && w <= MAX_CANVAS_SIDE && h <= MAX_CANVAS_SIDE && w * h <= MAX_CANVAS_AREA;
