import { useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { api, ApiError, messageOf } from '../../api';

export interface RoleSummary { name: string; permissions: string[] }
/** A permission a role may grant, with the module that declares it (GET /api/platform/permissions). */
export interface PermissionDeclaration { name: string; displayName: string; module: string; moduleName: string }

/** The permissions grouped by the module that declares them, in the server's order (the platform's first). */
function groupsOf(permissions: PermissionDeclaration[]) {
  const groups = new Map<string, { id: string; title: string; permissions: PermissionDeclaration[] }>();
  for (const p of permissions) {
    const group = groups.get(p.module) ?? { id: p.module, title: p.moduleName, permissions: [] };
    group.permissions.push(p);
    groups.set(p.module, group);
  }
  return [...groups.values()];
}

/** 角色: each role and what it grants; a new role, or a role's permissions changed. */
export function RolesTab({ roles, permissions, loading, onChanged }: {
  roles: RoleSummary[]; permissions: PermissionDeclaration[]; loading: boolean; onChanged: () => void;
}) {
  const [editing, setEditing] = useState<RoleSummary | 'new' | null>(null);
  const { modal, message } = App.useApp();
  const labels = new Map(permissions.map((p) => [p.name, p.displayName]));
  // Deleting cannot be undone: ask first; a role still held is refused by the server, which says by how many.
  const remove = (role: RoleSummary) => modal.confirm({
    title: `删除角色“${role.name}”？`, content: '删除后不能恢复；仍有用户持有的角色不能删除。', okText: '删除', cancelText: '取消', okButtonProps: { danger: true },
    onOk: async () => {
      try {
        await api.del(`/api/platform/roles/${encodeURIComponent(role.name)}`);
        message.success(`已删除角色“${role.name}”`);
        onChanged();
      } catch (e) {
        modal.error({ title: '未能删除角色', content: messageOf(e), okText: '知道了' });
      }
    },
  });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>新建角色</Button>
      </Space>
      <Table<RoleSummary>
        rowKey="name" loading={loading} dataSource={roles} locale={{ emptyText: '暂无角色' }} pagination={false}
        columns={[
          { title: '角色', dataIndex: 'name', width: 180 },
          { title: '权限', dataIndex: 'permissions', render: (v: string[]) => v.length ? v.map((p) => <Tag key={p}>{labels.get(p) ?? p}</Tag>) : '无' },
          {
            title: '操作', key: 'edit', width: 190, render: (_, r) => (
              <Space size={0}>
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(r)} aria-label={`修改“${r.name}”的权限`}>修改权限</Button>
                <Button size="small" type="link" danger icon={<DeleteOutlined />} onClick={() => remove(r)} aria-label={`删除角色“${r.name}”`}>删除</Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && <RoleEditor role={editing === 'new' ? null : editing} permissions={permissions} onClose={(saved) => { setEditing(null); if (saved) onChanged(); }} />}
    </>
  );
}

function RoleEditor({ role, permissions, onClose }: { role: RoleSummary | null; permissions: PermissionDeclaration[]; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; permissions: string[] }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const groups = groupsOf(permissions);

  const save = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setProblem(null);
    try {
      if (role) await api.put(`/api/platform/roles/${encodeURIComponent(role.name)}/permissions`, { permissions: values.permissions });
      else await api.post('/api/platform/roles', { name: values.name, permissions: values.permissions });
      message.success(role ? `已更新角色“${role.name}”的权限` : `已创建角色“${values.name}”`);
      onClose(true);
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fieldErrors).length) {
        form.setFields(Object.entries(e.fieldErrors).filter(([n]) => n === 'name' || n === 'permissions').map(([name, errors]) => ({ name: name as 'name' | 'permissions', errors })));
        if (!e.fieldErrors.name && !e.fieldErrors.permissions) setProblem(messageOf(e));
      } else {
        setProblem(messageOf(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={role ? `修改角色权限：${role.name}` : '新建角色'} onOk={save} onCancel={() => onClose(false)}
      okText={role ? '保存' : '创建'} cancelText="取消" confirmLoading={busy} width={640}>
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ name: role?.name ?? '', permissions: role?.permissions ?? [] }}>
        {!role && (
          <Form.Item label="角色名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写角色名称' }, { pattern: /^[^/]*$/, message: '角色名称不能含“/”' }, { max: 50, message: '角色名称不能超过50个字' }]}>
            <Input autoComplete="off" maxLength={50} />
          </Form.Item>
        )}
        <Form.Item label="权限" name="permissions" extra="按模块分组；用户的权限是其各角色权限之和。">
          <Checkbox.Group style={{ width: '100%' }}>
            <div className="mz-permission-groups">
              {groups.map((g) => (
                <fieldset key={g.id} className="mz-permission-group">
                  <legend>{g.title}</legend>
                  {g.permissions.map((p) => (
                    <div key={p.name}>
                      <Checkbox value={p.name}>{p.displayName} <Typography.Text type="secondary" className="mz-key">{p.name}</Typography.Text></Checkbox>
                    </div>
                  ))}
                </fieldset>
              ))}
            </div>
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
