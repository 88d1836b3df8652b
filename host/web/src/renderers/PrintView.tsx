import { useNavigate } from 'react-router-dom';
import { Button, QRCode, Space, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { PrintPage, UiModule } from '../types';
import { fill, formatValue, get } from './fields';
import { urlOf } from './actions';
import { useResource } from './useRecord';
import { LoadError } from './LoadError';

type Row = Record<string, unknown>;

/** A described document laid out for A4, printed by the browser (the shell's chrome is hidden in print). */
export function PrintView({ module, page, recordId }: { module: UiModule; page: PrintPage; recordId?: string }) {
  const navigate = useNavigate();
  const { data, error, loading, reload } = useResource<Row>(urlOf(module, page.source.path, {}, recordId));
  if (loading && !data) return <Spin tip="正在加载…"><div style={{ height: 160 }} /></Spin>;
  if (error) return <div className="mz-page"><LoadError error={error} retry={reload} /></div>;
  const record = data ?? {};
  return (
    <>
      <Space className="mz-no-print" style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>打印</Button>
        <Button onClick={() => navigate(-1)}>返回</Button>
      </Space>
      <article className={page.landscape ? 'mz-print landscape' : 'mz-print'}>
        <style>{`@page { size: A4 ${page.landscape ? 'landscape' : 'portrait'}; margin: 18mm; }`}</style>
        <h1>{fill(page.heading || page.title, record, false, recordId)}</h1>
        {page.blocks.map((block, i) => {
          switch (block.kind) {
            case 'text': {
              // A paragraph that is only a placeholder the record leaves empty (a notice that applies to some records) is left out.
              const text = printedText(fill(block.template, record, false, recordId));
              return text.trim() ? <p key={i} style={{ textIndent: '2em', lineHeight: 2 }}>{text}</p> : null;
            }
            case 'fields':
              return (
                <table key={i}><tbody>
                  {block.fields.map((f) => <tr key={f.field}><th style={{ width: '30%' }}>{f.label}</th><td>{formatValue(get(record, f.field), f.type, f.options)}</td></tr>)}
                </tbody></table>
              );
            case 'table': {
              const rows = (block.field ? get(record, block.field) : record) as Row[] | undefined;
              return (
                <table key={i}>
                  <thead><tr>{block.columns.map((c) => <th key={c.field}>{c.title}</th>)}</tr></thead>
                  <tbody>
                    {(Array.isArray(rows) ? rows : []).map((row, r) => <tr key={r}>{block.columns.map((c) => <td key={c.field}>{formatValue(get(row, c.field), c.type, c.options)}</td>)}</tr>)}
                  </tbody>
                </table>
              );
            }
            case 'signatures':
              return <div key={i} className="mz-signatures">{block.labels.map((l) => <div key={l}>{l}：</div>)}</div>;
            case 'qr': {
              const link = get(record, block.field);
              const caption = fill(block.caption, record, false, recordId);
              // The code is drawn as an image (role="img"): it needs a name of its own for a screen reader (axe: role-img-alt).
              return typeof link === 'string' && link ? (
                <figure key={i} className="mz-qr">
                  <QRCode value={link} size={160} bordered={false} aria-label={`二维码：${caption}`} />
                  <figcaption>{caption}</figcaption>
                </figure>
              ) : null;
            }
          }
        })}
      </article>
    </>
  );
}

/** A printed sentence reads dates as a letter does (2026年12月3日), not as the API sends them (2026-12-03). */
function printedText(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`);
}
