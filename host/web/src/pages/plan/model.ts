// The shapes of /api/platform/plans (the plan of the five-year 表2 and its figures) and /api/platform/work.

export interface PlanSummary { id: string; title: string; fromYear: number; toYear: number; baselineYear: number }
export interface PlanList { current: string; items: PlanSummary[] }

export type PlanStatus = 'Met' | 'NotMet' | 'Unjudged' | 'NoValue';

export interface PlanSource {
  kind: 'Computed' | 'Entered' | 'None';
  module: string | null; moduleName: string | null; rule: string | null;
  enteredBy: string | null; enteredAt: string | null; valueAsOf: string | null; sourceText: string | null;
}

export interface PlanRow {
  number: number; name: string; unit: string; binding: string;
  baselineText: string; targetText: string; comparison: 'AtLeast' | 'AtMost' | 'Reference'; target: number | null;
  value: number | null; numerator: number | null; denominator: number | null;
  /** Why there is no value: shown instead of one, never a 0. */
  notComputed: string | null;
  status: PlanStatus; statusText: string;
  source: PlanSource;
  indicator: string | null;
  /** The caller may enter a value for this row now. */
  canEnter: boolean;
  /** A drill-down by town exists. */
  hasTowns: boolean;
}

export interface PlanView extends PlanSummary { asOf: string; scopeName: string; rows: PlanRow[] }

export interface TownFigure {
  town: string; townName: string; value: number | null; numerator: number | null; denominator: number | null;
  notComputed: string | null; status: PlanStatus; statusText: string;
}

export interface TrendPoint { year: number; value: number | null; notComputed: string | null; kind: 'Baseline' | 'Computed' | 'Entered' | 'None' }

export interface PlanEntry { id: string; value: number; valueAsOf: string; sourceText: string; enteredBy: string; enteredAt: string }

export interface WorkItem { key: string; title: string; count: number; overdue: number; link: string; module: string; moduleName: string }
/** Unavailable: the display names of modules whose count failed (the list is then incomplete). */
export interface WorkList { items: WorkItem[]; unavailable?: string[] }

export const statusColors: Record<PlanStatus, string | undefined> = { Met: 'green', NotMet: 'red', Unjudged: 'orange', NoValue: undefined };

export const trendKinds: Record<TrendPoint['kind'], string> = { Baseline: '基期值', Computed: '系统计算', Entered: '人工录入', None: '无数据' };

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A figure with its unit: "95.2%", "3 个". */
export function withUnit(value: number, unit: string): string {
  if (!unit) return number.format(value);
  return unit === '%' || unit === '‰' ? `${number.format(value)}${unit}` : `${number.format(value)} ${unit}`;
}

/** The unit as a chart writes it after each value. */
export function chartUnit(unit: string): string {
  return !unit ? '' : unit === '%' || unit === '‰' ? unit : ` ${unit}`;
}

export function planUrl(planId: string, rest = '', asOf?: string | null): string {
  return `/api/platform/plans/${encodeURIComponent(planId)}${rest}${asOf ? `?asOf=${asOf}` : ''}`;
}
