import { Spin, Table, Tag } from 'antd';
import { formatValue } from '../../renderers/fields';
import { LoadError } from '../../renderers/LoadError';
import { useResource } from '../../renderers/useRecord';
import { disabilityLabels, personUrl, welfareLabels, type Certificate, type WelfareStatus } from './model';

// Both lists are sensitive reads: the server records each one in the audit trail.

export function CertificatesPanel({ personId }: { personId: string }) {
  const { data, error, loading, reload } = useResource<Certificate[]>(`${personUrl(personId)}/disability-certificates`);
  if (loading && !data) return <Spin tip="正在加载…"><div style={{ height: 80 }} /></Spin>;
  if (error) return <LoadError error={error} retry={reload} />;
  return (
    <Table<Certificate> rowKey="id" size="small" pagination={false} dataSource={data ?? []} locale={{ emptyText: '暂无残疾人证' }}
      columns={[
        { title: '证号', dataIndex: 'number' },
        { title: '残疾类别', dataIndex: 'category', render: (v: string) => disabilityLabels[v] ?? v },
        { title: '等级', dataIndex: 'grade', render: (v: number) => `${'一二三四'[v - 1] ?? v}级` },
        { title: '发证日期', dataIndex: 'issuedOn', render: (v: string) => formatValue(v, 'Date') },
        { title: '有效期至', dataIndex: 'validUntil', render: (v: string) => formatValue(v, 'Date') },
        {
          title: '状态', key: 'state',
          render: (_, c) => c.revokedOn
            ? <Tag color="red" title={c.revocationReason ?? undefined}>已注销（{formatValue(c.revokedOn, 'Date')}）</Tag>
            : c.validToday ? <Tag color="green">有效</Tag> : <Tag>已过期</Tag>,
        },
      ]} />
  );
}

export function WelfarePanel({ personId }: { personId: string }) {
  const { data, error, loading, reload } = useResource<WelfareStatus[]>(`${personUrl(personId)}/welfare-statuses`);
  if (loading && !data) return <Spin tip="正在加载…"><div style={{ height: 80 }} /></Spin>;
  if (error) return <LoadError error={error} retry={reload} />;
  return (
    <Table<WelfareStatus> rowKey="id" size="small" pagination={false} dataSource={data ?? []} locale={{ emptyText: '暂无福利状态' }}
      columns={[
        { title: '类别', dataIndex: 'kind', render: (v: string) => welfareLabels[v] ?? v },
        { title: '起始日期', dataIndex: 'startsOn', render: (v: string) => formatValue(v, 'Date') },
        { title: '终止日期', dataIndex: 'endsOn', render: (v?: string | null) => (v ? formatValue(v, 'Date') : '至今') },
        { title: '当前', dataIndex: 'holdsToday', render: (v: boolean) => (v ? <Tag color="green">享受中</Tag> : <Tag>已结束</Tag>) },
      ]} />
  );
}
