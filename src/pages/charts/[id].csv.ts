import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

// One CSV per chart, written at build time: the table the chart draws, UTF-8 with a BOM.
export const getStaticPaths = (async () => {
  const charts = await getCollection('charts');
  return charts.map((chart) => ({ params: { id: chart.id }, props: { csv: chart.data.csv } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
