import { deriveCommunity, getStatus } from './model.ts';
import type { Community, Site } from './schema.ts';

/**
 * What the directory's filters and sorts read from a card, as `data-*` attributes: the page
 * stays a plain list without JavaScript, and the script never needs the full data.
 */
export function getCardFacts(c: Community, site: Site): Record<string, string> {
  const derived = deriveCommunity(c);
  return {
    'data-name': c.name,
    'data-street': c.street,
    'data-type': c.type,
    'data-level': c.demonstration,
    'data-households': String(c.households),
    'data-investment': String(c.renovation?.cost_wan ?? ''),
    'data-satisfaction': String(derived.satisfaction_pct ?? ''),
    // `organization:met venue:partial …`, matched by the standard/status filter.
    'data-standards': site.standards.map((s) => `${s.id}:${getStatus(c, s.id)}`).join(' '),
  };
}
