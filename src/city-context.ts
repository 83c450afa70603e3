// A district built inside a city (npm run build -- --content <city folder>) learns the city's
// title and home address from the city build, which sets SHEQU_CITY for its child build. The
// header and breadcrumbs use it for the way back to the city; a district built alone has none.

import { readSettings } from './settings.ts';

/** The city a district is built into: its title and the address of its home page. */
export interface CityContext {
  title: string;
  home: string;
}

/** The city context of this build, if the district is built inside a city. */
export function getCityContext(): CityContext | undefined {
  const raw = readSettings().city;
  if (!raw) return undefined;
  const parsed = JSON.parse(raw) as Partial<CityContext>;
  return typeof parsed.title === 'string' && typeof parsed.home === 'string' ? { title: parsed.title, home: parsed.home } : undefined;
}
