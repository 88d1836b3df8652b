import { fieldLabel, valueLabel } from './vocabulary';

// The audit API's shapes (host/Minzheng.Platform/Audit) and the Chinese words staff read for its codes.

export interface AuditEntry {
  sequence: number; at: string; source: string; actorId: string; actorName: string; action: string;
  entity: string; key: string; personKey?: string | null; before?: string | null; after?: string | null; hash: string;
}
export interface AuditPage { items: AuditEntry[]; total: number; page: number; pageSize: number }
export interface AuditVerification {
  ok: boolean; entriesChecked: number; firstBrokenSequence?: number | null; reason?: string | null; lastHash?: string | null;
  /** The server's one line (a broken checkpoint is not a broken entry); notes: keyed from which entry, checkpoints held against. */
  summary?: string | null; checkpoint?: string | null; notes?: string[] | null;
}

export const actionLabels: Record<string, string> = {
  created: '新增', updated: '修改', deleted: '删除', 'read-sensitive': '查阅敏感信息', exported: '导出',
  'sign-in': '登录', 'sign-in-failed': '登录失败', 'sign-in-locked-out': '登录被锁定', 'sign-in-disabled': '已停用账户尝试登录', 'sign-out': '退出登录',
  'user-created': '新建用户', 'user-roles-changed': '修改用户角色', 'user-locked': '锁定用户', 'user-unlocked': '解锁用户',
  'password-reset': '重置密码', 'password-changed': '修改密码', 'two-factor-enabled': '启用动态码', 'two-factor-disabled': '停用动态码',
  'token-issued': '签发令牌', 'token-revoked': '吊销令牌', 'role-created': '新建角色', 'role-permissions-changed': '修改角色权限',
  'module-enabled': '启用模块', 'module-disabled': '停用模块',
};

export const entityLabels: Record<string, string> = {
  Person: '居民', Resident: '居民', Household: '家庭户', HouseholdMember: '家庭户成员', DisabilityCertificateRecord: '残疾人证',
  WelfareRecord: '福利状态', StaffUser: '用户', Module: '模块', AuditTrail: '审计日志',
};

export const sourceLabel = (source: string) => (source === 'platform' ? '平台' : source);
export const actionLabel = (action: string) => actionLabels[action] ?? action;
export const entityLabel = (entity: string) => entityLabels[entity] ?? entity;

function parse(json?: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { 内容: json };
  } catch {
    return { 内容: json };
  }
}

export interface FieldChange { name: string; field: string; before?: string; after?: string }

/** What an entry changed, field by field, in words: a new record lists its values, a change only what differs. */
export function changesOf(entry: Pick<AuditEntry, 'entity' | 'before' | 'after'>): FieldChange[] {
  return fieldsOf(entry)
    .filter((c) => c.name !== 'Version' && c.name !== 'Id')
    // A new record lists what it was given (not its empty fields); a change, only what differs.
    .filter((c) => (c.before !== undefined && c.after !== undefined ? c.changed : (c.after ?? c.before) !== '（空）'));
}

/** Every field of an entry's before and after states, in words, and whether it changed. */
export function fieldsOf(entry: Pick<AuditEntry, 'entity' | 'before' | 'after'>): (FieldChange & { changed: boolean })[] {
  const before = parse(entry.before);
  const after = parse(entry.after);
  const names = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return names.map((n) => ({
    name: n,
    field: fieldLabel(n, entry.entity),
    before: before ? valueLabel(n, before[n]) : undefined,
    after: after ? valueLabel(n, after[n]) : undefined,
    changed: !!before && !!after && JSON.stringify(before[n]) !== JSON.stringify(after[n]),
  }));
}
