// What a chart shows, apart from the library that draws it (EChart.tsx, loaded lazily).

export type ChartKind = 'bar' | 'line' | 'pie';

/** One value of a chart; null when there is none (a gap, never a zero). */
export interface ChartPoint { label: string; value: number | null }

export interface ChartSpec {
  kind: ChartKind;
  /** The series' name (the tooltip's). */
  seriesName: string;
  points: ChartPoint[];
  /** Written after each value: "%", " 人". */
  unit?: string;
  /** A line across the chart at the target (bar and line charts). */
  target?: number | null;
  targetLabel?: string;
  /** Bars along the value axis, one row per label (long Chinese names read better so). */
  horizontal?: boolean;
}

export const palette = ['#0958d9', '#237804', '#ad4e00', '#531dab', '#c41d7f', '#006d75', '#874d00', '#1d39c4'];

export function chartHeight(spec: ChartSpec): number {
  if (spec.kind === 'bar' && spec.horizontal) return Math.max(160, spec.points.length * 30 + 40);
  return spec.kind === 'pie' ? 220 : 260;
}

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A value as the chart's table and its spoken summary write it. */
export function formatPoint(value: number | null, unit = ''): string {
  return value === null ? '—' : `${number.format(value)}${unit}`;
}
