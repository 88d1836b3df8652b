import { Link } from 'react-router-dom';
import { Descriptions, Empty, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import type { DetailPage, DetailTable, UiModule } from '../types';
import { fill, formatValue, get } from './fields';
import { ActionButton, offered, routeOf, urlOf } from './actions';
import { useResource } from './useRecord';
import { LoadError } from './LoadError';

type Row = Record<string, unknown>;

/** A described record: its status, the workflow actions open in that status, its fields and history. */
export function DetailView({ module, page, recordId }: { module: UiModule; page: DetailPage; recordId?: string }) {
  const { data, error, loading, reload } = useResource<Row>(urlOf(module, page.source.path, {}, recordId));
  if (loading && !data) return <div className="mz-page"><Spin tip="正在加载…"><div style={{ height: 160 }} /></Spin></div>;
  if (error) return <div className="mz-page"><LoadError error={error} retry={reload} /></div>;
  if (!data) return <div className="mz-page"><Empty description="没有数据" /></div>;

  const status = page.statusField ? String(get(data, page.statusField) ?? '') : null;
  const statusOption = page.statuses.find((s) => s.value === status);
  const actions = page.actions.filter((a) => offered(a, data, page.statusField));
  const steps = page.timeline ? (get(data, page.timeline.field) as Row[] | undefined) ?? [] : [];

  return (
    <div className="mz-page">
      <Space align="center" style={{ marginBottom: 12, flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>{fill(page.title, data, false, recordId)}</Typography.Title>
        {status && <Tag color={statusOption?.color && statusOption.color !== 'default' ? statusOption.color : undefined} data-testid="status">{statusOption?.label ?? status}</Tag>}
      </Space>
      {actions.length > 0 && (
        <Space wrap style={{ marginBottom: 16 }} className="mz-no-print" aria-label="可执行的操作">
          {actions.map((a, i) => <ActionButton key={a.id} action={a} module={module} record={data} recordId={recordId} onDone={reload} primary={i === 0 && !a.danger} />)}
        </Space>
      )}
      {page.sections.map((section) => (
        <Descriptions key={section.title} title={section.title} bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 20 }}
          items={section.fields.map((f) => ({ key: f.field, label: f.label, span: f.wide ? 2 : 1, children: formatValue(get(data, f.field), f.type, f.options) }))} />
      ))}
      {(page.tables ?? []).map((table) => <RelatedTable key={table.title} module={module} table={table} rows={(get(data, table.field) as Row[] | undefined) ?? []} />)}
      {page.timeline && (
        <>
          <Typography.Title level={2} style={{ fontSize: 16 }}>办理记录</Typography.Title>
          {steps.length === 0 ? <Empty description="暂无记录" /> : (
            <Timeline items={steps.map((step, i) => ({
              key: i,
              children: (
                <>
                  <div><strong>{String(get(step, page.timeline!.title) ?? '')}</strong>　{String(get(step, page.timeline!.actor) ?? '')}</div>
                  <div>{formatValue(get(step, page.timeline!.time), 'DateTime')}</div>
                  {page.timeline!.note && get(step, page.timeline!.note) ? <div>{String(get(step, page.timeline!.note))}</div> : null}
                </>
              ),
            }))} />
          )}
        </>
      )}
    </div>
  );
}

/** Records related to the one shown (an outlet's inspections): rows of the record itself; the first column opens a row. */
function RelatedTable({ module, table, rows }: { module: UiModule; table: DetailTable; rows: Row[] }) {
  return (
    <section style={{ marginBottom: 20 }} aria-label={table.title}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>{table.title}</Typography.Title>
      <Table<Row> size="small" bordered rowKey={(row) => String(get(row, 'id') ?? JSON.stringify(row))} dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showTotal: (n) => `共 ${n} 条` } : false} locale={{ emptyText: table.emptyText }}
        columns={table.columns.map((column, index) => ({
          key: column.field, title: column.title, width: column.width ?? undefined,
          render: (_: unknown, row: Row) => {
            const value = formatValue(get(row, column.field), column.type, column.options);
            return index === 0 && table.rowOpens ? <Link to={routeOf(module, table.rowOpens, row)}>{value}</Link> : value;
          },
        }))} />
    </section>
  );
}
