import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Form, Input, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { api, ApiError, messageOf } from '../../api';
import { Permissions, useSession } from '../../session';
import { DivisionPicker, FormSelect, formatValue } from '../../renderers/fields';
import { hukouLabels, sexLabels, statusColors, statusLabels, type PersonPage, type PersonSummary } from './model';

const sortable = new Set(['name', 'birthDate', 'registeredAt']);
const filters = ['name', 'idNumber', 'division', 'status'] as const;

/** 居民信息: search within the caller's scope, paged and sorted by the server; the query lives in the address. */
export function PersonSearchPage() {
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm();
  const [result, setResult] = useState<PersonPage | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const query = params.toString();
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 20);
  const sort = params.get('sort') ?? undefined;
  const desc = params.get('desc') === 'true';

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setResult(await api.get<PersonPage>(`/api/platform/registry/persons${query ? `?${query}` : ''}`));
      setError(null);
    } catch (e) {
      // A filter the server refuses (an ID number with a wrong check digit, say) is shown on its field.
      if (e instanceof ApiError) {
        form.setFields(Object.entries(e.fieldErrors).filter(([name]) => (filters as readonly string[]).includes(name)).map(([name, errors]) => ({ name, errors })));
      }
      setError(messageOf(e));
      setResult(null);
    } finally {
      setLoading(false);
    }
  }, [query, form]);

  useEffect(() => { void load(); }, [load]);
  useEffect(() => {
    form.setFieldsValue(Object.fromEntries(filters.map((f) => [f, params.get(f) ?? undefined])));
  }, [form, params]);

  const change = (next: Record<string, string | number | boolean | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined || value === '' || value === null) merged.delete(key);
      else merged.set(key, String(value));
    }
    setParams(merged);
  };

  const columns: TableProps<PersonSummary>['columns'] = [
    { key: 'name', title: '姓名', sorter: true, sortOrder: sort === 'name' ? (desc ? 'descend' : 'ascend') : null,
      render: (_, p) => <Link to={`/registry/${p.id}`}>{p.name}</Link> },
    { key: 'idNumber', title: '身份证号码', dataIndex: 'idNumber', render: (v: string) => <span className="mz-mono">{v}</span> },
    { key: 'sex', title: '性别', dataIndex: 'sex', render: (v: PersonSummary['sex']) => sexLabels[v] ?? v },
    { key: 'birthDate', title: '出生日期', dataIndex: 'birthDate', sorter: true,
      sortOrder: sort === 'birthDate' ? (desc ? 'descend' : 'ascend') : null, render: (v: string) => formatValue(v, 'Date') },
    { key: 'hukouType', title: '户口类型', dataIndex: 'hukouType', render: (v: PersonSummary['hukouType']) => hukouLabels[v] ?? v },
    { key: 'divisionCode', title: '所在村居', dataIndex: 'divisionCode', render: (v: string) => formatValue(v, 'Division') },
    { key: 'status', title: '状态', dataIndex: 'status',
      render: (v: PersonSummary['status']) => <Tag color={statusColors[v]}>{statusLabels[v] ?? v}</Tag> },
  ];

  return (
    <div className="mz-page">
      <Typography.Title level={1} style={{ fontSize: 20 }}>居民信息</Typography.Title>
      <Form form={form} layout="inline" role="search" aria-label="查询居民" style={{ marginBottom: 16, rowGap: 8 }}
        onFinish={(values: Record<string, string | undefined>) => change({ ...values, idNumber: values.idNumber?.trim().toUpperCase(), page: undefined })}>
        <Form.Item label="姓名" name="name"><Input allowClear style={{ width: 140 }} /></Form.Item>
        <Form.Item label="身份证号码" name="idNumber"><Input allowClear maxLength={18} style={{ width: 200 }} placeholder="完整的 18 位或 15 位号码" /></Form.Item>
        <Form.Item label="镇街/村居" name="division"><DivisionPicker level="Village" anyLevel /></Form.Item>
        <Form.Item label="状态" name="status">
          <FormSelect allowClear placeholder="全部" style={{ width: 100 }}
            options={Object.entries(statusLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">查询</Button>
            <Button onClick={() => { form.resetFields(); setParams(new URLSearchParams()); }}>重置</Button>
          </Space>
        </Form.Item>
      </Form>
      <Space style={{ marginBottom: 12 }}>
        {can(Permissions.registryWrite) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/registry/new')}>登记居民</Button>
        )}
        {can(Permissions.registryImport) && (
          <Button icon={<UploadOutlined />} onClick={() => navigate('/registry/imports')}>批量导入</Button>
        )}
      </Space>
      {error && (
        <Alert type="error" showIcon message="查询失败" description={error} role="alert" style={{ marginBottom: 16 }}
          action={<Button size="small" onClick={load}>重试</Button>} />
      )}
      <Table<PersonSummary>
        rowKey="id" columns={columns} dataSource={result?.items ?? []} loading={loading}
        locale={{ emptyText: error ? '查询失败' : query ? '没有符合条件的居民' : '暂无居民' }}
        pagination={{ current: page, pageSize, total: result?.total ?? 0, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], showTotal: (n) => `共 ${n} 人` }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = s?.order && sortable.has(String(s.columnKey)) ? String(s.columnKey) : undefined;
          change({
            page: pagination.current && pagination.current > 1 ? pagination.current : undefined,
            pageSize: pagination.pageSize && pagination.pageSize !== 20 ? pagination.pageSize : undefined,
            sort: key, desc: key && s?.order === 'descend' ? true : undefined,
          });
        }}
      />
    </div>
  );
}
