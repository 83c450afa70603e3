import type { APIRoute } from 'astro';
import { getCityCommunitiesCsv } from '../../../lib/city/export.ts';
import { getCity } from '../../city.ts';

// Every community of the city in one spreadsheet, with a district column.
export const GET: APIRoute = () => new Response(getCityCommunitiesCsv(getCity()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
