import { Card, Col, Empty, Row, Spin, Statistic, Typography } from 'antd';
import type { DashboardPage, UiModule } from '../types';
import { fill, get } from './fields';
import { urlOf } from './actions';
import { useResource } from './useRecord';
import { LoadError } from './LoadError';
import { ChartFigure } from '../charts';

interface Point { label: string; value: number | null }
const kinds = { Bar: 'bar', Line: 'line', Pie: 'pie' } as const;

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
              {/* A figure the module gives no value for (a rate with nothing to count) is "—", never 0. */}
              {get(data, card.field) === null || get(data, card.field) === undefined
                ? <Statistic title={card.title} value="—" />
                : <Statistic title={card.title} value={Number(get(data, card.field))} precision={card.type === 'Money' || !Number.isInteger(Number(get(data, card.field))) ? 2 : 0}
                    prefix={card.type === 'Money' ? '¥' : undefined} suffix={card.suffix ?? undefined} />}
              {card.caption && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{fill(card.caption, data, false)}</Typography.Text>}
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {page.charts.map((chart) => {
          // A point without a value (a share with nothing to share) is a gap in the chart and "—" in its table, never 0.
          const points = ((get(data, chart.field) as { label: unknown; value: unknown }[] | undefined) ?? [])
            .map((p): Point => ({ label: String(p.label), value: p.value === null || p.value === undefined ? null : Number(p.value) }));
          return (
            <Col key={chart.field} xs={24} lg={12}>
              <Card size="small" title={<h2 style={{ fontSize: 14, margin: 0 }}>{chart.title}</h2>}>
                {points.length === 0 ? <Empty description="暂无数据" />
                  : <ChartFigure title={chart.title} table="toggle" spec={{ kind: kinds[chart.kind], seriesName: chart.title, points, horizontal: chart.kind === 'Bar' }} />}
              </Card>
            </Col>
          );
        })}
      </Row>
    </div>
  );
}
