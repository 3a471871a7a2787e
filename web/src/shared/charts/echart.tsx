import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';

/*
 * The one place the web app touches ECharts. Only the chart types and components registered
 * here are bundled (tree-shaken `echarts/core`), and this module is reached only from pages
 * that are themselves loaded lazily, so chart code never lands in the initial JavaScript.
 * Register a new chart type here rather than importing `echarts` elsewhere.
 */
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type { EChartsCoreOption };

export interface EChartProps {
  option: EChartsCoreOption;
  /** CSS height of the chart box; ECharts needs a sized container. */
  height: number | string;
  /** data-testid of the container; the container also gets data-rendered="true" once drawn. */
  testId?: string;
  /** Accessible description of what the chart shows (the numbers are also in a table or text). */
  ariaLabel?: string;
  /** Called with the clicked series item (data index, name, series name, value). */
  onItemClick?: (item: { dataIndex: number; name: string; seriesName?: string; value: unknown }) => void;
  style?: CSSProperties;
}

/**
 * A chart that follows its option and its container's size. The instance lives as long as the
 * component; `option` is applied with `notMerge` so a smaller dataset never leaves old series behind.
 */
export function EChart({ option, height, testId, ariaLabel, onItemClick, style }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickHandler = useRef(onItemClick);
  clickHandler.current = onItemClick;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      const p = params as { dataIndex: number; name: string; seriesName?: string; value: unknown };
      clickHandler.current?.({ dataIndex: p.dataIndex, name: p.name, seriesName: p.seriesName, value: p.value });
    });
    instance.on('finished', () => element.setAttribute('data-rendered', 'true'));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={container}
      data-testid={testId}
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', height, cursor: onItemClick ? 'pointer' : undefined, ...style }}
    />
  );
}

/** The chart's current picture as a PNG data URL (for exports), or null before it is drawn. */
export function chartPng(element: HTMLElement): string | null {
  const instance = echarts.getInstanceByDom(element);
  return instance ? instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) : null;
}
