import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Form, Modal } from 'antd';
import { ApiError, download, messageOf, request } from '../api';
import type { UiAction, UiModule } from '../types';
import { ActionRecord, bodyOf, FieldItem, fill, get, initialValuesOf } from './fields';

/** The shell route of a module page: "visit/{id}" filled from the record. */
export function routeOf(module: UiModule, target: string, record: unknown, recordId?: string): string {
  return `/m/${module.id}/${fill(target, record, true, recordId)}`;
}

export function urlOf(module: UiModule, path: string, record: unknown, recordId?: string): string {
  return `${module.apiBase}/${fill(path, record, true, recordId)}`;
}

/** Search values as a query string ("?by=town&from=…"), the empty ones left out; "" when none. */
export function queryOf(values: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** Whether an action is offered for a record in its current state. */
export function offered(action: UiAction, record: unknown, statusField?: string | null): boolean {
  if (!action.allowedStates.length || !statusField) return true;
  return action.allowedStates.includes(String(get(record, statusField)));
}

interface Props {
  action: UiAction; module: UiModule; record: unknown; recordId?: string; onDone: () => void; size?: 'small' | 'middle'; primary?: boolean;
  /** A list's current search: a GET download above the list is sent with it, so the file holds what staff filtered. */
  search?: Record<string, unknown>;
}

/**
 * One described action: opens a page, or calls the module's endpoint — after asking for its input,
 * and after a confirmation when the action cannot be undone.
 */
export function ActionButton({ action, module, record, recordId, onDone, size, primary, search }: Props) {
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm();

  const call = async (values?: Record<string, unknown>) => {
    const endpoint = action.endpoint!;
    const url = urlOf(module, endpoint.path, record, recordId) + (action.download && endpoint.method === 'GET' && search ? queryOf(search) : '');
    const body = action.fields.length ? bodyOf(action.fields, values ?? {}) : endpoint.method === 'GET' || endpoint.method === 'DELETE' ? undefined : {};
    if (action.download) {
      await download(endpoint.method, url, body);
    } else {
      await request(endpoint.method, url, body);
      message.success(`${action.title}成功`);
    }
    onDone();
  };

  const run = async () => {
    if (action.openPage) {
      navigate(routeOf(module, action.openPage, record, recordId));
      return;
    }
    if (action.fields.length) {
      setProblem(null);
      setAsking(true);
      return;
    }
    if (action.confirm) {
      modal.confirm({
        title: `${action.title}？`, content: action.confirm, okText: '确定', cancelText: '取消',
        okButtonProps: { danger: action.danger },
        onOk: async () => {
          try { await call(); } catch (e) { modal.error({ title: `${action.title}失败`, content: messageOf(e), okText: '知道了' }); }
        },
      });
      return;
    }
    setBusy(true);
    try { await call(); } catch (e) { modal.error({ title: `${action.title}失败`, content: messageOf(e), okText: '知道了' }); } finally { setBusy(false); }
  };

  const submitFields = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      await call(values);
      setAsking(false);
      form.resetFields();
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fieldErrors).length) {
        form.setFields(Object.entries(e.fieldErrors).map(([name, errors]) => ({ name, errors })));
      } else {
        setProblem(messageOf(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size={size} type={primary ? 'primary' : size === 'small' ? 'link' : 'default'} danger={action.danger} loading={busy && !asking} onClick={run}>
        {action.title}
      </Button>
      {action.fields.length > 0 && (
        <Modal title={action.title} open={asking} onOk={submitFields} onCancel={() => setAsking(false)} okText="确定" cancelText="取消"
          okButtonProps={{ danger: action.danger }} confirmLoading={busy} destroyOnClose>
          {action.confirm && <Alert type="warning" showIcon message={action.confirm} style={{ marginBottom: 16 }} />}
          {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 16 }} />}
          <Form form={form} layout="vertical" initialValues={initialValuesOf(action.fields)}>
            <ActionRecord.Provider value={{ record, recordId }}>
              {action.fields.map((f) => <FieldItem key={f.name} field={f} />)}
            </ActionRecord.Provider>
          </Form>
        </Modal>
      )}
    </>
  );
}
