import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, DatePicker, Form, Input, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError, download, messageOf } from '../../api';
import { Permissions, useSession } from '../../session';
import { FormSelect, formatValue } from '../../renderers/fields';
import { actionLabel, actionLabels, entityLabel, sourceLabel, type AuditEntry, type AuditPage } from './model';
import { Changes } from './Changes';
import { EntryDetail } from './EntryDetail';
import { VerifyResult, type Verification } from './VerifyResult';

const filters = ['source', 'entity', 'action', 'actor', 'person', 'from', 'to'] as const;
interface FilterValues { source?: string; entity?: string; action?: string; actor?: string; person?: string; range?: [Dayjs | null, Dayjs | null] | null }

/** 审计日志: the district's trail, filtered and paged by the server; export the same selection; verify the chain. */
export function AuditLogPage() {
  const { ui, can } = useSession();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<FilterValues>();
  const [result, setResult] = useState<AuditPage | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [verification, setVerification] = useState<Verification>({ state: 'idle' });
  const query = params.toString();
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 50);
  const selection = new URLSearchParams(filters.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : []))).toString();

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setResult(await api.get<AuditPage>(`/api/platform/audit${query ? `?${query}` : ''}`));
      setError(null);
    } catch (e) {
      if (e instanceof ApiError && e.fieldErrors.from) form.setFields([{ name: 'range', errors: e.fieldErrors.from }]);
      if (e instanceof ApiError && e.fieldErrors.to) form.setFields([{ name: 'range', errors: e.fieldErrors.to }]);
      setError(messageOf(e));
      setResult(null);
    } finally {
      setLoading(false);
    }
  }, [query, form]);

  useEffect(() => { void load(); }, [load]);
  useEffect(() => {
    const from = params.get('from');
    const to = params.get('to');
    form.setFieldsValue({
      source: params.get('source') ?? undefined, entity: params.get('entity') ?? undefined, action: params.get('action') ?? undefined,
      actor: params.get('actor') ?? undefined, person: params.get('person') ?? undefined,
      range: from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : undefined,
    });
  }, [form, params]);

  const search = (values: FilterValues) => {
    const next = new URLSearchParams();
    const put = (key: string, value?: string | null) => { if (value && value.trim()) next.set(key, value.trim()); };
    put('source', values.source); put('entity', values.entity); put('action', values.action);
    put('actor', values.actor); put('person', values.person);
    put('from', values.range?.[0]?.format('YYYY-MM-DD')); put('to', values.range?.[1]?.format('YYYY-MM-DD'));
    if (params.get('pageSize')) next.set('pageSize', params.get('pageSize')!);
    setParams(next);
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      await download('GET', `/api/platform/audit/export.csv${selection ? `?${selection}` : ''}`);
    } catch (e) {
      message.error(`导出失败：${messageOf(e)}`);
    } finally {
      setExporting(false);
    }
  };

  const verify = async () => {
    setVerification({ state: 'running' });
    try {
      setVerification({ state: 'done', result: await api.post('/api/platform/audit/verify') });
    } catch (e) {
      setVerification({ state: 'failed', message: messageOf(e) });
    }
  };

  const sources = ['platform', ...(ui?.modules.map((m) => m.id) ?? [])];
  const columns: TableProps<AuditEntry>['columns'] = [
    { title: '序号', dataIndex: 'sequence', width: 80 },
    { title: '时间', dataIndex: 'at', width: 150, render: (v: string) => formatValue(v, 'DateTime') },
    { title: '来源', dataIndex: 'source', width: 90, render: (v: string) => sourceLabel(v) },
    { title: '操作人', dataIndex: 'actorName', width: 110 },
    { title: '操作', dataIndex: 'action', width: 120, render: (v: string) => <Tag color={v === 'deleted' ? 'red' : v === 'read-sensitive' ? undefined : 'blue'}>{actionLabel(v)}</Tag> },
    { title: '对象', key: 'entity', className: 'mz-entity', render: (_, e) => <>{entityLabel(e.entity)}<br /><span className="mz-key">{e.key}</span></> },
    { title: '涉及居民', dataIndex: 'personKey', render: (v?: string | null) => (v ? <Link to={`/registry/${v}`}>查看居民</Link> : '—') },
    { title: '内容', key: 'changes', render: (_, e) => <Changes entry={e} /> },
  ];

  return (
    <div className="mz-page">
      <Typography.Title level={1} style={{ fontSize: 20 }}>审计日志</Typography.Title>
      <Form form={form} layout="inline" role="search" aria-label="筛选审计日志" style={{ marginBottom: 16, rowGap: 8 }} onFinish={search}>
        <Form.Item label="来源" name="source">
          <FormSelect allowClear placeholder="全部" style={{ width: 120 }} options={sources.map((s) => ({ value: s, label: s === 'platform' ? '平台' : ui?.modules.find((m) => m.id === s)?.title ?? s }))} />
        </Form.Item>
        <Form.Item label="对象类型" name="entity"><Input allowClear style={{ width: 120 }} placeholder="如 Person" /></Form.Item>
        <Form.Item label="操作" name="action">
          <FormSelect allowClear showSearch optionFilterProp="label" placeholder="全部" style={{ width: 150 }}
            options={Object.entries(actionLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label="操作人" name="actor"><Input allowClear style={{ width: 120 }} placeholder="账号或姓名" /></Form.Item>
        <Form.Item label="涉及居民" name="person"><Input allowClear style={{ width: 180 }} placeholder="居民编号" /></Form.Item>
        <Form.Item label="时间" name="range"><DatePicker.RangePicker allowEmpty={[true, true]} placeholder={['开始日期', '结束日期']} /></Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">查询</Button>
            <Button onClick={() => { form.resetFields(); setParams(new URLSearchParams()); }}>重置</Button>
          </Space>
        </Form.Item>
      </Form>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportCsv}>导出 CSV</Button>
        {can(Permissions.auditVerify) && (
          <Button icon={<SafetyCertificateOutlined />} loading={verification.state === 'running'} onClick={verify}>校验链</Button>
        )}
      </Space>
      <VerifyResult verification={verification} onClose={() => setVerification({ state: 'idle' })} />
      {error && (
        <Alert type="error" showIcon message="查询失败" description={error} role="alert" style={{ marginBottom: 16 }}
          action={<Button size="small" onClick={load}>重试</Button>} />
      )}
      <Table<AuditEntry>
        rowKey="sequence" columns={columns} dataSource={result?.items ?? []} loading={loading} size="small"
        locale={{ emptyText: error ? '查询失败' : '没有符合条件的记录' }}
        expandable={{
          expandedRowRender: (e) => <EntryDetail entry={e} />,
        }}
        pagination={{ current: page, pageSize, total: result?.total ?? 0, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (n) => `共 ${n} 条` }}
        onChange={(pagination) => {
          const next = new URLSearchParams(params);
          if (pagination.current && pagination.current > 1) next.set('page', String(pagination.current)); else next.delete('page');
          if (pagination.pageSize && pagination.pageSize !== 50) next.set('pageSize', String(pagination.pageSize)); else next.delete('pageSize');
          setParams(next);
        }}
      />
    </div>
  );
}
