import { useState } from 'react';
import { App, Button, Space, Spin, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api';
import { formatValue } from '../../renderers/fields';
import { LoadError } from '../../renderers/LoadError';
import { useResource } from '../../renderers/useRecord';
import { personUrl, welfareLabels, type PersonDetail, type WelfareStatus } from './model';
import { field, RecordDialog } from './RecordDialog';

// The list is a sensitive read: the server records each one in the audit trail.

const newStatusFields = [
  field('kind', '救助类型', 'Enum', { required: true, options: Object.entries(welfareLabels).map(([value, label]) => ({ value, label })) }),
  field('startsOn', '开始日期', 'Date', { required: true }),
  field('endsOn', '结束日期', 'Date', { help: '仍在享受的不填' }),
];
const endFields = [field('endsOn', '结束日期', 'Date', { required: true })];

/**
 * 福利状态: the resident's welfare statuses; staff who may change the registry record one or end one.
 * Each change moves the resident's version on: onChanged reads the resident again.
 */
export function WelfarePanel({ person, canWrite, onChanged }: { person: PersonDetail; canWrite: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const url = `${personUrl(person.id)}/welfare-statuses`;
  const { data, error, loading, reload } = useResource<WelfareStatus[]>(url);
  const [editing, setEditing] = useState<'add' | WelfareStatus | null>(null);
  if (loading && !data) return <Spin tip="正在加载…"><div style={{ height: 80 }} /></Spin>;
  if (error) return <LoadError error={error} retry={reload} />;

  const refresh = () => { setEditing(null); void reload(); onChanged(); };
  const done = (text: string) => () => { message.success(text); refresh(); };

  return (
    <>
      {canWrite && person.status === 'Alive' && (
        <Space style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing('add')}>登记福利状态</Button>
        </Space>
      )}
      <Table<WelfareStatus> rowKey="id" size="small" pagination={false} dataSource={data ?? []} locale={{ emptyText: '暂无福利状态' }}
        columns={[
          { title: '类别', dataIndex: 'kind', render: (v: string) => welfareLabels[v] ?? v },
          { title: '起始日期', dataIndex: 'startsOn', render: (v: string) => formatValue(v, 'Date') },
          { title: '终止日期', dataIndex: 'endsOn', render: (v?: string | null) => (v ? formatValue(v, 'Date') : '至今') },
          { title: '当前', dataIndex: 'holdsToday', render: (v: boolean) => (v ? <Tag color="green">享受中</Tag> : <Tag>已结束</Tag>) },
          ...(canWrite ? [{
            title: '操作', key: 'actions', width: 90,
            render: (_: unknown, w: WelfareStatus) => w.endsOn ? null : (
              <Button type="link" size="small" danger onClick={() => setEditing(w)} aria-label={`终止${welfareLabels[w.kind] ?? w.kind}`}>终止</Button>
            ),
          }] : []),
        ]} />
      {editing === 'add' && (
        <RecordDialog<{ kind?: string; startsOn?: string; endsOn?: string }> title={`登记福利状态：${person.name}`} okText="登记"
          fields={newStatusFields} submit={(v) => api.post(url, v)}
          onDone={done('已登记福利状态')} onCancel={() => setEditing(null)} onStale={refresh} />
      )}
      {editing && editing !== 'add' && (
        <RecordDialog<{ endsOn?: string }> title={`终止${welfareLabels[editing.kind] ?? editing.kind}：${person.name}`} okText="终止" danger
          warning={`自 ${formatValue(editing.startsOn, 'Date')} 起享受的${welfareLabels[editing.kind] ?? editing.kind}将于结束日期终止。`}
          confirm="终止后不能恢复，如需继续享受须重新登记。此操作不可撤销。"
          fields={endFields} submit={(v) => api.post(`${url}/${editing.id}/end`, v)}
          onDone={done('已终止福利状态')} onCancel={() => setEditing(null)} onStale={refresh} />
      )}
    </>
  );
}
