import type { ReactNode } from 'react';
import { formatValue } from '../../renderers/fields';
import { changesOf, type AuditEntry } from './model';

/** A value in words; division codes as the names of town and village. */
export const shown = (name: string, value: string): ReactNode =>
  (name === 'DivisionCode' && /^\d{9,12}$/.test(value) ? formatValue(value, 'Division') : value);

/** An entry's before/after as a short list of changed fields. */
export function Changes({ entry }: { entry: Pick<AuditEntry, 'entity' | 'before' | 'after'> }) {
  const changes = changesOf(entry);
  if (!changes.length) return null;
  return (
    <ul className="mz-changes">
      {changes.map((c) => (
        <li key={c.name}>
          <strong>{c.field}</strong>：
          {c.before !== undefined && c.after !== undefined
            ? <>{shown(c.name, c.before)} → {shown(c.name, c.after)}</>
            : shown(c.name, (c.after ?? c.before)!)}
        </li>
      ))}
    </ul>
  );
}
