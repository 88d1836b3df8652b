import { Alert, Typography } from 'antd';
import type { AuditVerification } from './model';

export type Verification =
  | { state: 'idle' } | { state: 'running' } | { state: 'failed'; message: string } | { state: 'done'; result: AuditVerification };

/** The outcome of 校验链: intact (with the last hash to note down), or the first broken link and why. */
export function VerifyResult({ verification, onClose }: { verification: Verification; onClose: () => void }) {
  if (verification.state === 'idle' || verification.state === 'running') return null;
  if (verification.state === 'failed') {
    return <Alert type="error" showIcon closable onClose={onClose} role="alert" message="校验未能完成" description={verification.message} style={{ marginBottom: 16 }} />;
  }
  const r = verification.result;
  return r.ok ? (
    <Alert type="success" showIcon closable onClose={onClose} role="status" data-testid="verify-result" style={{ marginBottom: 16 }}
      message={r.summary ?? `审计链完整：已校验 ${r.entriesChecked} 条记录，均未被篡改。`}
      description={<>
        {r.notes?.map((note) => <div key={note}>{note}</div>)}
        {r.lastHash ? <>末条记录哈希（可抄录留存，用于日后核对）：<Typography.Text code copyable>{r.lastHash}</Typography.Text></> : '暂无记录。'}
      </>} />
  ) : (
    <Alert type="error" showIcon closable onClose={onClose} role="alert" data-testid="verify-result" style={{ marginBottom: 16 }}
      message={r.summary ?? `审计链已断开：第 ${r.firstBrokenSequence} 条记录校验不通过。`}
      description={<>{r.reason}（此前 {r.entriesChecked} 条记录完好。）</>} />
  );
}
