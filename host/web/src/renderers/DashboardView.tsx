import { Card, Col, Empty, Row, Spin, Statistic, Typography } from 'antd';
import type { DashboardPage, UiModule } from '../types';
import { get } from './fields';
import { urlOf } from './actions';
import { useResource } from './useRecord';
import { LoadError } from './LoadError';

interface Point { label: string; value: number }
const palette = ['#0958d9', '#237804', '#ad4e00', '#531dab', '#c41d7f', '#006d75', '#874d00', '#1d39c4'];

function Bars({ points }: { points: Point[] }) {
  const max = Math.max(1, ...points.map((p) => p.value));
  return (
    <div className="mz-bars" role="list">
      {points.map((p) => (
        <div key={p.label} className="mz-bar-row" role="listitem" aria-label={`${p.label}：${p.value}`}>
          <span>{p.label}</span>
          <div className="mz-bar" style={{ width: `${(p.value / max) * 100}%` }} />
          <span>{p.value}</span>
        </div>
      ))}
    </div>
  );
}

function Line({ points, title }: { points: Point[]; title: string }) {
  const max = Math.max(1, ...points.map((p) => p.value));
  const w = 480, h = 180, step = points.length > 1 ? (w - 40) / (points.length - 1) : 0;
  const xy = points.map((p, i) => [20 + i * step, h - 24 - (p.value / max) * (h - 48)]);
  return (
    <svg viewBox={`0 0 ${w} ${h}`} width="100%" role="img" aria-label={`${title}：${points.map((p) => `${p.label} ${p.value}`).join('，')}`}>
      <polyline fill="none" stroke="#0958d9" strokeWidth="2" points={xy.map(([x, y]) => `${x},${y}`).join(' ')} />
      {xy.map(([x, y], i) => <g key={points[i].label}><circle cx={x} cy={y} r="3" fill="#0958d9" /><text x={x} y={h - 6} fontSize="11" textAnchor="middle">{points[i].label}</text></g>)}
    </svg>
  );
}

function Pie({ points, title }: { points: Point[]; title: string }) {
  const total = points.reduce((s, p) => s + p.value, 0) || 1;
  let angle = -Math.PI / 2;
  const arcs = points.map((p, i) => {
    const start = angle;
    angle += (p.value / total) * Math.PI * 2;
    const large = angle - start > Math.PI ? 1 : 0;
    const [x1, y1, x2, y2] = [80 + 70 * Math.cos(start), 80 + 70 * Math.sin(start), 80 + 70 * Math.cos(angle), 80 + 70 * Math.sin(angle)];
    return <path key={p.label} d={points.length === 1 ? 'M80,10 A70,70 0 1,1 79.99,10 Z' : `M80,80 L${x1},${y1} A70,70 0 ${large},1 ${x2},${y2} Z`} fill={palette[i % palette.length]} />;
  });
  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'center' }}>
      <svg viewBox="0 0 160 160" width="160" role="img" aria-label={`${title}：${points.map((p) => `${p.label} ${p.value}`).join('，')}`}>{arcs}</svg>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {points.map((p, i) => <li key={p.label}><span style={{ display: 'inline-block', width: 10, height: 10, background: palette[i % palette.length], marginRight: 6 }} />{p.label}：{p.value}（{Math.round((p.value / total) * 100)}%）</li>)}
      </ul>
    </div>
  );
}

/** Described figures and charts from one endpoint. */
export function DashboardView({ module, page }: { module: UiModule; page: DashboardPage }) {
  const { data, error, loading, reload } = useResource<Record<string, unknown>>(urlOf(module, page.source.path, {}));
  if (loading && !data) return <div className="mz-page"><Spin tip="正在加载…"><div style={{ height: 160 }} /></Spin></div>;
  if (error) return <div className="mz-page"><LoadError error={error} retry={reload} /></div>;
  return (
    <div className="mz-page">
      <Typography.Title level={1} style={{ fontSize: 20 }}>{page.title}</Typography.Title>
      <Row gutter={[16, 16]}>
        {page.cards.map((card) => (
          <Col key={card.field} xs={24} sm={12} lg={6}>
            <Card size="small">
              <Statistic title={card.title} value={Number(get(data, card.field) ?? 0)} precision={card.type === 'Money' ? 2 : 0}
                prefix={card.type === 'Money' ? '¥' : undefined} suffix={card.suffix ?? undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {page.charts.map((chart) => {
          const points = ((get(data, chart.field) as Point[] | undefined) ?? []).map((p) => ({ label: String(p.label), value: Number(p.value) }));
          return (
            <Col key={chart.field} xs={24} lg={12}>
              <Card size="small" title={<h2 style={{ fontSize: 14, margin: 0 }}>{chart.title}</h2>}>
                {points.length === 0 ? <Empty description="暂无数据" /> : chart.kind === 'Line' ? <Line points={points} title={chart.title} />
                  : chart.kind === 'Pie' ? <Pie points={points} title={chart.title} /> : <Bars points={points} />}
              </Card>
            </Col>
          );
        })}
      </Row>
    </div>
  );
}
