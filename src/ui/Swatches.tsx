import type { NodeShape } from '../model/schema';
import { ROUNDED_SHAPES, shapePoints } from '../model/shapes';
import type { StatusKey } from '../model/status';
import { STATUS_LINES, widthFor } from '../model/statusStyle';

/* Small SVG samples so the legend and filters show exactly what the graph draws. */

/** A shape's corners in the swatch's 16 × 16 box (radius 7 around the centre). */
function swatchPoints(shape: NodeShape): string | null {
  const points = shapePoints(shape);
  if (!points || ROUNDED_SHAPES[shape] !== undefined) return null;
  const corners: string[] = [];
  for (let i = 0; i < points.length; i += 2)
    corners.push(`${8 + points[i]! * 7},${8 + points[i + 1]! * 7}`);
  return corners.join(' ');
}

export function KindSwatch({ color, shape }: { color: string; shape: NodeShape }) {
  const points = swatchPoints(shape);
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="swatch">
      {points ? (
        <polygon points={points} fill={color} stroke="#1f1f1f" />
      ) : shape === 'ellipse' ? (
        <circle cx="8" cy="8" r="7" fill={color} stroke="#1f1f1f" />
      ) : (
        <rect
          x="1"
          y="2"
          width="14"
          height="12"
          rx={shape === 'rectangle' ? 0 : 3}
          fill={color}
          stroke="#1f1f1f"
        />
      )}
    </svg>
  );
}

interface LineSwatchProps {
  color?: string;
  status?: StatusKey;
  /** The disputed-claim look: a white core in a coloured outline. */
  double?: boolean;
  thin?: boolean;
  /** Independent sources: the width drawn for 1, 2, 3 or more. */
  sources?: number;
  /** An undirected type (ACLED's events): a line without an arrowhead, as the graph draws it. */
  undirected?: boolean;
}

export function LineSwatch({
  color = '#333333',
  status = 'reported',
  double,
  thin,
  sources = 1,
  undirected = false,
}: LineSwatchProps) {
  const line = STATUS_LINES[status];
  const width = thin ? 1.5 : widthFor(status, sources);
  return (
    <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" className="swatch">
      <line
        x1="1"
        y1="6"
        x2={undirected ? 35 : line.arrow === 'tee' ? 31 : 28}
        y2="6"
        stroke={color}
        strokeWidth={double ? 6 : width}
        strokeDasharray={line.dash.join(' ') || undefined}
      />
      {double && <line x1="1" y1="6" x2="28" y2="6" stroke="#ffffff" strokeWidth="2.5" />}
      {undirected ? null : line.arrow === 'tee' ? (
        <line x1="32" y1="1" x2="32" y2="11" stroke={color} strokeWidth="2.5" />
      ) : (
        <polygon points="27,2 35,6 27,10" fill={color} />
      )}
    </svg>
  );
}
