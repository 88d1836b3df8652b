// The registry API's shapes (host/Minzheng.Platform/Registry) and the Chinese words for its enums
// (Registry/Common/Choices.cs). Enums travel as their code names.

export type Sex = 'Male' | 'Female';
export type HukouType = 'Urban' | 'Rural';
export type ResidentStatus = 'Alive' | 'Deceased' | 'MovedOut';

export interface PersonSummary {
  id: string; idNumber: string; idNumberMasked: boolean; name: string; sex: Sex; birthDate: string;
  hukouType: HukouType; divisionCode: string; villageName?: string | null; status: ResidentStatus; statusDate?: string | null;
}
export interface PersonPage { items: PersonSummary[]; total: number; page: number; pageSize: number }

export interface PersonDetail extends PersonSummary {
  ethnicity: string; phone?: string | null; address?: string | null; registeredAt: string; version: number;
  household?: { householdId: string; relation: string } | null;
}

export interface HouseholdMember { personId: string; name: string; idNumber: string; idNumberMasked: boolean; relation: string; status: ResidentStatus }
export interface Household {
  id: string; divisionCode: string; villageName?: string | null; createdAt: string; members: HouseholdMember[]; membersOutsideScope: number;
}

export interface Certificate {
  id: string; number: string; numberMasked: boolean; category: string; grade: number; issuedOn: string; validUntil: string;
  revokedOn?: string | null; revocationReason?: string | null; validToday: boolean; version: number;
}

export interface WelfareStatus { id: string; kind: string; startsOn: string; endsOn?: string | null; holdsToday: boolean }

/** What a registration or a change sends. */
export interface PersonInput {
  idNumber?: string; name: string; ethnicity: string; phone?: string; hukouType: HukouType; divisionCode: string; address?: string;
}

export const sexLabels: Record<Sex, string> = { Male: '男', Female: '女' };
export const hukouLabels: Record<HukouType, string> = { Urban: '城镇', Rural: '农村' };
export const statusLabels: Record<ResidentStatus, string> = { Alive: '在册', Deceased: '死亡', MovedOut: '迁出' };
export const statusColors: Record<ResidentStatus, string | undefined> = { Alive: 'green', Deceased: undefined, MovedOut: 'orange' };
export const maritalLabels: Record<string, string> = { Unknown: '未知', Unmarried: '未婚', Married: '已婚', Divorced: '离婚', Widowed: '丧偶' };
export const disabilityLabels: Record<string, string> = {
  Visual: '视力', Hearing: '听力', Speech: '言语', Physical: '肢体', Intellectual: '智力', Mental: '精神', Multiple: '多重',
};
/** GB/T 26341 category codes: the 19th character of a certificate number. */
export const disabilityCodes: Record<string, number> = {
  Visual: 1, Hearing: 2, Speech: 3, Physical: 4, Intellectual: 5, Mental: 6, Multiple: 7,
};
export const welfareLabels: Record<string, string> = {
  MinimumLivingAllowance: '低保', DestitutePersonSupport: '特困', NearMinimumLivingAllowance: '低保边缘',
};
export const relationLabels: Record<string, string> = {
  Head: '户主', Spouse: '配偶', Child: '子女', Parent: '父母', Grandchild: '孙子女', Grandparent: '祖父母', Sibling: '兄弟姐妹', Other: '其他',
};

/** GB 3304: the 56 ethnic groups and its two residual entries, as the server accepts them. */
export const ethnicGroups = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族',
  '满族', '侗族', '瑶族', '白族', '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族',
  '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族', '景颇族', '柯尔克孜族', '土族',
  '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族', '普米族',
  '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族', '其他', '外国血统中国籍人士',
];

export const personUrl = (id: string) => `/api/platform/registry/persons/${encodeURIComponent(id)}`;
