import { useId, type ReactNode } from 'react';
import type { StageFunnel } from '../../../shared/dashboard/funnel';
import type { ReadinessPanel } from '../../../shared/dashboard/readiness';
import { STAGE_LABELS } from '../../../shared/domain/initiative';
import { READINESS_LABELS, READINESS_STATUSES } from '../../../shared/domain/readiness';
import type { HeatMap } from '../../../shared/risk/heatMap';
import { BAND_COLOURS, BAND_LABELS, type RiskMatrix } from '../../../shared/risk/matrix';
import { FUNNEL_COLOURS, READINESS_COLOURS } from './colours';
import { formatPercent } from './format';

/**
 * The charts are plain SVG. Each is one focusable image whose description
 * says everything it shows; the table next to it is the same data for
 * anyone who prefers numbers or uses a screen reader.
 */
function Chart({
  title,
  description,
  width,
  height,
  children,
}: {
  title: string;
  description: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <svg
      className="dash-chart"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      tabIndex={0}
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      width={width}
      height={height}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/** A text description of the funnel, stage by stage. */
export function funnelDescription(funnel: StageFunnel): string {
  return funnel.steps
    .filter((s) => s.reached !== null)
    .map((s) => {
      const conversion = s.conversion
        ? `, ${formatPercent(s.conversion.rate)} went on to ${STAGE_LABELS[s.conversion.toStage]}`
        : '';
      return `${s.label}: ${String(s.reached)} reached, ${String(s.current)} there now${conversion}.`;
    })
    .join(' ');
}

/** Horizontal funnel: how many reached each stage, with the conversion between them. */
export function FunnelChart({ funnel }: { funnel: StageFunnel }) {
  const steps = funnel.steps.filter((s) => s.reached !== null);
  const max = Math.max(1, ...steps.map((s) => s.reached ?? 0));
  const labelWidth = 130;
  const barWidth = 220;
  const rowHeight = 30;
  const gap = 24;
  const width = labelWidth + barWidth + 130;
  const height = steps.length * rowHeight + (steps.length - 1) * gap;
  return (
    <Chart
      title="Stage funnel"
      description={funnelDescription(funnel)}
      width={width}
      height={height}
    >
      {steps.map((step, index) => {
        const y = index * (rowHeight + gap);
        const reached = step.reached ?? 0;
        const w = (reached / max) * barWidth;
        return (
          <g key={step.stage}>
            <text x={0} y={y + rowHeight / 2} dominantBaseline="middle" fill={FUNNEL_COLOURS.ink}>
              {step.label}
            </text>
            <rect
              x={labelWidth}
              y={y}
              width={barWidth}
              height={rowHeight}
              fill={FUNNEL_COLOURS.track}
            />
            <rect x={labelWidth} y={y} width={w} height={rowHeight} fill={FUNNEL_COLOURS.bar} />
            <text
              x={labelWidth + barWidth + 8}
              y={y + rowHeight / 2}
              dominantBaseline="middle"
              fill={FUNNEL_COLOURS.ink}
            >
              {`${String(reached)} reached · ${String(step.current)} now`}
            </text>
            {step.conversion && index < steps.length - 1 && (
              <text
                x={labelWidth + 4}
                y={y + rowHeight + gap / 2}
                dominantBaseline="middle"
                fill="#55606e"
                fontSize="0.85em"
              >
                {`↓ ${formatPercent(step.conversion.rate)} went on`}
              </text>
            )}
          </g>
        );
      })}
    </Chart>
  );
}

/** The residual heat map: a cell per likelihood × impact, coloured by band, with its count and band in text. */
export function HeatMapChart({
  heatMap,
  matrix,
  description,
}: {
  heatMap: HeatMap;
  matrix: RiskMatrix;
  description: string;
}) {
  const cellWidth = 70;
  const cellHeight = 44;
  const left = 112;
  const bottom = 34;
  const size = heatMap.cells.length;
  const width = left + size * cellWidth;
  const height = size * cellHeight + bottom;
  const rows = [...heatMap.cells].reverse();
  return (
    <Chart title="Residual risk heat map" description={description} width={width} height={height}>
      {rows.map((row, r) => (
        <g key={row[0]?.likelihood ?? r}>
          <text
            x={left - 6}
            y={r * cellHeight + cellHeight / 2}
            textAnchor="end"
            dominantBaseline="middle"
            fill={FUNNEL_COLOURS.ink}
            fontSize="0.8em"
          >
            {matrix.likelihoodLevels[(row[0]?.likelihood ?? 1) - 1]}
          </text>
          {row.map((cell) => {
            const colours = BAND_COLOURS[cell.band];
            const x = left + (cell.impact - 1) * cellWidth;
            const y = r * cellHeight;
            return (
              <g key={cell.impact}>
                <rect
                  x={x}
                  y={y}
                  width={cellWidth - 2}
                  height={cellHeight - 2}
                  fill={colours.background}
                />
                <text
                  x={x + cellWidth / 2 - 1}
                  y={y + 16}
                  textAnchor="middle"
                  fill={colours.text}
                  fontWeight={700}
                >
                  {cell.count}
                </text>
                <text
                  x={x + cellWidth / 2 - 1}
                  y={y + 32}
                  textAnchor="middle"
                  fill={colours.text}
                  fontSize="0.7em"
                >
                  {BAND_LABELS[cell.band]}
                </text>
              </g>
            );
          })}
        </g>
      ))}
      {matrix.impactLevels.map((name, index) => (
        <text
          key={name}
          x={left + index * cellWidth + cellWidth / 2 - 1}
          y={size * cellHeight + 14}
          textAnchor="middle"
          fill={FUNNEL_COLOURS.ink}
          fontSize="0.75em"
        >
          {name}
        </text>
      ))}
      <text
        x={left + (size * cellWidth) / 2}
        y={size * cellHeight + 30}
        textAnchor="middle"
        fill="#55606e"
        fontSize="0.75em"
      >
        Impact →
      </text>
    </Chart>
  );
}

/** A text description of the readiness chart, gap by gap. */
export function readinessDescription(panel: ReadinessPanel): string {
  if (panel.pilots === 0) return 'No initiatives in pilot.';
  return panel.gaps
    .map(
      (g) =>
        `${g.label}: ${String(g.ready)} ready, ${String(g.inProgress)} in progress, ${String(g.notStarted)} not started.`,
    )
    .join(' ');
}

/** One stacked bar per gap: ready, in progress, not started, each with its count. */
export function ReadinessChart({ panel }: { panel: ReadinessPanel }) {
  const labelWidth = 160;
  const barWidth = 260;
  const rowHeight = 26;
  const gap = 8;
  const width = labelWidth + barWidth + 4;
  const legendY = panel.gaps.length * (rowHeight + gap) + 6;
  const height = legendY + 22;
  const total = Math.max(1, panel.pilots);
  return (
    <Chart
      title="Readiness of the six gaps in pilot"
      description={readinessDescription(panel)}
      width={width}
      height={height}
    >
      {panel.gaps.map((tally, index) => {
        const y = index * (rowHeight + gap);
        const counts = {
          ready: tally.ready,
          'in-progress': tally.inProgress,
          'not-started': tally.notStarted,
        };
        let x = labelWidth;
        return (
          <g key={tally.gap}>
            <text x={0} y={y + rowHeight / 2} dominantBaseline="middle" fill={FUNNEL_COLOURS.ink}>
              {tally.label}
            </text>
            {READINESS_STATUSES.slice()
              .reverse()
              .map((status) => {
                const count = counts[status];
                const w = (count / total) * barWidth;
                const colours = READINESS_COLOURS[status];
                const segment = (
                  <g key={status}>
                    <rect
                      x={x}
                      y={y}
                      width={Math.max(0, w - 1)}
                      height={rowHeight}
                      fill={colours.background}
                      stroke={count > 0 ? colours.border : 'none'}
                    />
                    {count > 0 && w >= 18 && (
                      <text
                        x={x + w / 2}
                        y={y + rowHeight / 2}
                        textAnchor="middle"
                        dominantBaseline="middle"
                        fill={colours.text}
                        fontWeight={700}
                      >
                        {count}
                      </text>
                    )}
                  </g>
                );
                x += w;
                return segment;
              })}
          </g>
        );
      })}
      {READINESS_STATUSES.slice()
        .reverse()
        .map((status, index) => {
          const colours = READINESS_COLOURS[status];
          const x = labelWidth + index * 90;
          return (
            <g key={status}>
              <rect
                x={x}
                y={legendY}
                width={14}
                height={14}
                fill={colours.background}
                stroke={colours.border}
              />
              <text
                x={x + 18}
                y={legendY + 7}
                dominantBaseline="middle"
                fill={FUNNEL_COLOURS.ink}
                fontSize="0.8em"
              >
                {READINESS_LABELS[status]}
              </text>
            </g>
          );
        })}
    </Chart>
  );
}

/** A bar inside a table cell, hidden from assistive technology: the cell's number says it. */
export function InlineBar({ value, max }: { value: number; max: number }) {
  const share = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <span className="dash-inline-bar" aria-hidden="true">
      <span style={{ width: `${String(Math.round(share * 100))}%` }} />
    </span>
  );
}
