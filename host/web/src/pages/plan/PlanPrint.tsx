import { useNavigate } from 'react-router-dom';
import { Button, Space, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { LoadError } from '../../renderers/LoadError';
import { sourceSentence } from './cells';
import { withUnit, type PlanRow } from './model';
import { usePlan } from './PlanPage';

function valueText(row: PlanRow): string {
  if (row.value === null) return `—${row.notComputed ? `（${row.notComputed}）` : ''}`;
  return withUnit(row.value, row.unit);
}

/** The plan as an A4 portrait report for the annual summary: printed by the browser, the shell's chrome hidden in print. */
export function PlanPrintPage() {
  const navigate = useNavigate();
  const { plans, plan } = usePlan();
  const error = plans.error ?? plan.error;
  if (error) return <div className="mz-page"><LoadError error={error} retry={() => { void plans.reload(); void plan.reload(); }} /></div>;
  const view = plan.data;
  if (!view) return <Spin tip="正在加载…"><div style={{ height: 200 }} /></Spin>;
  return (
    <>
      <Space className="mz-no-print" style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>打印</Button>
        <Button onClick={() => navigate(`/plan?plan=${encodeURIComponent(view.id)}&asOf=${view.asOf}`)}>返回</Button>
      </Space>
      <article className="mz-print mz-plan-print">
        <style>{'@page { size: A4 portrait; margin: 15mm 12mm; }'}</style>
        <h1>{view.title}完成情况</h1>
        <p className="mz-print-meta">
          <span>{view.scopeName}</span>
          <span>数据截至：{dayjs(view.asOf).format('YYYY年M月D日')}</span>
          <span>生成时间：{dayjs().format('YYYY-MM-DD HH:mm')}</span>
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col" style={{ width: '5%' }}>序号</th><th scope="col" style={{ width: '17%' }}>指标</th><th scope="col" style={{ width: '7%' }}>单位</th>
              <th scope="col" style={{ width: '8%' }}>基期值<br />（{view.baselineYear}年）</th><th scope="col" style={{ width: '11%' }}>目标值<br />（{view.toYear}年）</th>
              <th scope="col" style={{ width: '7%' }}>属性</th><th scope="col" style={{ width: '14%' }}>当前值</th>
              <th scope="col" style={{ width: '9%' }}>是否达标</th><th scope="col">数据来源</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.number}>
                <td style={{ textAlign: 'center' }}>{row.number}</td><td>{row.name}</td><td>{row.unit}</td>
                <td>{row.baselineText}</td><td>{row.targetText}</td><td>{row.binding}</td>
                <td>{valueText(row)}</td><td>{row.statusText}</td><td>{sourceSentence(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mz-print-note">注：“—”表示暂无数值，括号内为原因；“需人工对照”的指标目标为文字表述，请对照目标人工判断。</p>
      </article>
    </>
  );
}
