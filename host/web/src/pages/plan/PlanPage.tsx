import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { App, Button, DatePicker, Form, Space, Spin, Table, Typography, type TableProps } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { download, messageOf } from '../../api';
import { FormSelect } from '../../renderers/fields';
import { LoadError } from '../../renderers/LoadError';
import { useResource } from '../../renderers/useRecord';
import { SourceCell, StatusTag, ValueCell } from './cells';
import { EntryDialog } from './EntryDialog';
import { planUrl, type PlanList, type PlanRow, type PlanView } from './model';
import { EntriesDrawer, TownsDrawer, TrendDrawer } from './RowDrawers';

type Open = { kind: 'towns' | 'trend' | 'entries' | 'enter'; row: PlanRow } | null;

/** The plan and its rows from the address (?plan=&asOf=), the current plan and today when it names none. */
export function usePlan() {
  const [params, setParams] = useSearchParams();
  const plans = useResource<PlanList>('/api/platform/plans');
  const planId = params.get('plan') ?? plans.data?.current ?? null;
  const asOf = params.get('asOf');
  const plan = useResource<PlanView>(planId ? planUrl(planId, '', asOf) : null);
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value); else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return { plans, planId, asOf, plan, set };
}

/** 规划指标: every row of the plan with its figure as of a day, where it comes from, and whether it is on track. */
export function PlanPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { plans, planId, plan, set } = usePlan();
  const [open, setOpen] = useState<Open>(null);
  const [exporting, setExporting] = useState(false);
  const view = plan.data;

  if (plans.error) return <div className="mz-page"><LoadError error={plans.error} retry={plans.reload} /></div>;
  if (plan.error && !view) return <div className="mz-page"><LoadError error={plan.error} retry={plan.reload} /></div>;
  if (!view || !planId) return <div className="mz-page"><Spin tip="正在加载…"><div style={{ height: 200 }} /></Spin></div>;

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await download('GET', planUrl(view.id, '/export.xlsx', view.asOf));
    } catch (e) {
      message.error(`导出失败：${messageOf(e)}`);
    } finally {
      setExporting(false);
    }
  };

  const action = (row: PlanRow, kind: NonNullable<Open>['kind'], text: string) => (
    <Button size="small" type="link" aria-label={`${text}：${row.name}`} onClick={() => setOpen({ kind, row })}>{text}</Button>
  );
  const columns: TableProps<PlanRow>['columns'] = [
    { title: '序号', dataIndex: 'number', width: 52, align: 'center' },
    { title: '指标', dataIndex: 'name', width: 170 },
    { title: '单位', dataIndex: 'unit', width: 64 },
    { title: '基期值', dataIndex: 'baselineText', width: 70, render: (v: string) => <span className="mz-mono">{v}</span> },
    { title: '目标值', dataIndex: 'targetText', width: 110, render: (v: string) => <span className="mz-mono">{v}</span> },
    { title: '属性', dataIndex: 'binding', width: 64 },
    { title: '当前值', key: 'value', width: 160, render: (_, row) => <ValueCell row={row} /> },
    { title: '是否达标', key: 'status', width: 96, render: (_, row) => <StatusTag status={row.status} text={row.statusText} /> },
    { title: '数据来源', key: 'source', render: (_, row) => <SourceCell row={row} /> },
    {
      title: '操作', key: 'actions', width: 104,
      render: (_, row) => (
        <Space size={0} wrap>
          {row.hasTowns && action(row, 'towns', '分镇街')}
          {action(row, 'trend', '趋势')}
          {row.canEnter && action(row, 'enter', '录入')}
          {(row.canEnter || row.source.kind === 'Entered') && action(row, 'entries', '历史')}
        </Space>
      ),
    },
  ];

  const list = plans.data?.items ?? [];
  return (
    <div className="mz-page">
      <Typography.Title level={1} style={{ fontSize: 20 }}>{view.title}</Typography.Title>
      <div className="mz-plan-toolbar">
        <Form layout="inline" aria-label="选择规划和日期" style={{ rowGap: 8 }}>
          {list.length > 1 && (
            <Form.Item label="规划" htmlFor="plan-select">
              <FormSelect id="plan-select" style={{ width: 220 }} value={view.id} onChange={(id: string) => set({ plan: id, asOf: null })}
                options={list.map((p) => ({ value: p.id, label: `${p.title}（${p.fromYear}—${p.toYear}）` }))} />
            </Form.Item>
          )}
          <Form.Item label="截至日期" htmlFor="plan-as-of">
            <DatePicker id="plan-as-of" allowClear={false} value={dayjs(view.asOf)} placeholder="请选择日期"
              onChange={(d) => d && set({ asOf: d.format('YYYY-MM-DD') })} />
          </Form.Item>
        </Form>
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx}>导出Excel</Button>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(`/plan/print?plan=${encodeURIComponent(view.id)}&asOf=${view.asOf}`)}>打印</Button>
        </Space>
      </div>
      <Typography.Paragraph data-testid="plan-scope">
        {view.scopeName}　规划期 {view.fromYear}—{view.toYear} 年，基期 {view.baselineYear} 年　数据截至 {view.asOf}
      </Typography.Paragraph>
      <Table<PlanRow> className="mz-plan-table" rowKey="number" size="small" columns={columns} dataSource={view.rows} loading={plan.loading}
        pagination={false} scroll={{ x: 1040 }} locale={{ emptyText: '该规划没有指标' }} />
      {open?.kind === 'towns' && <TownsDrawer planId={view.id} row={open.row} asOf={view.asOf} onClose={() => setOpen(null)} />}
      {open?.kind === 'trend' && <TrendDrawer planId={view.id} row={open.row} asOf={view.asOf} onClose={() => setOpen(null)} />}
      {open?.kind === 'entries' && <EntriesDrawer planId={view.id} row={open.row} asOf={view.asOf} onClose={() => setOpen(null)} />}
      {open?.kind === 'enter' && (
        <EntryDialog planId={view.id} row={open.row} asOf={view.asOf} onCancel={() => setOpen(null)}
          onDone={() => { setOpen(null); message.success('已保存'); void plan.reload(); }} />
      )}
    </div>
  );
}
