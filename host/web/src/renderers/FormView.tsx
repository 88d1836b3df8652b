import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Form, Space, Spin, Typography } from 'antd';
import { ApiError, messageOf, request } from '../api';
import type { FormPage, UiModule } from '../types';
import { bodyOf, FieldItem, initialValuesOf } from './fields';
import { routeOf, urlOf } from './actions';
import { useResource } from './useRecord';
import { LoadError } from './LoadError';

/** A described form: client rules first, then the server's field errors on their fields. */
export function FormView({ module, page, recordId }: { module: UiModule; page: FormPage; recordId?: string }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const loadUrl = page.load && recordId ? urlOf(module, page.load.path, {}, recordId) : null;
  const existing = useResource<Record<string, unknown>>(loadUrl);

  if (loadUrl && existing.loading && !existing.data) return <div className="mz-page"><Spin tip="正在加载…"><div style={{ height: 120 }} /></Spin></div>;
  if (loadUrl && existing.error) return <div className="mz-page"><LoadError error={existing.error} retry={existing.reload} /></div>;

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await request<Record<string, unknown> | undefined>(page.submit.method, urlOf(module, page.submit.path, values, recordId), bodyOf(page.fields, values));
      message.success('已保存');
      if (page.afterSubmit) navigate(routeOf(module, page.afterSubmit, result ?? {}, recordId), { replace: true });
      else navigate(-1);
    } catch (e) {
      const known = new Set(page.fields.map((f) => f.name));
      if (e instanceof ApiError && Object.keys(e.fieldErrors).length) {
        const errors = Object.entries(e.fieldErrors);
        form.setFields(errors.filter(([name]) => known.has(name)).map(([name, messages]) => ({ name, errors: messages })));
        const others = errors.filter(([name]) => !known.has(name)).flatMap(([, messages]) => messages);
        setProblem(others.length ? others.join('；') : e.problem.detail ?? '请根据各字段的提示修改后重试。');
      } else {
        setProblem(messageOf(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mz-page" style={{ maxWidth: 720 }}>
      <Typography.Title level={1} style={{ fontSize: 20 }}>{page.title}</Typography.Title>
      {problem && <Alert type="error" showIcon message="未能保存" description={problem} role="alert" style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={existing.data ?? initialValuesOf(page.fields)}
        scrollToFirstError>
        {page.fields.map((f) => <FieldItem key={f.name} field={f} />)}
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>{page.submitText}</Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Space>
      </Form>
    </div>
  );
}
