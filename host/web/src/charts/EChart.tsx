// The chart library itself, loaded on first use (charts/index.tsx imports this file lazily): ECharts' modular
// build with only the chart kinds and components the UI draws, rendered as SVG (sharp in print, no canvas).
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from './spec';
import { chartHeight, palette } from './spec';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const text = 'rgba(0, 0, 0, 0.85)';
const axis = { axisLabel: { color: text }, axisLine: { lineStyle: { color: '#8c8c8c' } } };

function optionOf(spec: ChartSpec): Record<string, unknown> {
  const unit = spec.unit ?? '';
  const show = (v: unknown) => (typeof v === 'number' ? `${number.format(v)}${unit}` : '—');
  const labels = spec.points.map((p) => p.label);
  const values = spec.points.map((p) => (p.value === null ? '-' : p.value));
  const target = spec.target ?? null;
  const markLine = target === null ? undefined : {
    silent: true, symbol: 'none', lineStyle: { color: '#cf1322', type: 'dashed' },
    label: { formatter: `${spec.targetLabel ?? '目标'} ${show(target)}`, color: '#a8071a', position: spec.horizontal ? 'start' : 'insideEndTop' }, data: [spec.horizontal ? { xAxis: target } : { yAxis: target }],
  };
  // From 0, and up to the target at least, so that the target's line is always in the picture.
  const valueAxis = {
    type: 'value', min: 0, max: target === null ? undefined : (extent: { max: number }) => Math.max(extent.max, target),
    // Counts are whole: no 0.2 of a visit on the axis.
    minInterval: spec.points.every((p) => p.value === null || Number.isInteger(p.value)) ? 1 : undefined,
    axisLabel: { color: text, formatter: (v: number) => `${number.format(v)}${unit}` },
  };
  const common = { animation: false, textStyle: { fontFamily: 'inherit' }, tooltip: { trigger: spec.kind === 'pie' ? 'item' : 'axis', valueFormatter: show } };
  switch (spec.kind) {
    case 'pie':
      return {
        ...common, color: palette,
        legend: { orient: 'vertical', right: 0, top: 'middle', textStyle: { color: text } },
        series: [{
          type: 'pie', name: spec.seriesName, radius: ['0%', '70%'], center: ['35%', '50%'],
          label: { formatter: '{d}%', color: text },
          // A slice of nothing has no label to point at (the legend and the table still list it).
          data: spec.points.map((p) => (p.value ? { name: p.label, value: p.value } : { name: p.label, value: 0, label: { show: false }, labelLine: { show: false } })),
        }],
      };
    case 'line':
      return {
        ...common, grid: { left: 48, right: 40, top: 32, bottom: 32 },
        xAxis: { type: 'category', data: labels, ...axis },
        yAxis: valueAxis,
        series: [{ type: 'line', name: spec.seriesName, data: values, color: palette[0], connectNulls: false, symbolSize: 7, label: { show: true, color: text, formatter: (p: { value: unknown }) => show(p.value) }, markLine }],
      };
    default: {
      const category = { type: 'category', data: labels, ...axis, inverse: spec.horizontal };

      return {
        ...common, grid: { left: 8, right: 48, top: 24, bottom: 8, containLabel: true },
        xAxis: spec.horizontal ? valueAxis : category, yAxis: spec.horizontal ? category : valueAxis,
        series: [{
          type: 'bar', name: spec.seriesName, data: values, color: palette[0], barMaxWidth: 24,
          label: { show: true, position: spec.horizontal ? 'right' : 'top', color: text, formatter: (p: { value: unknown }) => show(p.value) }, markLine,
        }],
      };
    }
  }
}

export default function EChart({ spec }: { spec: ChartSpec }) {
  return (
    <ReactEChartsCore echarts={echarts} option={optionOf(spec)} notMerge opts={{ renderer: 'svg', locale: 'ZH' }}
      style={{ height: chartHeight(spec), width: '100%' }} />
  );
}
