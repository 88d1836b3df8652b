import { useState } from 'react';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api';
import { formProblem, type FormProblem } from '../../formProblem';
import { planUrl, type PlanEntry, type PlanRow } from './model';

interface Values { value?: number | null; valueAsOf?: Dayjs | null; sourceText?: string }
const known = new Set(['value', 'valueAsOf', 'sourceText']);

/**
 * 录入: a value for a row no module computes in this district, with the date it holds for and where it comes from.
 * The server's field errors land on their fields; a row a module has come to compute meanwhile is refused (409) in the alert.
 */
export function EntryDialog({ planId, row, asOf, onDone, onCancel }: { planId: string; row: PlanRow; asOf: string; onDone: (entry: PlanEntry) => void; onCancel: () => void }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const ok = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setProblem(null);
    try {
      const entry = await api.post<PlanEntry>(planUrl(planId, `/rows/${row.number}/entries`), {
        value: values.value, valueAsOf: values.valueAsOf?.format('YYYY-MM-DD'), sourceText: values.sourceText?.trim(),
      });
      onDone(entry);
    } catch (e) {
      setProblem(formProblem(form, e, known));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={`录入：${row.number}. ${row.name}`} okText="保存" cancelText="取消" onOk={ok} onCancel={onCancel} confirmLoading={busy}>
      <Typography.Paragraph type="secondary">目标值 {row.targetText}{row.unit ? `（单位：${row.unit}）` : ''}。录入的数值连同录入人、时间和来源一并记录，可在“历史”中查看。</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" message={problem.title} description={problem.text} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} name="plan-entry" layout="vertical" initialValues={{ valueAsOf: dayjs(asOf) }}>
        <Form.Item label={row.unit ? `数值（${row.unit}）` : '数值'} name="value" rules={[{ required: true, message: '请填写指标值' }]}>
          <InputNumber style={{ width: '100%' }} placeholder="请输入数字" />
        </Form.Item>
        <Form.Item label="数据截至日期" name="valueAsOf" rules={[{ required: true, message: '请选择数据截至日期' }]}>
          <DatePicker style={{ width: '100%' }} placeholder="请选择日期" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item label="数据来源" name="sourceText" rules={[{ required: true, whitespace: true, message: '请填写数据来源' }]}
          extra="如：区统计局《2025年国民经济和社会发展统计公报》">
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
