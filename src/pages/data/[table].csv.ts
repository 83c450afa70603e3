import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPublishedCsv } from '../../lib/csv.ts';
import { getTables } from '../../site.ts';

// Each content/data table, re-published as checked (UTF-8 with a BOM for Excel, formulas neutralised).
export const getStaticPaths = (async () => {
  const tables = await getTables();
  // `communities` is the name of the all-facts download: a table of that name would clash.
  return tables.filter((t) => t.id !== 'communities').map((table) => ({ params: { table: table.id }, props: { table: table.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { columns, rows } = props.table as { columns: string[]; rows: Record<string, string | number | null>[] };
  const csv = formatPublishedCsv([columns, ...rows.map((row) => columns.map((c) => row[c]))]);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
