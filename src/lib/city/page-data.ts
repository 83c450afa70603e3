import type { PublishedCommunity } from './data-package.ts';
import type { CityModel } from './model.ts';

/** What the city pages read: the settings, the model, each district's place and standards, every community. */
export interface CityPageData {
  settings: { title: string; city: string; description: string | null; url: string | null; base: string; locale: 'zh-CN' | 'en' };
  model: CityModel;
  districts: { slug: string; kind: 'content' | 'data'; href: string; name: string; title: string; standards: { id: string; name: string }[] }[];
  communities: { district: string; districtName: string; community: PublishedCommunity }[];
}
