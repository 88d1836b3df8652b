import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Descriptions, Empty, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, messageOf } from '../../api';
import { formatValue } from '../../renderers/fields';
import { LoadError } from '../../renderers/LoadError';
import { useResource } from '../../renderers/useRecord';
import { relationLabels, statusColors, statusLabels, type Household, type HouseholdMember, type PersonDetail } from './model';
import { HouseholdMemberDialog, type MemberDialogKind } from './HouseholdMemberDialog';

const households = '/api/platform/registry/households';

/**
 * The resident's household (户) and the members the caller may see. Staff who may change the registry
 * found a household with the resident as head, join another, add and remove members, or dissolve a
 * household left with its head alone. onChanged reads the resident again.
 */
export function HouseholdPanel({ person, canWrite, onChanged }: { person: PersonDetail; canWrite: boolean; onChanged: () => void }) {
  const { message, modal } = App.useApp();
  const householdId = person.household?.householdId;
  const { data, error, loading, reload } = useResource<Household>(householdId ? `${households}/${householdId}` : null);
  const [dialog, setDialog] = useState<MemberDialogKind | null>(null);
  const [busy, setBusy] = useState(false);
  const alive = person.status === 'Alive';

  const changed = () => { void reload(); onChanged(); };
  /** A change without a form: its refusal is said in a dialog. */
  const act = async (what: string, call: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await call();
      message.success(done);
      changed();
    } catch (e) {
      modal.error({ title: `未能${what}`, content: messageOf(e), okText: '知道了' });
    } finally {
      setBusy(false);
    }
  };
  const dialogs = dialog && (
    <HouseholdMemberDialog kind={dialog} person={person} householdId={householdId}
      onDone={(text) => { setDialog(null); message.success(text); changed(); }} onCancel={() => setDialog(null)} />
  );

  if (!householdId) {
    return (
      <>
        <Empty description="该居民尚未编入家庭户">
          {canWrite && alive && (
            <Space>
              <Button type="primary" loading={busy} onClick={() => act('立户', () => api.post(households, { headId: person.id }), '已立户，本人为户主')}>
                立户（本人为户主）
              </Button>
              <Button onClick={() => setDialog('join')}>加入家庭户</Button>
            </Space>
          )}
        </Empty>
        {dialogs}
      </>
    );
  }
  if (loading && !data) return <Spin tip="正在加载…"><div style={{ height: 80 }} /></Spin>;
  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return null;
  const onlyHead = data.members.length === 1 && data.membersOutsideScope === 0;

  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 3 }} style={{ marginBottom: 12 }} items={[
        { key: 'relation', label: '与户主关系', children: relationLabels[person.household!.relation] ?? person.household!.relation },
        { key: 'division', label: '户籍所在村居', children: formatValue(data.divisionCode, 'Division') },
        { key: 'created', label: '立户时间', children: formatValue(data.createdAt, 'DateTime') },
      ]} />
      {canWrite && (
        <Space style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setDialog('add')}>添加成员</Button>
          {onlyHead && (
            <Popconfirm title="撤销该户？" description="户中只剩户主，撤销后该居民不再属于任何家庭户。" okText="撤销" cancelText="取消"
              okButtonProps={{ danger: true }} onConfirm={() => act('撤销该户', () => api.del(`${households}/${data.id}`), '已撤销该户')}>
              <Button danger loading={busy}>撤销该户</Button>
            </Popconfirm>
          )}
        </Space>
      )}
      <Table<HouseholdMember> rowKey="personId" size="small" pagination={false} dataSource={data.members} locale={{ emptyText: '暂无成员' }}
        columns={[
          { title: '姓名', key: 'name', render: (_, m) => m.personId === person.id ? <strong>{m.name}（本人）</strong> : <Link to={`/registry/${m.personId}`}>{m.name}</Link> },
          { title: '与户主关系', dataIndex: 'relation', render: (v: string) => relationLabels[v] ?? v },
          { title: '身份证号码', dataIndex: 'idNumber' },
          { title: '状态', dataIndex: 'status', render: (v: HouseholdMember['status']) => <Tag color={statusColors[v]}>{statusLabels[v] ?? v}</Tag> },
          ...(canWrite ? [{
            title: '操作', key: 'actions', width: 90,
            render: (_: unknown, m: HouseholdMember) => m.relation === 'Head' ? null : (
              <Popconfirm title={`将${m.name}移出本户？`} okText="移出" cancelText="取消" okButtonProps={{ danger: true }}
                onConfirm={() => act('移出', () => api.del(`${households}/${data.id}/members/${m.personId}`), `已将${m.name}移出本户`)}>
                <Button type="link" size="small" danger aria-label={`将${m.name}移出本户`}>移出</Button>
              </Popconfirm>
            ),
          }] : []),
        ]} />
      {data.membersOutsideScope > 0 && (
        <Typography.Paragraph style={{ marginTop: 8 }}>另有 {data.membersOutsideScope} 名成员不在您的管辖范围内，未显示。</Typography.Paragraph>
      )}
      {dialogs}
    </>
  );
}
