import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Button, Spin } from 'antd';
import { BarChartOutlined, TableOutlined } from '@ant-design/icons';
import { chartHeight, formatPoint, type ChartSpec } from './spec';

export type { ChartKind, ChartPoint, ChartSpec } from './spec';
export { formatPoint } from './spec';

// The chart library is large: it is loaded with the first chart a person opens, not with the shell.
const EChart = lazy(() => import('./EChart'));

interface Props {
  /** What the chart shows, for its spoken name ("趋势：2020 68%，2021 …"). */
  title: string;
  spec: ChartSpec;
  /**
   * Where the same data is in a table: 'toggle' gives the chart a 表格 button (and, while the chart shows, a table
   * only screen readers read); 'beside' when the caller shows the data in a table of its own next to the chart.
   */
  table: 'toggle' | 'beside';
  labelTitle?: string;
  valueTitle?: string;
}

/** A chart drawn by the chart library, with the same data as a table (accessible, printable, copyable). */
export function ChartFigure({ title, spec, table, labelTitle = '项目', valueTitle = '数值' }: Props) {
  const [asTable, setAsTable] = useState(false);
  const summary = `${title}：${spec.points.map((p) => `${p.label} ${formatPoint(p.value, spec.unit)}`).join('，')}`;
  const data = (className?: string) => (
    <table className={className ?? 'mz-chart-table'}>
      <caption className="mz-sr-only">{title}</caption>
      <thead><tr><th scope="col">{labelTitle}</th><th scope="col">{valueTitle}</th></tr></thead>
      <tbody>{spec.points.map((p) => <tr key={p.label}><th scope="row">{p.label}</th><td>{formatPoint(p.value, spec.unit)}</td></tr>)}</tbody>
    </table>
  );
  const drawable = spec.points.some((p) => p.value !== null);
  let body: ReactNode = !drawable ? (
    <>
      <p className="mz-chart-empty">{title}：没有可绘制的数值{table === 'beside' ? '，原因见下表' : ''}。</p>
      {table === 'toggle' && data('mz-sr-only')}
    </>
  ) : (
    <>
      <div role="img" aria-label={summary} className="mz-chart">
        <Suspense fallback={<Spin tip="正在加载图表…"><div style={{ height: chartHeight(spec) }} /></Spin>}>
          <EChart spec={spec} />
        </Suspense>
      </div>
      {table === 'toggle' && data('mz-sr-only')}
    </>
  );
  if (asTable) body = data();
  return (
    <div className="mz-chart-figure">
      {table === 'toggle' && (
        <div className="mz-chart-toggle mz-no-print">
          <Button size="small" type="link" icon={asTable ? <BarChartOutlined /> : <TableOutlined />} onClick={() => setAsTable(!asTable)}>
            {asTable ? '图表' : '表格'}
          </Button>
        </div>
      )}
      {body}
    </div>
  );
}
