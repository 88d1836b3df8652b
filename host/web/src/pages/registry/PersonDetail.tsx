import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Button, Descriptions, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Permissions, useSession } from '../../session';
import { formatValue } from '../../renderers/fields';
import { LoadError } from '../../renderers/LoadError';
import { useResource } from '../../renderers/useRecord';
import { hukouLabels, personUrl, sexLabels, statusColors, statusLabels, type PersonDetail } from './model';
import { StatusChangeButton } from './StatusChange';
import { HouseholdPanel } from './HouseholdPanel';
import { CertificatesPanel } from './CertificatesPanel';
import { WelfarePanel } from './WelfarePanel';
import { PersonHistory } from './PersonHistory';

/** One resident: details, actions open in their status, household, certificates, welfare (each changed in its tab) and change history. */
export function PersonDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { me, can } = useSession();
  const { data: person, error, loading, reload } = useResource<PersonDetail>(personUrl(id));
  // Every change in a tab is a new entry in 变更记录: counted, so that the history is read again.
  const [changes, setChanges] = useState(0);
  if (loading && !person) return <div className="mz-page"><Spin tip="正在加载…"><div style={{ height: 160 }} /></Spin></div>;
  if (error) return <div className="mz-page"><LoadError error={error} retry={reload} /></div>;
  if (!person) return null;

  const canWrite = can(Permissions.registryWrite);
  const writable = canWrite && person.status === 'Alive';
  const changed = () => { setChanges((n) => n + 1); void reload(); };
  // The audit trail is read at district level only (AuditEndpoints: entries carry no division code).
  const history = can(Permissions.auditRead) && !!me && me.scopeLevel === 'District';

  return (
    <div className="mz-page">
      <Space align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>{person.name}</Typography.Title>
        <Tag color={statusColors[person.status]} data-testid="status">{statusLabels[person.status]}</Tag>
      </Space>
      {writable && (
        <Space wrap style={{ marginBottom: 16 }} aria-label="可执行的操作">
          <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/registry/${person.id}/edit`)}>修改信息</Button>
          <StatusChangeButton person={person} target="deceased" onDone={reload} />
          <StatusChangeButton person={person} target="moved-out" onDone={reload} />
        </Space>
      )}
      <Descriptions title="基本信息" bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 20 }}
        items={[
          { key: 'idNumber', label: '身份证号码', children: <span data-testid="id-number">{person.idNumber}</span> },
          { key: 'sex', label: '性别', children: sexLabels[person.sex] ?? person.sex },
          { key: 'birthDate', label: '出生日期', children: formatValue(person.birthDate, 'Date') },
          { key: 'ethnicity', label: '民族', children: person.ethnicity },
          { key: 'hukouType', label: '户口类型', children: hukouLabels[person.hukouType] ?? person.hukouType },
          { key: 'phone', label: '联系电话', children: person.phone || '—' },
          { key: 'divisionCode', label: '所在村居', children: formatValue(person.divisionCode, 'Division') },
          { key: 'address', label: '住址', children: person.address || '—' },
          { key: 'registeredAt', label: '登记时间', children: formatValue(person.registeredAt, 'DateTime') },
          ...(person.statusDate ? [{ key: 'statusDate', label: person.status === 'Deceased' ? '死亡日期' : '迁出日期', children: formatValue(person.statusDate, 'Date') }] : []),
        ]} />
      <Tabs items={[
        { key: 'household', label: '家庭户', children: <HouseholdPanel person={person} canWrite={canWrite} onChanged={changed} /> },
        { key: 'certificates', label: '残疾人证', children: <CertificatesPanel person={person} canWrite={canWrite} onChanged={changed} /> },
        { key: 'welfare', label: '福利状态', children: <WelfarePanel person={person} canWrite={canWrite} onChanged={changed} /> },
        ...(history ? [{ key: 'history', label: '变更记录', children: <PersonHistory key={changes} personId={person.id} /> }] : []),
      ]} />
    </div>
  );
}
