import { Form } from 'antd';
import { api, ApiError } from '../../api';
import { relationLabels, personUrl, type PersonDetail } from './model';
import { field, RecordDialog } from './RecordDialog';
import { ResidentPicker } from './ResidentPicker';

/** add: another resident joins this resident's household; join: this resident joins the household of another. */
export type MemberDialogKind = 'add' | 'join';

const households = '/api/platform/registry/households';
const relationField = field('relation', '与户主关系', 'Enum', {
  required: true,
  // The head is chosen when a household is founded.
  options: Object.entries(relationLabels).filter(([value]) => value !== 'Head').map(([value, label]) => ({ value, label })),
});

interface Values extends Record<string, unknown> { personId?: string; memberOf?: string; relation?: string }

export function HouseholdMemberDialog({ kind, person, householdId, onDone, onCancel }: {
  kind: MemberDialogKind; person: PersonDetail; householdId?: string; onDone: (text: string) => void; onCancel: () => void;
}) {
  const picker = kind === 'add'
    ? { name: 'personId', label: '加入本户的居民', extra: undefined }
    : { name: 'memberOf', label: '同户居民', extra: '选择要加入的家庭户中的任一居民' };

  const submit = async (v: Values) => {
    if (kind === 'add') {
      return api.post(`${households}/${householdId}/members`, { personId: v.personId, relation: v.relation });
    }
    const member = await api.get<PersonDetail>(personUrl(v.memberOf!));
    if (!member.household) {
      throw new ApiError(400, { errors: { memberOf: [`${member.name}尚未编入家庭户，请选择已在户中的居民`] } });
    }
    return api.post(`${households}/${member.household.householdId}/members`, { personId: person.id, relation: v.relation });
  };

  return (
    <RecordDialog<Values> title={kind === 'add' ? '添加家庭户成员' : `加入家庭户：${person.name}`} okText={kind === 'add' ? '添加' : '加入'}
      custom={[{
        name: picker.name,
        item: (
          <Form.Item label={picker.label} name={picker.name} extra={picker.extra} rules={[{ required: true, message: '请选择居民' }]}>
            <ResidentPicker exclude={person.id} />
          </Form.Item>
        ),
      }]}
      fields={[relationField]} submit={submit}
      onDone={() => onDone(kind === 'add' ? '已添加家庭户成员' : '已加入家庭户')} onCancel={onCancel} onStale={onCancel} />
  );
}
