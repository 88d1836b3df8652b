import { changesOf, type AuditEntry } from './model';

/** An entry's before/after as a short list of changed fields. */
export function Changes({ entry }: { entry: Pick<AuditEntry, 'before' | 'after'> }) {
  const changes = changesOf(entry);
  if (!changes.length) return null;
  return (
    <ul className="mz-changes">
      {changes.map((c) => (
        <li key={c.field}>
          <strong>{c.field}</strong>：
          {c.before !== undefined && c.after !== undefined ? <>{c.before} → {c.after}</> : c.after ?? c.before}
        </li>
      ))}
    </ul>
  );
}
