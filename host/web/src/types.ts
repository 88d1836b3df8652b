// The shapes of /api/platform/ui: the C# records of Minzheng.Sdk.Ui, as the host serializes them.

export type FieldType =
  | 'Text' | 'MultilineText' | 'IdNumber' | 'Division' | 'Date' | 'DateTime'
  | 'Money' | 'Number' | 'Enum' | 'Boolean' | 'File';

export interface EnumOption { value: string; label: string; color?: string | null }

export interface FormField {
  name: string; label: string; type: FieldType; required: boolean;
  pattern?: string | null; patternMessage?: string | null; maxLength?: number | null;
  min?: number | null; max?: number | null; options: EnumOption[];
  divisionLevel: 'District' | 'Town' | 'Village'; accept?: string | null;
  placeholder?: string | null; help?: string | null; default?: string | null;
  optionsFrom?: OptionsSource | null;
}

/** Where an enum field's choices are loaded from (since SDK 2.5.0): a GET relative to the module's API root. */
export interface OptionsSource { endpoint: UiEndpoint; value: string; label: string }

export interface Column { field: string; title: string; type: FieldType; sortable: boolean; options: EnumOption[]; width?: number | null }
export interface DetailField { field: string; label: string; type: FieldType; options: EnumOption[]; wide: boolean }
export interface UiEndpoint { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string }

export interface UiAction {
  id: string; title: string; endpoint?: UiEndpoint | null; openPage?: string | null; permission?: string | null;
  allowedStates: string[]; confirm?: string | null; danger: boolean; fields: FormField[]; download: boolean;
}

interface PageBase { id: string; title: string; permission?: string | null }

export interface ListPage extends PageBase {
  kind: 'list'; source: UiEndpoint; columns: Column[]; search: FormField[];
  defaultSort?: { field: string; descending: boolean } | null; paging: 'Client' | 'Server'; pageSize: number;
  rowKey: string; statusField?: string | null; rowOpens?: string | null; rowActions: UiAction[]; actions: UiAction[];
}
export interface FormPage extends PageBase {
  kind: 'form'; submit: UiEndpoint; fields: FormField[]; load?: UiEndpoint | null; submitText: string; afterSubmit?: string | null;
}
export interface Timeline { field: string; time: string; title: string; actor: string; note?: string | null }
/** Related records shown as a table on a detail page (since SDK 2.5.0). */
export interface DetailTable { title: string; field: string; columns: Column[]; rowOpens?: string | null; emptyText: string }
export interface DetailPage extends PageBase {
  kind: 'detail'; source: UiEndpoint; sections: { title: string; fields: DetailField[] }[]; tables: DetailTable[];
  statusField?: string | null; statuses: EnumOption[]; timeline?: Timeline | null; actions: UiAction[];
}
export interface DashboardPage extends PageBase {
  kind: 'dashboard'; source: UiEndpoint;
  cards: { title: string; field: string; type: FieldType; suffix?: string | null; caption?: string | null }[];
  charts: { title: string; field: string; kind: 'Bar' | 'Line' | 'Pie' }[];
}
export type PrintBlock =
  | { kind: 'text'; template: string }
  | { kind: 'fields'; fields: DetailField[] }
  | { kind: 'table'; field: string; columns: Column[] }
  | { kind: 'signatures'; labels: string[] }
  | { kind: 'qr'; field: string; caption: string };
export interface PrintPage extends PageBase {
  kind: 'print'; source: UiEndpoint; heading: string; blocks: PrintBlock[]; landscape: boolean;
}
export type UiPage = ListPage | FormPage | DetailPage | DashboardPage | PrintPage;

export interface UiMenuNode { key: string; title: string; icon?: string | null; path?: string | null; children: UiMenuNode[] }
export interface UiModule { id: string; title: string; version: string; apiBase: string; pages: UiPage[] }
export interface StaffUi { district: { id: string; name: string; divisionCode: string }; menu: UiMenuNode[]; modules: UiModule[] }

export interface Me {
  id: string; userName: string; displayName: string; districtId: string; scopeLevel: 'District' | 'Town' | 'Village';
  scopeCode: string; twoFactorEnabled: boolean; permissions: string[];
}

export interface DivisionOption { code: string; name: string; villages: DivisionOption[] }
