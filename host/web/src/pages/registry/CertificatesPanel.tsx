import { useState } from 'react';
import { App, Button, Form, Space, Spin, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api';
import { formatValue } from '../../renderers/fields';
import { LoadError } from '../../renderers/LoadError';
import { useResource } from '../../renderers/useRecord';
import { disabilityCodes, disabilityLabels, personUrl, type Certificate, type PersonDetail } from './model';
import { field, RecordDialog } from './RecordDialog';

// The list is a sensitive read: the server records each one in the audit trail.

const gradeLabel = (grade: number) => `${'一二三四'[grade - 1] ?? grade}级`;

interface CertificateValues extends Record<string, unknown> {
  number?: string; category?: string; grade?: string; issuedOn?: string; validUntil?: string;
}

const certificateFields = [
  field('category', '残疾类别', 'Enum', { required: true, options: Object.entries(disabilityLabels).map(([value, label]) => ({ value, label })) }),
  field('grade', '残疾等级', 'Enum', { required: true, options: [1, 2, 3, 4].map((g) => ({ value: String(g), label: gradeLabel(g) })), help: '一级最重' }),
  field('number', '残疾人证号', 'Text', {
    required: true, maxLength: 20, placeholder: '20 位', help: '持证人身份证号码（18 位）加残疾类别代码和等级代码各 1 位',
  }),
  field('issuedOn', '发证日期', 'Date', { required: true }),
  field('validUntil', '有效期至', 'Date', { required: true }),
];

const revocationFields = [
  field('revokedOn', '注销日期', 'Date', { required: true }),
  field('reason', '注销原因', 'MultilineText', { required: true, maxLength: 200 }),
];

type Editing = { kind: 'add' } | { kind: 'update' | 'revoke'; certificate: Certificate };

/** 残疾人证: the resident's certificates; staff who may change the registry add, correct and revoke them. */
export function CertificatesPanel({ person, canWrite, onChanged }: { person: PersonDetail; canWrite: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const url = `${personUrl(person.id)}/disability-certificates`;
  const { data, error, loading, reload } = useResource<Certificate[]>(url);
  const [editing, setEditing] = useState<Editing | null>(null);
  if (loading && !data) return <Spin tip="正在加载…"><div style={{ height: 80 }} /></Spin>;
  if (error) return <LoadError error={error} retry={reload} />;

  const refresh = () => { setEditing(null); void reload(); onChanged(); };
  const done = (text: string) => () => { message.success(text); refresh(); };
  const body = (v: CertificateValues) => ({ ...v, number: v.number?.trim().toUpperCase(), grade: Number(v.grade) });

  return (
    <>
      {canWrite && person.status === 'Alive' && (
        <Space style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'add' })}>登记残疾人证</Button>
        </Space>
      )}
      <Table<Certificate> rowKey="id" size="small" pagination={false} dataSource={data ?? []} locale={{ emptyText: '暂无残疾人证' }}
        columns={[
          { title: '证号', dataIndex: 'number' },
          { title: '残疾类别', dataIndex: 'category', render: (v: string) => disabilityLabels[v] ?? v },
          { title: '等级', dataIndex: 'grade', render: gradeLabel },
          { title: '发证日期', dataIndex: 'issuedOn', render: (v: string) => formatValue(v, 'Date') },
          { title: '有效期至', dataIndex: 'validUntil', render: (v: string) => formatValue(v, 'Date') },
          {
            title: '状态', key: 'state',
            render: (_, c) => c.revokedOn
              ? <Tag color="red" title={c.revocationReason ?? undefined}>已注销（{formatValue(c.revokedOn, 'Date')}）</Tag>
              : c.validToday ? <Tag color="green">有效</Tag> : <Tag>已过期</Tag>,
          },
          ...(canWrite ? [{
            title: '操作', key: 'actions', width: 130,
            render: (_: unknown, c: Certificate) => c.revokedOn ? null : (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing({ kind: 'update', certificate: c })} aria-label={`修改残疾人证 ${c.number}`}>修改</Button>
                <Button type="link" size="small" danger onClick={() => setEditing({ kind: 'revoke', certificate: c })} aria-label={`注销残疾人证 ${c.number}`}>注销</Button>
              </Space>
            ),
          }] : []),
        ]} />
      {editing?.kind === 'add' && (
        <CertificateDialog person={person} title={`登记残疾人证：${person.name}`} okText="登记"
          submit={(v) => api.post(url, body(v))} onDone={done('已登记残疾人证')} onCancel={() => setEditing(null)} onStale={refresh} />
      )}
      {editing?.kind === 'update' && (
        <CertificateDialog person={person} title={`修改残疾人证：${person.name}`} okText="保存"
          initialValues={{ ...editing.certificate, grade: String(editing.certificate.grade), number: editing.certificate.numberMasked ? undefined : editing.certificate.number }}
          submit={(v) => api.put(`${url}/${editing.certificate.id}`, { ...body(v), version: editing.certificate.version })}
          onDone={done('已保存残疾人证')} onCancel={() => setEditing(null)} onStale={refresh} />
      )}
      {editing?.kind === 'revoke' && (
        <RecordDialog<{ revokedOn?: string; reason?: string }> title={`注销残疾人证：${person.name}`} okText="注销" danger
          warning={`注销后残疾人证 ${editing.certificate.number} 不再有效。`} confirm="注销后不能恢复，如需恢复须重新登记。此操作不可撤销。"
          fields={revocationFields}
          submit={(v) => api.post(`${url}/${editing.certificate.id}/revoke`, { ...v, reason: v.reason?.trim(), version: editing.certificate.version })}
          onDone={done('已注销残疾人证')} onCancel={() => setEditing(null)} onStale={refresh} />
      )}
    </>
  );
}

/** The certificate form: with the holder's full ID number known, choosing category and grade fills the number in. */
function CertificateDialog(props: {
  person: PersonDetail; title: string; okText: string; initialValues?: CertificateValues;
  submit: (values: CertificateValues) => Promise<unknown>; onDone: () => void; onCancel: () => void; onStale: () => void;
}) {
  const { person } = props;
  const [form] = Form.useForm<CertificateValues>();
  return (
    <RecordDialog<CertificateValues> {...props} form={form} fields={certificateFields}
      onValuesChange={(changed, all) => {
        if (person.idNumberMasked || !('category' in changed || 'grade' in changed) || !all.category || !all.grade) return;
        // A number typed for someone else is left for the server to refuse; one of this holder gets the new codes.
        if (all.number && !all.number.toUpperCase().startsWith(person.idNumber)) return;
        form.setFieldValue('number', `${person.idNumber}${disabilityCodes[all.category]}${all.grade}`);
      }} />
  );
}
