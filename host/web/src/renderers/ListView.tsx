import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Alert, Button, Form, Space, Table, Typography, type TableProps } from 'antd';
import { api, messageOf } from '../api';
import type { FormField, ListPage, UiModule } from '../types';
import { FieldItem, formatValue, get } from './fields';
import { ActionButton, offered, queryOf, routeOf, urlOf } from './actions';

type Row = Record<string, unknown>;

interface Query { page: number; pageSize: number; sort?: string; order?: 'asc' | 'desc'; search: Record<string, unknown> }

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), 'zh-CN');
}

/**
 * The search a link asks for (a work item's `/m/lottery/inspections?overdue=true`): the values of the list's own search
 * fields fill its form, the rest are sent as they are and shown as a filter staff can clear.
 */
function searchOfLink(search: string, fields: FormField[]): { shown: Record<string, unknown>; linked: Record<string, string> } {
  const shown: Record<string, unknown> = {};
  const linked: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    const field = fields.find((f) => f.name === name);
    if (!field) linked[name] = value;
    else shown[name] = field.type === 'Boolean' ? value === 'true' : field.type === 'Number' || field.type === 'Money' ? Number(value) : value;
  }
  return { shown, linked };
}

/** A described list: search form, toolbar, table with sorting and paging, row actions. */
/** A list; with `recordId`, the rows of one record (an activity's sign-ups): its id fills the source's `{id}`. */
export function ListView({ module, page, recordId }: { module: UiModule; page: ListPage; recordId?: string }) {
  const location = useLocation();
  const [fromLink] = useState(() => searchOfLink(location.search, page.search));
  const [linked, setLinked] = useState(fromLink.linked);
  const [form] = Form.useForm();
  const [query, setQuery] = useState<Query>({
    page: 1, pageSize: page.pageSize, sort: page.defaultSort?.field, order: page.defaultSort ? (page.defaultSort.descending ? 'desc' : 'asc') : undefined,
    search: { ...fromLink.linked, ...fromLink.shown },
  });
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const server = page.paging === 'Server';

  // Each load's number: an answer that comes back after a later load started (a search, then 重置 at once) is dropped,
  // or the older search's rows would replace the newer's.
  const latest = useRef(0);
  const load = useCallback(async () => {
    const mine = ++latest.current;
    setLoading(true);
    const params = new URLSearchParams(queryOf(query.search));
    if (server) {
      params.set('page', String(query.page));
      params.set('pageSize', String(query.pageSize));
      if (query.sort) { params.set('sort', query.sort); params.set('order', query.order ?? 'asc'); }
    }
    const qs = params.toString();
    try {
      const result = await api.get<Row[] | { items: Row[]; total: number }>(urlOf(module, page.source.path, {}, recordId) + (qs ? `?${qs}` : ''));
      if (mine !== latest.current) return;
      const items = Array.isArray(result) ? result : result.items;
      setRows(items);
      setTotal(Array.isArray(result) ? result.length : result.total);
      setError(null);
    } catch (e) {
      if (mine !== latest.current) return;
      setError(messageOf(e));
      setRows([]);
    } finally {
      if (mine === latest.current) setLoading(false);
    }
  }, [module, page, query, server, recordId]);

  useEffect(() => { void load(); }, [load]);

  const shown = useMemo(() => {
    if (server || !query.sort) return rows;
    const sorted = [...rows].sort((a, b) => compare(get(a, query.sort!), get(b, query.sort!)));
    return query.order === 'desc' ? sorted.reverse() : sorted;
  }, [rows, server, query.sort, query.order]);

  const columns: TableProps<Row>['columns'] = page.columns.map((column, index) => ({
    key: column.field,
    title: column.title,
    width: column.width ?? undefined,
    sorter: column.sortable,
    sortOrder: query.sort === column.field ? (query.order === 'desc' ? 'descend' : 'ascend') : null,
    render: (_: unknown, row: Row) => {
      const value = formatValue(get(row, column.field), column.type, column.options);
      // The first column links to the record: a link is reachable by keyboard and screen reader, a clickable row is not.
      return index === 0 && page.rowOpens ? <Link to={routeOf(module, page.rowOpens, row)}>{value}</Link> : value;
    },
  }));
  if (page.rowActions.length) {
    columns.push({
      key: '__actions', title: '操作',
      render: (_: unknown, row: Row) => (
        <Space size={0} wrap>
          {page.rowActions.filter((a) => offered(a, row, page.statusField)).map((a) => (
            <ActionButton key={a.id} action={a} module={module} record={row} onDone={load} size="small" />
          ))}
        </Space>
      ),
    });
  }

  return (
    <div className="mz-page">
      <Typography.Title level={1} style={{ fontSize: 20 }}>{page.title}</Typography.Title>
      {page.search.length > 0 && (
        <Form form={form} layout="inline" style={{ marginBottom: 16, rowGap: 8 }} role="search" initialValues={fromLink.shown}
          onFinish={(values) => setQuery((q) => ({ ...q, page: 1, search: { ...linked, ...values } }))}>
          {page.search.map((f) => <FieldItem key={f.name} field={f} inline />)}
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">查询</Button>
              <Button onClick={() => { form.setFieldsValue(Object.fromEntries(page.search.map((f) => [f.name, undefined]))); setQuery((q) => ({ ...q, page: 1, search: { ...linked } })); }}>重置</Button>
            </Space>
          </Form.Item>
        </Form>
      )}
      {page.actions.length > 0 && (
        <Space style={{ marginBottom: 12 }}>
          {page.actions.map((a, i) => <ActionButton key={a.id} action={a} module={module} record={query.search} search={query.search} onDone={load} primary={i === 0} />)}
        </Space>
      )}
      {Object.keys(linked).length > 0 && (
        <Alert type="info" showIcon message="此列表只显示链接所指的记录（如待办事项中的逾期、到期）" style={{ marginBottom: 12 }} data-testid="linked-filter"
          action={<Button size="small" onClick={() => { setLinked({}); setQuery((q) => ({ ...q, page: 1, search: Object.fromEntries(Object.entries(q.search).filter(([k]) => !(k in linked))) })); }}>显示全部</Button>} />
      )}
      {error && <Alert type="error" showIcon message="加载失败" description={error} role="alert" style={{ marginBottom: 16 }} action={<Button size="small" onClick={load}>重试</Button>} />}
      <Table<Row>
        rowKey={(row) => String(get(row, page.rowKey))}
        columns={columns}
        dataSource={shown}
        loading={loading}
        locale={{ emptyText: error ? '加载失败' : '暂无数据' }}
        pagination={{
          current: query.page, pageSize: query.pageSize, total, showSizeChanger: true,
          showTotal: (n) => `共 ${n} 条`,
        }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          setQuery((q) => ({
            ...q,
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? q.pageSize,
            sort: s?.order ? String(s.columnKey) : undefined,
            order: s?.order === 'descend' ? 'desc' : s?.order ? 'asc' : undefined,
          }));
        }}
      />
    </div>
  );
}
