import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { Cascader, DatePicker, Form, Input, InputNumber, Select, Switch, Tag, Upload, Button, type SelectProps } from 'antd';
import type { Rule } from 'antd/es/form';
import { UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../api';
import type { DivisionOption, EnumOption, FieldType, FormField, OptionsSource } from '../types';

/** The API root of the module whose page is shown (`/api/lottery`): where a field's `optionsFrom` is read. */
export const ModuleApiBase = createContext<string | null>(null);

/** The record an action's dialog acts on: an `optionsFrom` path's placeholders are filled from it (`applications/{id}/checklist`). */
export const ActionRecord = createContext<{ record: unknown; recordId?: string }>({ record: {} });

/** A property of a record; dots reach into nested objects. */
export function get(record: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), record);
}

/** Fills {placeholders} from a record (and the page's record id as {id} when the record lacks one). */
export function fill(template: string, record: unknown, encode: boolean, recordId?: string): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = get(record, name) ?? (name === 'id' ? recordId : undefined);
    const text = value === undefined || value === null ? '' : String(value);
    return encode ? encodeURIComponent(text) : text;
  });
}

/**
 * antd's Select puts the aria-required that Form.Item hands it on a wrapper element where ARIA does
 * not allow it; the required mark on the label already says it.
 */
export function FormSelect(props: SelectProps & { 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  return <Select {...rest} />;
}

// ---- divisions: fetched once per page load, shared by every picker and every column showing names.
let divisionsPromise: Promise<DivisionOption[]> | null = null;
export function loadDivisions(): Promise<DivisionOption[]> {
  divisionsPromise ??= api.get<DivisionOption[]>('/api/platform/ui/divisions').catch((e) => { divisionsPromise = null; throw e; });
  return divisionsPromise;
}

export function useDivisions(): DivisionOption[] {
  const [list, setList] = useState<DivisionOption[]>([]);
  useEffect(() => { loadDivisions().then(setList, () => setList([])); }, []);
  return list;
}

export function divisionName(list: DivisionOption[], code: string): string {
  for (const town of list) {
    if (town.code === code) return town.name;
    const village = town.villages.find((v) => v.code === code);
    if (village) return `${town.name} ${village.name}`;
  }
  return code;
}

function DivisionText({ code }: { code: string }) {
  const list = useDivisions();
  return <>{divisionName(list, code)}</>;
}

interface PickerProps {
  level: 'Town' | 'Village'; value?: string; onChange?: (value: string | undefined) => void; id?: string;
  /** With level Village: a town alone may be picked too (search filters). */
  anyLevel?: boolean;
}

/** Picks a town, or a town then one of its villages; the value is the division code. */
export function DivisionPicker({ level, value, onChange, id, anyLevel }: PickerProps) {
  const list = useDivisions();
  if (level === 'Town') {
    return <FormSelect id={id} allowClear showSearch optionFilterProp="label" value={value} onChange={onChange} placeholder="请选择镇街"
      options={list.map((t) => ({ value: t.code, label: t.name }))} />;
  }
  const town = value ? list.find((t) => value.startsWith(t.code)) : undefined;
  return (
    <Cascader id={id} allowClear showSearch placeholder="请选择镇街 / 村居" changeOnSelect={anyLevel}
      value={town && value ? (value === town.code ? [town.code] : [town.code, value]) : undefined}
      onChange={(path) => onChange?.(path ? (path[path.length - 1] as string) : undefined)}
      options={list.map((t) => ({ value: t.code, label: t.name, children: t.villages.map((v) => ({ value: v.code, label: v.name })) }))} />
  );
}

// ---- ID numbers (GB 11643): the server's rule (Minzheng.Sdk.Registry.IdNumber), so that staff see a typo at
// once. All but one check: a birth date after today is left to the server, whose today counts.
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacter = (first17: string) => '10X98765432'[weights.reduce((s, w, i) => s + w * Number(first17[i]), 0) % 11];

function validDate(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && days !== undefined && day >= 1 && day <= days;
}

export function idNumberProblem(input: string): string | null {
  const value = input.trim().toUpperCase();
  let full: string;
  if (/^\d{15}$/.test(value)) {
    // A first-generation number: its two-digit year is of the 1900s, and the server adds the check character.
    const first17 = `${value.slice(0, 6)}19${value.slice(6)}`;
    full = first17 + checkCharacter(first17);
  } else if (/^\d{17}[\dX]$/.test(value)) {
    full = value;
  } else {
    return '身份证号码应为18位（或15位旧号码），只能包含数字，最后一位可以是X';
  }
  if (!validDate(Number(full.slice(6, 10)), Number(full.slice(10, 12)), Number(full.slice(12, 14)))) {
    return '身份证号码中的出生日期不是有效日期';
  }
  return checkCharacter(full.slice(0, 17)) === full[17] ? null : '身份证号码校验位错误，请核对';
}

function optionLabel(options: EnumOption[], value: unknown): ReactNode {
  const option = options.find((o) => o.value === String(value));
  if (!option) return String(value);
  return option.color ? <Tag color={option.color === 'default' ? undefined : option.color}>{option.label}</Tag> : option.label;
}

const money = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });
const number = new Intl.NumberFormat('zh-CN');

/** How a value is shown in a table, a detail page or a printed document. */
export function formatValue(value: unknown, type: FieldType, options: EnumOption[] = []): ReactNode {
  if (value === null || value === undefined || value === '') return '—';
  switch (type) {
    case 'Money': return money.format(Number(value));
    case 'Number': return number.format(Number(value));
    case 'Date': return dayjs(String(value)).format('YYYY年M月D日');
    case 'DateTime': return dayjs(String(value)).format('YYYY-MM-DD HH:mm');
    case 'Boolean': return value ? '是' : '否';
    case 'Enum': return optionLabel(options, value);
    case 'Division': return <DivisionText code={String(value)} />;
    case 'MultilineText': return <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
    // A file is shown by its URL, as the API answers it; only the module's own API is linked.
    case 'File': return String(value).startsWith('/api/') ? <a href={String(value)} target="_blank" rel="noopener noreferrer">查看文件</a> : String(value);
    default: return String(value);
  }
}

/** An enum field whose choices the module answers (a configured checklist): loaded when the form opens. */
function LoadedSelect({ source, placeholder, inline, ...control }: { source: OptionsSource; placeholder?: string; inline?: boolean; id?: string; value?: string; onChange?: (v: string) => void }) {
  const base = useContext(ModuleApiBase);
  const { record, recordId } = useContext(ActionRecord);
  const path = fill(source.endpoint.path, record, true, recordId);
  const [options, setOptions] = useState<{ value: string; label: string }[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!base) return;
    let live = true;
    api.get<Record<string, unknown>[] | { items: Record<string, unknown>[] }>(`${base}/${path}`)
      .then((answer) => {
        const rows = Array.isArray(answer) ? answer : answer.items;
        if (live) setOptions(rows.map((r) => ({ value: String(get(r, source.value) ?? ''), label: String(get(r, source.label) ?? '') })));
      })
      .catch(() => { if (live) setFailed('选项加载失败，请刷新页面重试'); });
    return () => { live = false; };
  }, [base, path, source.value, source.label]);
  return (
    <FormSelect {...control} allowClear showSearch optionFilterProp="label" loading={!options && !failed} status={failed ? 'error' : undefined}
      placeholder={failed ?? placeholder ?? '请选择'} style={{ minWidth: inline ? 140 : undefined }} options={options ?? []} />
  );
}

/** The client-side rules of a described field; the server checks them again. */
export function rulesOf(field: FormField): Rule[] {
  const rules: Rule[] = [];
  if (field.required) rules.push({ required: true, message: `请填写${field.label}` });
  if (field.pattern) rules.push({ pattern: new RegExp(`^(?:${field.pattern})$`), message: field.patternMessage ?? `${field.label}格式不正确` });
  if (field.maxLength) rules.push({ max: field.maxLength, message: `${field.label}最多 ${field.maxLength} 个字` });
  if (field.type === 'IdNumber') {
    rules.push({ validator: (_, v: string | undefined) => (!v ? Promise.resolve() : idNumberProblem(v.toUpperCase()) ? Promise.reject(new Error(idNumberProblem(v.toUpperCase())!)) : Promise.resolve()) });
  }
  return rules;
}

/** A described field as a form item: its label, input, rules and the errors the server reports on it. */
export function FieldItem({ field, inline }: { field: FormField; inline?: boolean }) {
  const common = { label: field.label, name: field.name, rules: inline ? [] : rulesOf(field), extra: inline ? undefined : field.help ?? undefined };
  const placeholder = field.placeholder ?? undefined;
  switch (field.type) {
    case 'MultilineText':
      return <Form.Item {...common}><Input.TextArea rows={4} placeholder={placeholder} maxLength={field.maxLength ?? undefined} showCount={!!field.maxLength} /></Form.Item>;
    case 'IdNumber':
      return <Form.Item {...common} normalize={(v: string) => v?.toUpperCase()}><Input maxLength={18} placeholder={placeholder ?? '18 位（或 15 位旧）身份证号码'} style={{ width: inline ? 200 : undefined }} /></Form.Item>;
    case 'Division':
      return <Form.Item {...common}><DivisionPicker level={field.divisionLevel === 'Town' ? 'Town' : 'Village'} /></Form.Item>;
    case 'Date':
      return (
        <Form.Item {...common} getValueProps={(v?: string) => ({ value: v ? dayjs(v) : undefined })} normalize={(d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}>
          <DatePicker style={{ width: '100%' }} placeholder={placeholder ?? '请选择日期'} />
        </Form.Item>
      );
    case 'DateTime':
      return (
        <Form.Item {...common} getValueProps={(v?: string) => ({ value: v ? dayjs(v) : undefined })} normalize={(d?: Dayjs | null) => (d ? d.toISOString() : undefined)}>
          <DatePicker showTime style={{ width: '100%' }} placeholder={placeholder ?? '请选择时间'} />
        </Form.Item>
      );
    case 'Money':
      return <Form.Item {...common}><InputNumber prefix="¥" precision={2} min={field.min ?? 0} max={field.max ?? undefined} style={{ width: '100%' }} placeholder={placeholder} /></Form.Item>;
    case 'Number':
      return <Form.Item {...common}><InputNumber min={field.min ?? undefined} max={field.max ?? undefined} style={{ width: '100%' }} placeholder={placeholder} /></Form.Item>;
    case 'Enum':
      return (
        <Form.Item {...common}>
          {field.optionsFrom
            ? <LoadedSelect source={field.optionsFrom} placeholder={placeholder} inline={inline} />
            : <FormSelect allowClear placeholder={placeholder ?? '请选择'} style={{ minWidth: inline ? 140 : undefined }} options={field.options.map((o) => ({ value: o.value, label: o.label }))} />}
        </Form.Item>
      );
    case 'Boolean':
      return <Form.Item {...common} valuePropName="checked"><Switch checkedChildren="是" unCheckedChildren="否" /></Form.Item>;
    case 'File':
      return (
        <Form.Item {...common} valuePropName="fileList" getValueFromEvent={(e: { fileList: unknown[] }) => e.fileList.slice(-1)}>
          <Upload beforeUpload={() => false} maxCount={1} accept={field.accept ?? undefined}>
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
        </Form.Item>
      );
    default:
      return <Form.Item {...common}><Input placeholder={placeholder} maxLength={field.maxLength ?? undefined} /></Form.Item>;
  }
}

/** The form's values as the endpoint expects them: JSON, or multipart when a file is attached. */
export function bodyOf(fields: FormField[], values: Record<string, unknown>): unknown {
  const files = fields.filter((f) => f.type === 'File');
  if (!files.length) return values;
  const data = new FormData();
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null) continue;
    if (field.type === 'File') {
      const file = (value as { originFileObj?: File }[])[0]?.originFileObj;
      if (file) data.append(field.name, file, file.name);
    } else {
      data.append(field.name, String(value));
    }
  }
  return data;
}

export function initialValuesOf(fields: FormField[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.default === null || f.default === undefined) continue;
    values[f.name] = f.type === 'Number' || f.type === 'Money' ? Number(f.default) : f.type === 'Boolean' ? f.default === 'true' : f.default;
  }
  return values;
}
