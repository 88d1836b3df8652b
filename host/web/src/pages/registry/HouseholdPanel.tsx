import { Link } from 'react-router-dom';
import { Descriptions, Empty, Spin, Table, Tag, Typography } from 'antd';
import { formatValue } from '../../renderers/fields';
import { LoadError } from '../../renderers/LoadError';
import { useResource } from '../../renderers/useRecord';
import { relationLabels, statusColors, statusLabels, type Household, type HouseholdMember, type PersonDetail } from './model';

/** The resident's household (户) and the members the caller may see. */
export function HouseholdPanel({ person }: { person: PersonDetail }) {
  const householdId = person.household?.householdId;
  const { data, error, loading, reload } = useResource<Household>(householdId ? `/api/platform/registry/households/${householdId}` : null);
  if (!householdId) return <Empty description="该居民尚未编入家庭户" />;
  if (loading && !data) return <Spin tip="正在加载…"><div style={{ height: 80 }} /></Spin>;
  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return null;
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 3 }} style={{ marginBottom: 12 }} items={[
        { key: 'relation', label: '与户主关系', children: relationLabels[person.household!.relation] ?? person.household!.relation },
        { key: 'division', label: '户籍所在村居', children: formatValue(data.divisionCode, 'Division') },
        { key: 'created', label: '立户时间', children: formatValue(data.createdAt, 'DateTime') },
      ]} />
      <Table<HouseholdMember> rowKey="personId" size="small" pagination={false} dataSource={data.members} locale={{ emptyText: '暂无成员' }}
        columns={[
          { title: '姓名', key: 'name', render: (_, m) => m.personId === person.id ? <strong>{m.name}（本人）</strong> : <Link to={`/registry/${m.personId}`}>{m.name}</Link> },
          { title: '与户主关系', dataIndex: 'relation', render: (v: string) => relationLabels[v] ?? v },
          { title: '身份证号码', dataIndex: 'idNumber' },
          { title: '状态', dataIndex: 'status', render: (v: HouseholdMember['status']) => <Tag color={statusColors[v]}>{statusLabels[v] ?? v}</Tag> },
        ]} />
      {data.membersOutsideScope > 0 && (
        <Typography.Paragraph style={{ marginTop: 8 }}>另有 {data.membersOutsideScope} 名成员不在您的管辖范围内，未显示。</Typography.Paragraph>
      )}
    </>
  );
}
