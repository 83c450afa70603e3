import type { APIRoute, GetStaticPaths } from 'astro';
import { getCityCharts } from '../../city.ts';

// Each city chart's table as CSV (UTF-8 with a BOM), like the district sites' chart downloads.
export const getStaticPaths = (() => getCityCharts().map((chart) => ({ params: { id: chart.id }, props: { csv: chart.csv } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
