/** A small line of recent values, drawn on the server, with its values as a text alternative. */
import type { SparklineView } from '../view/model.ts';
import { sparklineGeometry, type XY } from './sparkline-geometry.ts';

const BOX = { width: 260, height: 72, pad: 6 };

export function Sparkline(props: { view: SparklineView }) {
  const g = sparklineGeometry(props.view.values, props.view.target, BOX, props.view.breaksBefore);
  return (
    <svg
      class="outturn-sparkline"
      role="img"
      aria-label={props.view.label}
      width={BOX.width}
      height={BOX.height}
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
    >
      {g.targetY === null ? null : <TargetLine y={g.targetY} />}
      {g.lines.map((line) => (
        <polyline points={pointsAttr(line)} fill="none" stroke="#1d70b8" stroke-width="2.5" />
      ))}
      {g.dots.map((dot) => (
        <circle cx={dot.x} cy={dot.y} r="3.5" fill="#1d70b8" />
      ))}
    </svg>
  );
}

function TargetLine(props: { y: number }) {
  return (
    <line
      x1={BOX.pad}
      x2={BOX.width - BOX.pad}
      y1={props.y}
      y2={props.y}
      stroke="#505a5f"
      stroke-width="1.5"
      stroke-dasharray="4 3"
    />
  );
}

function pointsAttr(line: readonly XY[]): string {
  return line.map((p) => `${p.x},${p.y}`).join(' ');
}
