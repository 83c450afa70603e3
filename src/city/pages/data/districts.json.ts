import type { APIRoute } from 'astro';
import { getCity } from '../../city.ts';

// The districts side by side and the city totals, as the overview shows them.
export const GET: APIRoute = () => {
  const { model, districts } = getCity();
  return Response.json({ totals: model.totals, districts: model.districts, shared_standards: model.shared, sources: districts.map(({ slug, kind, href }) => ({ slug, kind, href })) });
};
