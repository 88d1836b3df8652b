import dayjs from 'dayjs';
import { disabilityLabels, hukouLabels, maritalLabels, relationLabels, sexLabels, statusLabels, welfareLabels } from '../registry/model';

// The stored before/after states keep the entities' property names and enum names (the hash chain covers
// them as written): these are the words staff read for the registry's and the platform's.

const fieldLabels: Record<string, string> = {
  // 居民 (Person)
  Id: '编号', IdNumber: '身份证号码', Name: '姓名', Sex: '性别', BirthDate: '出生日期', Ethnicity: '民族', Phone: '联系电话',
  HukouType: '户口类型', DivisionCode: '所在村居', Address: '住址', Status: '状态', StatusDate: '状态日期', MaritalStatus: '婚姻状况',
  RegisteredAt: '登记时间', Version: '版本',
  // 家庭户 (Household, HouseholdMember)
  Number: '证号', CreatedAt: '立户时间', HouseholdId: '户编号', PersonId: '居民编号', Relation: '与户主关系',
  // 残疾人证 (DisabilityCertificateRecord)
  Category: '残疾类别', Grade: '残疾等级', IssuedOn: '发证日期', ValidUntil: '有效期至', RevokedOn: '注销日期', RevocationReason: '注销原因',
  // 福利状态 (WelfareRecord)
  Kind: '救助类型', StartsOn: '开始日期', EndsOn: '结束日期',
  // sensitive reads, identity and modules
  field: '查阅内容', detail: '详情', enabled: '启用',
};

/** A household's number and a certificate's are both Number: the entity says which. */
const fieldLabelsOf: Record<string, Record<string, string>> = {
  Household: { Number: '户号', DivisionCode: '户籍所在村居' },
  DisabilityCertificateRecord: { Number: '残疾人证号' },
};

const valuesOf: Record<string, Record<string, string>> = {
  Sex: sexLabels, HukouType: hukouLabels, Status: statusLabels, MaritalStatus: maritalLabels,
  Relation: relationLabels, Category: disabilityLabels, Kind: welfareLabels,
};

const values: Record<string, string> = {
  idNumber: '完整身份证号码', disabilityCertificates: '残疾人证', welfareStatuses: '福利状态', true: '是', false: '否',
};

export function fieldLabel(name: string, entity?: string): string {
  return (entity && fieldLabelsOf[entity]?.[name]) || fieldLabels[name] || name;
}

/** A stored value in words: enums by their Chinese names, dates as staff write them, nothing as （空）. */
export function valueLabel(name: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return dayjs(text).format('YYYY-MM-DD HH:mm:ss');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return dayjs(text).format('YYYY年M月D日');
  return valuesOf[name]?.[text] ?? values[text] ?? text;
}
