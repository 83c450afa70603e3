/**
 * Past this many communities, charts with a bar per community are drawn per street instead:
 * sixty bars are the most a reader can take in.
 */
export const BARS_PER_COMMUNITY_LIMIT = 60;

/**
 * Past this many communities, pages that list every community (directory, standards, matrix)
 * list streets instead and link onwards, so that no page grows with the district.
 */
export const LIST_EVERY_COMMUNITY_LIMIT = 300;

/** Whether a district is large enough that per-community lists give way to per-street ones. */
export function isLargeDistrict(communities: readonly unknown[]): boolean {
  return communities.length > LIST_EVERY_COMMUNITY_LIMIT;
}
