// 经验交流: shows one district's reports. The choice lives in the URL (?district=…) so a
// filtered list can be shared; without JavaScript every report is listed.

/** Shows the filter and applies the district named in the URL. */
export function setUpReportFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-report-filter]');
  const select = form?.querySelector('select');
  const items = document.querySelectorAll<HTMLElement>('[data-report-list] > li');
  if (!form || !select) return;
  form.hidden = false;
  const apply = () => items.forEach((item) => (item.hidden = select.value !== '' && item.dataset.district !== select.value));
  select.value = new URLSearchParams(location.search).get('district') ?? '';
  if (select.selectedIndex < 0) select.value = '';
  apply();
  select.addEventListener('change', () => {
    const params = new URLSearchParams(location.search);
    if (select.value) params.set('district', select.value);
    else params.delete('district');
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    apply();
  });
}
