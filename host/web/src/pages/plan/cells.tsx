import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { statusColors, withUnit, type PlanRow, type PlanStatus } from './model';

/** The current value with its unit; without one, "—" and the reason (never a 0). */
export function ValueCell({ row }: { row: Pick<PlanRow, 'value' | 'unit' | 'numerator' | 'denominator' | 'notComputed'> }) {
  if (row.value === null) {
    return (
      <span data-testid="no-value">
        <span aria-hidden>—</span><span className="mz-sr-only">无数值</span>
        {row.notComputed && <Typography.Text type="secondary" className="mz-reason">{row.notComputed}</Typography.Text>}
      </span>
    );
  }
  return (
    <span>
      <span className="mz-mono">{withUnit(row.value, row.unit)}</span>
      {row.numerator !== null && row.denominator !== null && (
        <Typography.Text type="secondary" className="mz-reason mz-mono">{row.numerator} / {row.denominator}</Typography.Text>
      )}
    </span>
  );
}

export function StatusTag({ status, text }: { status: PlanStatus; text: string }) {
  return <Tag color={statusColors[status]}>{text}</Tag>;
}

const at = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');

/** The source of a row's figure as one sentence (the printed report's). */
export function sourceSentence(row: PlanRow): string {
  const s = row.source;
  switch (s.kind) {
    case 'Computed': return `由${s.moduleName ?? s.module ?? ''}模块计算${s.rule ? `（${s.rule}）` : ''}`;
    case 'Entered': return `${s.enteredBy ?? ''} 录入于 ${at(s.enteredAt)}${s.valueAsOf ? `，数据截至 ${s.valueAsOf}` : ''}，来源：${s.sourceText ?? ''}`;
    default: return '未计算';
  }
}

/** Where a row's figure comes from: the module that computes it (its rule beside), who entered it, or nothing. */
export function SourceCell({ row }: { row: PlanRow }) {
  const s = row.source;
  if (s.kind === 'Computed') {
    return (
      <span>
        由{s.moduleName ?? s.module}模块计算
        {s.rule && <details className="mz-rule"><summary>计算规则</summary>{s.rule}</details>}
      </span>
    );
  }
  if (s.kind === 'Entered') {
    return (
      <span>
        {s.enteredBy} 录入于 {at(s.enteredAt)}，来源：{s.sourceText}
        {s.valueAsOf && <Typography.Text type="secondary" className="mz-reason">数据截至 {s.valueAsOf}</Typography.Text>}
      </span>
    );
  }
  return <Typography.Text type="secondary">未计算</Typography.Text>;
}
