import { readFileSync } from 'node:fs';
import type { Chart } from '../lib/charts/build.ts';
import { buildChart } from '../lib/charts/build.ts';
import type { ChartSpec } from '../lib/charts/spec.ts';
import type { CityPageData } from '../lib/city/page-data.ts';
import { getStrings } from '../lib/i18n/index.ts';
import { readSettings } from '../settings.ts';

// The city pages' one door to their data: the city model the city build wrote (its path is in
// SHEQU_CITY_MODEL), read once.
let data: CityPageData | undefined;

/** The city model, settings and districts. */
export function getCity(): CityPageData {
  const file = readSettings().cityModel;
  if (!file) throw new Error('SHEQU_CITY_MODEL is not set: the city pages are built by `npm run build -- --content <city folder>`');
  data ??= JSON.parse(readFileSync(file, 'utf8')) as CityPageData;
  return data;
}

/** A city path with the city's base in front. */
export function cityHref(sitePath: string): string {
  return import.meta.env.BASE_URL.replace(/\/+$/, '') + sitePath;
}

/** The districts side by side as charts (each with its table): communities and investment, standards met, satisfaction. */
export function getCityCharts(): Chart[] {
  const { model } = getCity();
  const strings = getStrings('zh-CN').chart;
  const rows = model.districts.map((d) => ({
    name: d.name,
    communities: d.communities,
    investment_wan: d.investment_wan,
    investment_per_household_yuan: d.investment_per_household_yuan,
    standards_met_pct: d.standards_met_pct,
    satisfaction_pct: d.satisfaction_pct,
  }));
  const columns = { name: '区', communities: '社区数', investment_wan: '改造投入（万元）', investment_per_household_yuan: '户均改造投入（元）', standards_met_pct: '规范达标率（%）', satisfaction_pct: '最近满意度（%）' };
  const specs: { id: string; spec: ChartSpec }[] = [
    { id: 'city-investment', spec: { type: 'bar', title: '各区社区改造投入（万元）', from: 'districts', x: 'name', y: ['investment_wan'] } },
    { id: 'city-standards', spec: { type: 'bar', title: '各区规范达标率（%）', from: 'districts', x: 'name', y: ['standards_met_pct'] } },
    { id: 'city-satisfaction', spec: { type: 'bar', title: '各区居民满意度（最近一次调查，%）', from: 'districts', x: 'name', y: ['satisfaction_pct'] } },
  ];
  return specs.map(({ id, spec }) => buildChart(spec, rows, { id, strings, columns, source: '各区网站发布的数据（/data/）' }));
}
