import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Switch, Table, Tag, Typography } from 'antd';
import { api, messageOf } from '../../api';
import { Permissions, useSession } from '../../session';

interface DistrictModule { id: string; displayName: string; version: string; enabled: boolean; dependsOn: string[] }

export function ModulesPage() {
  const { me, ui, can, reload } = useSession();
  const { modal, message } = App.useApp();
  const [rows, setRows] = useState<DistrictModule[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const districtId = me ? me.districtId : '';
  const manage = can(Permissions.modulesManage);

  const load = useCallback(async () => {
    try {
      setRows(await api.get<DistrictModule[]>(`/api/platform/districts/${encodeURIComponent(districtId)}/modules`));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [districtId]);

  useEffect(() => { void load(); }, [load]);

  const names = new Map((rows ?? []).map((m) => [m.id, m.displayName]));

  const change = async (module: DistrictModule, enable: boolean) => {
    setBusy(module.id);
    try {
      const url = `/api/platform/districts/${encodeURIComponent(districtId)}/modules/${encodeURIComponent(module.id)}`;
      const result = enable ? await api.put<{ changed: string[] }>(url) : await api.del<{ changed: string[] }>(url);
      const changed = result.changed.map((id) => `“${names.get(id) ?? id}”`).join('、');
      message.success(changed ? `已${enable ? '启用' : '停用'}${changed}` : '无需更改');
      await Promise.all([load(), reload()]);
    } catch (e) {
      modal.error({ title: enable ? '无法启用模块' : '无法停用模块', content: messageOf(e), okText: '知道了' });
    } finally {
      setBusy(null);
    }
  };

  const toggle = (module: DistrictModule, enable: boolean) => {
    if (enable) {
      const missing = module.dependsOn.filter((d) => !(rows ?? []).find((r) => r.id === d)?.enabled);
      modal.confirm({
        title: `启用“${module.displayName}”？`,
        content: missing.length ? `它依赖的${missing.map((d) => `“${names.get(d) ?? d}”`).join('、')}将一并启用。` : '启用后，本区有权限的工作人员即可使用该模块。',
        okText: '启用', cancelText: '取消',
        onOk: () => change(module, true),
      });
    } else {
      modal.confirm({
        title: `停用“${module.displayName}”？`,
        content: '停用后，本区工作人员将看不到该模块，其接口对本区不再可用；数据会保留，重新启用即可恢复。',
        okText: '停用', okButtonProps: { danger: true }, cancelText: '取消',
        onOk: () => change(module, false),
      });
    }
  };

  return (
    <div className="mz-page">
      <Typography.Title level={1} style={{ fontSize: 20 }}>模块管理</Typography.Title>
      <Typography.Paragraph>{ui?.district.name}启用的业务模块。启用时会一并启用其依赖的模块；有已启用的模块依赖它时不能停用。</Typography.Paragraph>
      {error && <Alert type="error" showIcon message="加载失败" description={error} role="alert" style={{ marginBottom: 16 }} />}
      <Table<DistrictModule>
        rowKey="id" loading={rows === null && !error} dataSource={rows ?? []} pagination={false}
        locale={{ emptyText: '没有安装任何模块' }}
        columns={[
          { title: '模块', dataIndex: 'displayName' },
          { title: '标识', dataIndex: 'id', render: (v: string) => <code>{v}</code> },
          { title: '版本', dataIndex: 'version' },
          { title: '依赖', dataIndex: 'dependsOn', render: (deps: string[]) => deps.length ? deps.map((d) => <Tag key={d}>{names.get(d) ?? d}</Tag>) : '无' },
          {
            title: '状态', key: 'enabled',
            render: (_, m) => (
              <Switch checked={m.enabled} loading={busy === m.id} disabled={!manage || (busy !== null && busy !== m.id)}
                checkedChildren="已启用" unCheckedChildren="已停用" aria-label={`${m.enabled ? '停用' : '启用'}${m.displayName}`}
                onChange={(checked) => toggle(m, checked)} />
            ),
          },
        ]}
      />
    </div>
  );
}
