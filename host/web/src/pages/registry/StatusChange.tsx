import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, api, isStale, messageOf } from '../../api';
import { personUrl, type PersonDetail } from './model';

const texts = {
  deceased: { title: '登记死亡', date: '死亡日期', warning: '登记死亡后，该居民将不再在册，此操作不可撤销。' },
  'moved-out': { title: '迁出', date: '迁出日期', warning: '登记迁出后，该居民将不再在册，此操作不可撤销。' },
} as const;

/** 登记死亡 / 迁出: asks for the date, says plainly that it cannot be undone, and sends the version read. */
export function StatusChangeButton({ person, target, onDone }: { person: PersonDetail; target: keyof typeof texts; onDone: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<{ date?: Dayjs }>();
  const text = texts[target];

  const submit = async () => {
    const { date } = await form.validateFields();
    setBusy(true);
    setProblem(null);
    try {
      await api.post(`${personUrl(person.id)}/${target}`, { date: date!.format('YYYY-MM-DD'), version: person.version });
      message.success(`已${text.title}`);
      setOpen(false);
      onDone();
    } catch (e) {
      if (isStale(e)) {
        setProblem(`已被他人修改，请刷新。${e.message}`);
      } else if (e instanceof ApiError && e.fieldErrors.date) {
        form.setFields([{ name: 'date', errors: e.fieldErrors.date }]);
      } else {
        setProblem(messageOf(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button danger onClick={() => { setProblem(null); form.resetFields(); setOpen(true); }}>{text.title}</Button>
      <Modal title={`${text.title}：${person.name}`} open={open} onOk={submit} onCancel={() => setOpen(false)} okText={`确认${text.title}`}
        cancelText="取消" okButtonProps={{ danger: true }} confirmLoading={busy} destroyOnClose>
        <Alert type="warning" showIcon message={text.warning} style={{ marginBottom: 16 }} />
        {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical">
          <Form.Item label={text.date} name="date" rules={[{ required: true, message: `请选择${text.date}` }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} placeholder="请选择日期" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
