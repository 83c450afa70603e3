import { formatInt, formatNumber, formatPct } from './format.ts';
import type { Strings } from './i18n/index.ts';
import type { DistrictFigures } from './model.ts';

/** A headline figure as cards show it. */
export interface HeadlineFigure {
  value: string;
  unit?: string;
  label: string;
}

/** The overview's headline figures, in the order leaders read them. */
export function getHeadlineFigures(district: DistrictFigures, t: Strings): HeadlineFigure[] {
  return [
    { value: formatInt(district.communities), unit: t.units.communities, label: t.figures.communities },
    { value: formatInt(district.households), unit: t.units.households, label: t.figures.households },
    { value: formatInt(district.population), unit: t.units.people, label: t.figures.population },
    { value: formatInt(district.party_members), unit: t.units.people, label: t.figures.partyMembers },
    { value: formatNumber(district.investment_wan), unit: t.units.wan, label: t.figures.investment },
    { value: formatNumber(district.funding_wan), unit: t.units.wan, label: t.figures.funding },
    { value: formatInt(district.demonstrations), unit: t.units.communities, label: t.figures.demonstrations },
    { value: formatPct(district.standards_met_pct).replace('%', ''), unit: '%', label: t.overview.metPct },
  ];
}
