import { useState } from 'react';
import { Empty, Space, Spin, Switch, Timeline, Typography } from 'antd';
import { formatValue } from '../../renderers/fields';
import { LoadError } from '../../renderers/LoadError';
import { useResource } from '../../renderers/useRecord';
import { actionLabel, entityLabel, type AuditPage } from '../audit/model';
import { Changes } from '../audit/Changes';

/** 变更记录: the audit entries whose person is this resident (PersonKey = the resident's id), newest first. */
export function PersonHistory({ personId }: { personId: string }) {
  const [reads, setReads] = useState(false);
  const { data, error, loading, reload } = useResource<AuditPage>(`/api/platform/audit?person=${encodeURIComponent(personId)}&pageSize=200`);
  if (loading && !data) return <Spin tip="正在加载…"><div style={{ height: 80 }} /></Spin>;
  if (error) return <LoadError error={error} retry={reload} />;
  const entries = (data?.items ?? []).filter((e) => reads || e.action !== 'read-sensitive');
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Switch id="history-reads" checked={reads} onChange={setReads} />
        <label htmlFor="history-reads">包括查阅敏感信息的记录</label>
      </Space>
      {entries.length === 0 ? <Empty description="暂无变更记录" /> : (
        <Timeline data-testid="history" items={entries.map((e) => ({
          key: e.sequence,
          color: e.action === 'read-sensitive' ? 'gray' : 'blue',
          children: (
            <>
              <div><strong>{actionLabel(e.action)}{entityLabel(e.entity)}</strong>　{e.actorName}</div>
              <Typography.Text type="secondary">{formatValue(e.at, 'DateTime')}　第 {e.sequence} 条</Typography.Text>
              <Changes entry={e} />
            </>
          ),
        }))} />
      )}
      {data && data.total > data.items.length && <Typography.Paragraph>仅显示最近 {data.items.length} 条，完整记录请到审计日志查询。</Typography.Paragraph>}
    </>
  );
}
