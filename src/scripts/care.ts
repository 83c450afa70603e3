// The 长辈模式 (care mode) toggle: large text, high contrast, big targets, charts as tables.
// The head script already applied `?care=` or the remembered choice before paint; this button
// flips the mode and remembers it the same way the theme is remembered.
import { CARE_KEY } from '../lib/inline-scripts.ts';

const root = document.documentElement;

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-care-toggle]')) {
  const sync = () => button.setAttribute('aria-pressed', String(root.dataset.care === 'on'));
  button.hidden = false;
  sync();
  button.addEventListener('click', () => {
    const on = root.dataset.care !== 'on';
    if (on) root.dataset.care = 'on';
    else delete root.dataset.care;
    try {
      localStorage.setItem(CARE_KEY, on ? 'on' : 'off');
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
    sync();
  });
}
