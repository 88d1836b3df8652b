import { Table, Tag } from 'antd';
import { shown } from './Changes';
import { fieldsOf, type AuditEntry } from './model';

/**
 * One entry in full, as staff read it: every field of the record before and after, in words, the
 * changed ones marked; then the stored record itself (what the hash covers) for whoever checks it.
 */
export function EntryDetail({ entry }: { entry: AuditEntry }) {
  const fields = fieldsOf(entry);
  const both = entry.before != null && entry.after != null;
  return (
    <div data-testid="audit-entry-detail">
      {fields.length > 0 && (
        <Table size="small" pagination={false} rowKey="name" dataSource={fields} style={{ marginBottom: 12 }}
          columns={[
            { title: '字段', dataIndex: 'field', width: 160, render: (v: string, f) => <>{v}{f.changed && <> <Tag color="blue">已修改</Tag></>}</> },
            ...(entry.before != null ? [{ title: both ? '变更前' : '内容', key: 'before', render: (_: unknown, f: typeof fields[number]) => shown(f.name, f.before!) }] : []),
            ...(entry.after != null ? [{ title: both ? '变更后' : '内容', key: 'after', render: (_: unknown, f: typeof fields[number]) => shown(f.name, f.after!) }] : []),
          ]} />
      )}
      <dl className="mz-raw">
        <dt>操作人账号</dt><dd>{entry.actorId}</dd>
        <dt>哈希</dt><dd><code>{entry.hash}</code></dd>
      </dl>
      <details style={{ marginTop: 8 }}>
        <summary>原始记录（JSON，哈希据此计算）</summary>
        <dl className="mz-raw">
          <dt>变更前</dt><dd><code>{entry.before ?? '—'}</code></dd>
          <dt>变更后</dt><dd><code>{entry.after ?? '—'}</code></dd>
        </dl>
      </details>
    </div>
  );
}
