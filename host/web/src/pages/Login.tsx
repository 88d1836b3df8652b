import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { api, ApiError, messageOf } from '../api';
import { useSession } from '../session';

interface Credentials { userName: string; password: string; twoFactorCode?: string }

export function LoginPage() {
  const { reload } = useSession();
  const [form] = Form.useForm<Credentials>();
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/platform/auth/sign-in', values);
      // Signed in, the app's routes take the person on to where they were going (App.tsx): navigating
      // here as well would come late, after they may already have clicked on.
      await reload();
    } catch (e) {
      if (e instanceof ApiError && e.problem.requiresTwoFactor) {
        // The password was right: ask for the authenticator's code, and only show an error once one was tried.
        if (needsCode) setError(messageOf(e));
        setNeedsCode(true);
      } else if (e instanceof ApiError && e.status === 400) {
        form.setFields(Object.entries(e.fieldErrors).map(([name, errors]) => ({ name: name as keyof Credentials, errors })));
      } else {
        setError(messageOf(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="mz-login">
      <Card className="mz-login-card">
        <Typography.Title level={1} style={{ fontSize: 24, textAlign: 'center' }}>民政业务系统</Typography.Title>
        <Typography.Paragraph style={{ textAlign: 'center' }}>工作人员登录</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="用户名" name="userName" rules={[{ required: true, message: '请填写用户名' }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" disabled={needsCode} />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请填写密码' }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" disabled={needsCode} />
          </Form.Item>
          {needsCode && (
            <Form.Item label="动态码" name="twoFactorCode" extra="请输入身份验证器上的 6 位动态码"
              rules={[{ required: true, message: '请输入动态码' }, { pattern: /^\d{6}$/, message: '动态码为 6 位数字' }]}>
              <Input prefix={<SafetyOutlined aria-hidden />} autoComplete="one-time-code" inputMode="numeric" maxLength={6} autoFocus />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={busy}>{needsCode ? '验证并登录' : '登录'}</Button>
          {needsCode && (
            <Button type="link" block onClick={() => { setNeedsCode(false); setError(null); form.setFieldValue('twoFactorCode', undefined); }}>
              返回重新输入密码
            </Button>
          )}
        </Form>
      </Card>
    </main>
  );
}
