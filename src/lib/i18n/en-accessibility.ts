import type { Strings } from './zh-CN.ts';

/** The accessibility statement (/accessibility/) in English: a page of its own, so its own module. */
export const accessibilityEn: Strings['accessibility'] = {
  title: 'Accessibility statement',
  lead: 'We want every reader, older readers and readers with impaired sight, hearing or movement included, to read this site with ease. This statement says what the site supports, which standards it follows, how it is tested and whom to contact about a problem.',
  supportsTitle: 'What the site supports',
  supports: [
    'Large text mode (elderly-friendly mode): the header button, or ?care=1 at the end of an address (?care=0 turns it off); the choice is remembered. Body text of at least 24 px, line height 1.6, wider paragraph spacing, a high-contrast palette in light and dark, targets of at least 44 px (mostly 60 px), a large mouse pointer on computers, one column, and charts shown as their data tables in large figures (the chart is one tap away).',
    'Read aloud: community, report, standards and overview pages have a Read aloud button that reads the main text paragraph by paragraph with the speech synthesis built into the browser, highlighting the paragraph being read and scrolling it into view, with pause, continue and stop; tables are read as sentences (row name, then each column with its value). No outside speech service is used; where the browser has no speech synthesis the button is not shown.',
    'Dark mode: follows the system, or the header button; the choice is remembered.',
    'Keyboard: everything works from the keyboard; each page starts with a skip link and the focus is always visible.',
    'Charts and data: every chart comes with its data table and a CSV download; status is never shown by colour alone (✓ met, ◐ partly met, ✗ not met).',
    'Zoom and reflow: at 400 % zoom or on a 320 px wide screen no page scrolls sideways; wide tables scroll inside their own region.',
    'No pop-ups, no autoplay, no outside fonts or scripts.',
  ],
  standardsTitle: 'Standards followed',
  testingTitle: 'How the site is tested',
  testing: [
    'After every change, automated tests open every kind of page in Chromium: axe checks WCAG 2.2 AA in light, dark and large text mode; pages must not scroll sideways at 320 px; text size, line height and target sizes of large text mode are measured; the read aloud button and keyboard use are tested.',
    'The HTML of every page is checked with the W3C Nu HTML Checker.',
    'Screenshots of large text mode at phone and desktop widths are looked at page by page.',
  ],
  limitsTitle: 'Known limitations',
  limits: ['Screen readers cannot read the chart drawings themselves: use the data table below each chart.', 'The voice and speed of reading depend on the voices installed on your device.'],
  contactTitle: 'Contact',
  contactLead: 'If anything on this site is hard to use, or you have a suggestion, please tell us:',
  contactNone: 'If anything on this site is hard to use, please contact the community affairs office of {district}.',
  name: 'Office',
  email: 'Email',
  phone: 'Phone',
};
