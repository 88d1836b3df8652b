import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Form, Input, Radio, Space, Spin, Typography, type RadioGroupProps } from 'antd';
import { api } from '../../api';
import { formProblem, type FormProblem } from '../../formProblem';
import { FieldItem, FormSelect, DivisionPicker } from '../../renderers/fields';
import { LoadError } from '../../renderers/LoadError';
import { useResource } from '../../renderers/useRecord';
import type { FormField } from '../../types';
import { ethnicGroups, hukouLabels, personUrl, type PersonDetail, type PersonInput } from './model';

const idNumberField: FormField = {
  name: 'idNumber', label: '身份证号码', type: 'IdNumber', required: true, options: [], divisionLevel: 'Village',
  help: '性别和出生日期从身份证号码读取',
};
const known = new Set(['idNumber', 'name', 'ethnicity', 'phone', 'hukouType', 'divisionCode', 'address']);

/** 登记居民 (no id) or 修改居民信息 (with the version it was read at: a stale one is refused). */
export function PersonFormPage() {
  const { id } = useParams();
  const existing = useResource<PersonDetail>(id ? personUrl(id) : null);
  if (id && existing.loading && !existing.data) return <div className="mz-page"><Spin tip="正在加载…"><div style={{ height: 160 }} /></Spin></div>;
  if (id && existing.error) return <div className="mz-page"><LoadError error={existing.error} retry={existing.reload} /></div>;
  // Keyed by version: after 刷新 the form starts again from what is stored now.
  const person = id ? existing.data ?? undefined : undefined;
  return <PersonForm key={person ? `${person.id}:${person.version}` : 'new'} person={person} reload={existing.reload} />;
}

/** Like FormSelect: antd's radio group is a plain element, where ARIA does not allow the aria-required Form.Item adds. */
function FormRadios(props: RadioGroupProps & { 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  return <Radio.Group {...rest} />;
}

function PersonForm({ person, reload }: { person?: PersonDetail; reload: () => Promise<void> }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonInput>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const editing = !!person;

  const submit = async (values: PersonInput) => {
    setBusy(true);
    setProblem(null);
    try {
      const saved = editing
        ? await api.put<PersonDetail>(personUrl(person.id), { ...values, version: person.version })
        : await api.post<PersonDetail>('/api/platform/registry/persons', values);
      message.success(editing ? '已保存修改' : `已登记居民“${saved.name}”`);
      navigate(`/registry/${saved.id}`, { replace: true });
    } catch (e) {
      setProblem(formProblem(form, e, known));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mz-page" style={{ maxWidth: 720 }}>
      <Typography.Title level={1} style={{ fontSize: 20 }}>{editing ? `修改居民信息：${person.name}` : '登记居民'}</Typography.Title>
      {problem && (
        <Alert type="error" showIcon message={problem.title} description={problem.text} role="alert" style={{ marginBottom: 16 }}
          action={problem.stale ? <Button size="small" onClick={() => { setProblem(null); void reload(); }}>刷新</Button> : undefined} />
      )}
      <Form<PersonInput> form={form} layout="vertical" onFinish={submit} scrollToFirstError
        initialValues={person
          ? { name: person.name, ethnicity: person.ethnicity, phone: person.phone ?? undefined, hukouType: person.hukouType, divisionCode: person.divisionCode, address: person.address ?? undefined }
          : { ethnicity: '汉族' }}>
        {editing
          ? <Form.Item label="身份证号码" htmlFor="person-id-number" extra="身份证号码不能修改"><Input id="person-id-number" value={person.idNumber} disabled /></Form.Item>
          : <FieldItem field={idNumberField} />}
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 50, message: '姓名不能超过50个字' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="民族" name="ethnicity" rules={[{ required: true, message: '请选择民族' }]}>
          <FormSelect showSearch options={ethnicGroups.map((g) => ({ value: g, label: g }))} />
        </Form.Item>
        <Form.Item label="联系电话" name="phone" extra="手机号 11 位；座机请写区号，如 023-48281234">
          <Input autoComplete="off" inputMode="tel" />
        </Form.Item>
        <Form.Item label="户口类型" name="hukouType" rules={[{ required: true, message: '请选择户口类型' }]}>
          <FormRadios options={Object.entries(hukouLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label="所在村居" name="divisionCode" rules={[{ required: true, message: '请选择所在村居' }]}>
          <DivisionPicker level="Village" />
        </Form.Item>
        <Form.Item label="住址" name="address" rules={[{ max: 200, message: '住址不能超过200个字' }]}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>{editing ? '保存修改' : '登记'}</Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Space>
      </Form>
    </div>
  );
}
