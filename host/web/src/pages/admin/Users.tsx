import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, ApiError, messageOf } from '../../api';
import { useSession } from '../../session';
import { DivisionPicker, FormSelect } from '../../renderers/fields';
import { RolesTab, type PermissionDeclaration, type RoleSummary } from './Roles';

interface UserSummary {
  id: string; userName: string; displayName: string; scopeLevel: string; scopeCode: string;
  roles: string[]; lockedOut: boolean; twoFactorEnabled: boolean; disabled: boolean;
}

const levels: Record<string, string> = { District: '区', Town: '镇街', Village: '村居' };

export function UsersPage() {
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [roles, setRoles] = useState<RoleSummary[] | null>(null);
  const [permissions, setPermissions] = useState<PermissionDeclaration[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(async () => {
    try {
      const [u, r, p] = await Promise.all([
        api.get<UserSummary[]>('/api/platform/users'),
        api.get<RoleSummary[]>('/api/platform/roles'),
        api.get<PermissionDeclaration[]>('/api/platform/permissions'),
      ]);
      setUsers(u);
      setRoles(r);
      setPermissions(p);
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  useEffect(() => { void load(); }, [load]);

  const { modal, message } = App.useApp();
  const { me } = useSession();
  // Locking stops the account's sessions and tokens at once: ask first. Unlocking also lifts a lockout after wrong passwords.
  const setLocked = (user: UserSummary, lock: boolean) => modal.confirm({
    title: lock ? `锁定用户“${user.displayName}”？` : `解锁用户“${user.displayName}”？`,
    content: lock ? '锁定后该用户立即不能登录，已登录的会话和接口令牌也将失效，直到解锁。' : '解锁后该用户可以立即登录，其接口令牌恢复有效。',
    okText: lock ? '锁定' : '解锁', cancelText: '取消', okButtonProps: { danger: lock },
    onOk: async () => {
      try {
        await api.post(`/api/platform/users/${encodeURIComponent(user.id)}/${lock ? 'lock' : 'unlock'}`);
        message.success(lock ? `已锁定“${user.displayName}”` : `已解锁“${user.displayName}”`);
        void load();
      } catch (e) {
        modal.error({ title: lock ? '未能锁定' : '未能解锁', content: messageOf(e), okText: '知道了' });
      }
    },
  });

  return (
    <div className="mz-page">
      <Typography.Title level={1} style={{ fontSize: 20 }}>用户与角色</Typography.Title>
      {error && <Alert type="error" showIcon message="加载失败" description={error} role="alert" style={{ marginBottom: 16 }} />}
      <Tabs items={[
        {
          key: 'users', label: '用户',
          children: (
            <>
              <Space style={{ marginBottom: 12 }}>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>新建用户</Button>
              </Space>
              <Table<UserSummary>
                rowKey="id" loading={users === null && !error} dataSource={users ?? []} locale={{ emptyText: '暂无用户' }}
                columns={[
                  { title: '用户名', dataIndex: 'userName' },
                  { title: '姓名', dataIndex: 'displayName' },
                  { title: '层级', dataIndex: 'scopeLevel', render: (v: string) => levels[v] ?? v },
                  { title: '区划代码', dataIndex: 'scopeCode' },
                  { title: '角色', dataIndex: 'roles', render: (v: string[]) => v.length ? v.map((r) => <Tag key={r}>{r}</Tag>) : '无' },
                  {
                    title: '状态', key: 'state', render: (_, u) => <Space>
                      {u.disabled ? <Tag color="red">已锁定</Tag> : u.lockedOut ? <Tag color="orange">多次输错密码，暂时锁定</Tag> : <Tag color="green">正常</Tag>}
                      {u.twoFactorEnabled && <Tag color="blue">动态码</Tag>}
                    </Space>,
                  },
                  {
                    title: '操作', key: 'actions', render: (_, u) => u.lockedOut
                      ? <Button size="small" onClick={() => setLocked(u, false)}>解锁</Button>
                      : me && me.id !== u.id && <Button size="small" danger onClick={() => setLocked(u, true)}>锁定</Button>,
                  },
                ]}
              />
            </>
          ),
        },
        {
          key: 'roles', label: '角色',
          children: <RolesTab roles={roles ?? []} permissions={permissions} loading={roles === null && !error} onChanged={() => void load()} />,
        },
      ]} />
      <CreateUser open={creating} roles={roles ?? []} onClose={(saved) => { setCreating(false); if (saved) void load(); }} />
    </div>
  );
}

interface NewUser { userName: string; displayName: string; password: string; scopeLevel: string; scopeCode?: string; roles: string[] }

function CreateUser({ open, roles, onClose }: { open: boolean; roles: RoleSummary[]; onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<NewUser>();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const level = Form.useWatch('scopeLevel', form);
  const { ui } = useSession();

  const save = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      await api.post('/api/platform/users', { ...values, scopeCode: values.scopeLevel === 'District' ? ui?.district.divisionCode : values.scopeCode });
      message.success(`已创建用户“${values.displayName}”`);
      form.resetFields();
      onClose(true);
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fieldErrors).length) {
        const shown = new Set(['userName', 'displayName', 'password', 'scopeLevel', 'roles', ...(values.scopeLevel === 'District' ? [] : ['scopeCode'])]);
        const errors = Object.entries(e.fieldErrors);
        form.setFields(errors.filter(([name]) => shown.has(name)).map(([name, messages]) => ({ name: name as keyof NewUser, errors: messages })));
        const others = errors.filter(([name]) => !shown.has(name)).flatMap(([, messages]) => messages);
        if (others.length) message.error(others.join('；'));
      } else {
        message.error(messageOf(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="新建用户" open={open} onOk={save} onCancel={() => onClose(false)} okText="创建" cancelText="取消" confirmLoading={busy} destroyOnClose>
      <Form form={form} layout="vertical" initialValues={{ scopeLevel: 'District', roles: [] }}>
        <Form.Item label="用户名" name="userName" rules={[{ required: true, message: '请填写用户名' }]}><Input autoComplete="off" /></Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: '请填写姓名' }]}><Input /></Form.Item>
        <Form.Item label="初始密码" name="password" rules={[{ required: true, message: '请设置初始密码' }]}
          extra="至少 12 位，含大小写字母、数字和符号，不能是常见密码或包含用户名"><Input.Password autoComplete="new-password" /></Form.Item>
        <Form.Item label="层级" name="scopeLevel" rules={[{ required: true }]}>
          <FormSelect options={[{ value: 'District', label: '区' }, { value: 'Town', label: '镇街' }, { value: 'Village', label: '村居' }]} />
        </Form.Item>
        {level && level !== 'District' && (
          <Form.Item label={level === 'Town' ? '镇街' : '村居'} name="scopeCode" rules={[{ required: true, message: '请选择所属区划' }]}>
            <DivisionPicker level={level === 'Town' ? 'Town' : 'Village'} />
          </Form.Item>
        )}
        <Form.Item label="角色" name="roles">
          <FormSelect mode="multiple" options={roles.map((r) => ({ value: r.name, label: r.name }))} placeholder="选择角色" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
