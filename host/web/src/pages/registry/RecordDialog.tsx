import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Form, Modal, type FormInstance } from 'antd';
import { formProblem, type FormProblem } from '../../formProblem';
import { FieldItem } from '../../renderers/fields';
import type { FieldType, FormField } from '../../types';

/** A field of a dialog, described as modules describe theirs, so that the generic renderer draws it. */
export function field(name: string, label: string, type: FieldType, more: Partial<FormField> = {}): FormField {
  return { name, label, type, required: false, options: [], divisionLevel: 'Village', ...more };
}

type Values = Record<string, unknown>;

interface Props<T extends Values> {
  title: string;
  okText: string;
  danger?: boolean;
  /** Said at the top of the dialog: what the action does. */
  warning?: string;
  /** Asked once more before sending: the action cannot be undone. */
  confirm?: string;
  fields: FormField[];
  /** Inputs the described fields cannot express (a resident picker), drawn before them. */
  custom?: { name: string; item: ReactNode }[];
  initialValues?: Partial<T>;
  form?: FormInstance<T>;
  onValuesChange?: (changed: Partial<T>, all: T) => void;
  /** Sends the values; an ApiError's field errors land on their fields. */
  submit: (values: T) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
  /** Someone else changed the record meanwhile: read it again (the dialog closes). */
  onStale: () => void;
}

/**
 * One change to a resident's records in a dialog: the server's field errors on their fields, a stale
 * version as 已被他人修改 with 刷新, and a confirmation before what cannot be undone.
 */
export function RecordDialog<T extends Values>(props: Props<T>) {
  const { modal } = App.useApp();
  const [own] = Form.useForm<T>();
  const form = props.form ?? own;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const known = new Set([...(props.custom ?? []).map((c) => c.name), ...props.fields.map((f) => f.name)]);

  const send = async (values: T) => {
    setBusy(true);
    setProblem(null);
    try {
      await props.submit(values);
      props.onDone();
    } catch (e) {
      setProblem(formProblem(form, e, known));
    } finally {
      setBusy(false);
    }
  };

  const ok = async () => {
    // A rule broken in the browser is shown on its field already.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (!props.confirm) {
      await send(values);
      return;
    }
    modal.confirm({
      title: `确认${props.okText}？`, content: props.confirm, okText: `确认${props.okText}`, cancelText: '取消',
      okButtonProps: { danger: true }, onOk: () => send(values),
    });
  };

  return (
    <Modal open title={props.title} onOk={ok} onCancel={props.onCancel} okText={props.okText} cancelText="取消"
      okButtonProps={{ danger: props.danger }} confirmLoading={busy}>
      {props.warning && <Alert type="warning" showIcon message={props.warning} style={{ marginBottom: 16 }} />}
      {problem && (
        <Alert type="error" showIcon role="alert" message={problem.title} description={problem.text} style={{ marginBottom: 16 }}
          action={problem.stale ? <Button size="small" onClick={props.onStale}>刷新</Button> : undefined} />
      )}
      <Form<T> form={form} layout="vertical" initialValues={props.initialValues} onValuesChange={props.onValuesChange}>
        {props.custom?.map((c) => <div key={c.name}>{c.item}</div>)}
        {props.fields.map((f) => <FieldItem key={f.name} field={f} />)}
      </Form>
    </Modal>
  );
}
