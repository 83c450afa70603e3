import type { APIRoute, GetStaticPaths } from 'astro';
import { getCity } from '../../../city.ts';

// The compare picker's list for one district built into the city: slug, name and street of each
// community (small, loaded only when a reader picks that district).
export const getStaticPaths = (() => {
  const { districts, communities } = getCity();
  return districts
    .filter((d) => d.kind === 'content')
    .map((d) => ({
      params: { district: d.slug },
      props: { names: communities.filter((c) => c.district === d.slug).map(({ community: c }) => [c.slug, c.name, c.street]) },
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.names);
