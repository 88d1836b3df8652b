import type { ReactNode } from 'react';
import { Drawer, Spin, Table, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { ChartFigure } from '../../charts';
import { LoadError } from '../../renderers/LoadError';
import { useResource } from '../../renderers/useRecord';
import { StatusTag, ValueCell } from './cells';
import { chartUnit, planUrl, trendKinds, withUnit, type PlanEntry, type PlanRow, type TownFigure, type TrendPoint } from './model';

interface Props { planId: string; row: PlanRow; asOf: string; onClose: () => void }

function Loading({ error, reload }: { error: ReturnType<typeof useResource>['error']; reload: () => void }) {
  return error ? <LoadError error={error} retry={reload} /> : <Spin tip="正在加载…"><div style={{ height: 160 }} /></Spin>;
}

/**
 * A drawer's content in a region that takes the keyboard's focus: the drawer's body scrolls when its content is
 * taller than the window, and one who uses no mouse scrolls it with the arrow keys from there.
 */
function Body({ label, children }: { label: string; children: ReactNode }) {
  return <div role="region" aria-label={label} tabIndex={0} className="mz-drawer-region">{children}</div>;
}

const rowTitle = (row: PlanRow) => `${row.number}. ${row.name}`;
const unitNote = (row: PlanRow) => (row.unit ? `（单位：${row.unit}）` : '');

/** 分镇街: the row's figure in each town, as a bar chart against the target and as a table. */
export function TownsDrawer({ planId, row, asOf, onClose }: Props) {
  const { data, error, reload } = useResource<{ items: TownFigure[] }>(planUrl(planId, `/rows/${row.number}/towns`, asOf));
  const columns: TableProps<TownFigure>['columns'] = [
    { title: '镇街', dataIndex: 'townName' },
    { title: '当前值', key: 'value', render: (_, t) => <ValueCell row={{ ...t, unit: row.unit }} /> },
    { title: '是否达标', key: 'status', width: 110, render: (_, t) => <StatusTag status={t.status} text={t.statusText} /> },
  ];
  return (
    <Drawer open width={680} title={`分镇街：${rowTitle(row)}`} onClose={onClose} data-testid="towns-drawer">
      <Body label="分镇街数据">
        <Typography.Paragraph>截至 {asOf}；目标值 {row.targetText}{unitNote(row)}。</Typography.Paragraph>
        {!data ? <Loading error={error} reload={reload} /> : (
          <>
            <ChartFigure title={`${row.name}（分镇街）`} table="beside"
              spec={{ kind: 'bar', horizontal: true, seriesName: row.name, unit: chartUnit(row.unit), target: row.comparison === 'Reference' ? null : row.target, points: data.items.map((t) => ({ label: t.townName, value: t.value })) }} />
            <Table<TownFigure> rowKey="town" size="small" columns={columns} dataSource={data.items} pagination={false} style={{ marginTop: 12 }}
              locale={{ emptyText: '暂无分镇街数据' }} />
          </>
        )}
      </Body>
    </Drawer>
  );
}

/** 趋势: the row's figure at the baseline and at the end of each plan year, as a line chart and as a table. */
export function TrendDrawer({ planId, row, onClose }: Props) {
  const { data, error, reload } = useResource<{ items: TrendPoint[] }>(planUrl(planId, `/rows/${row.number}/trend`));
  const columns: TableProps<TrendPoint>['columns'] = [
    { title: '年份', dataIndex: 'year', width: 80, render: (y: number) => `${y}年` },
    { title: '数值', key: 'value', render: (_, p) => (p.value === null ? '—' : withUnit(p.value, row.unit)) },
    { title: '数据类型', dataIndex: 'kind', width: 100, render: (k: TrendPoint['kind']) => trendKinds[k] },
    { title: '说明', dataIndex: 'notComputed', render: (v: string | null) => v ?? '' },
  ];
  return (
    <Drawer open width={680} title={`趋势：${rowTitle(row)}`} onClose={onClose} data-testid="trend-drawer">
      <Body label="趋势数据">
        <Typography.Paragraph>基期值 {row.baselineText}，目标值 {row.targetText}{unitNote(row)}；各年数值为当年年末数。</Typography.Paragraph>
        {!data ? <Loading error={error} reload={reload} /> : (
          <>
            <ChartFigure title={`${row.name}（趋势）`} table="beside"
              spec={{ kind: 'line', seriesName: row.name, unit: chartUnit(row.unit), target: row.comparison === 'Reference' ? null : row.target, points: data.items.map((p) => ({ label: String(p.year), value: p.value })) }} />
            <Table<TrendPoint> rowKey="year" size="small" columns={columns} dataSource={data.items} pagination={false} style={{ marginTop: 12 }}
              locale={{ emptyText: '暂无数据' }} />
          </>
        )}
      </Body>
    </Drawer>
  );
}

/** 历史: the values staff entered for the row, newest first. */
export function EntriesDrawer({ planId, row, onClose }: Props) {
  const { data, error, reload } = useResource<{ items: PlanEntry[] }>(planUrl(planId, `/rows/${row.number}/entries`));
  const columns: TableProps<PlanEntry>['columns'] = [
    { title: '数值', key: 'value', render: (_, e) => withUnit(e.value, row.unit) },
    { title: '数据截至', dataIndex: 'valueAsOf', width: 110 },
    { title: '来源', dataIndex: 'sourceText' },
    { title: '录入人', dataIndex: 'enteredBy', width: 100 },
    { title: '录入时间', dataIndex: 'enteredAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
  ];
  return (
    <Drawer open width={760} title={`录入历史：${rowTitle(row)}`} onClose={onClose} data-testid="entries-drawer">
      <Body label="录入历史">
        {!data ? <Loading error={error} reload={reload} /> : (
          <Table<PlanEntry> rowKey="id" size="small" columns={columns} dataSource={data.items} pagination={false} locale={{ emptyText: '尚未录入过数值' }} />
        )}
      </Body>
    </Drawer>
  );
}
