import type { APIRoute } from 'astro';
import { getCityCommunitiesJson } from '../../../lib/city/export.ts';
import { getCity } from '../../city.ts';

// Every community of the city as JSON, with its district.
export const GET: APIRoute = () => Response.json(getCityCommunitiesJson(getCity()));
