/** The key under which a reader's theme choice is remembered. */
export const THEME_KEY = 'shequ-theme';

/**
 * The page's only inline script, run in the head before anything paints: it marks the document
 * as scripted (CSS then shows charts instead of their tables) and applies a remembered theme
 * choice, so no page flashes the wrong theme. Kept here so the Content Security Policy can
 * allow exactly this text by its hash.
 */
export const HEAD_SCRIPT = `(function(d){d.classList.add('js');try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})(document.documentElement);`;

/** Every inline script of the site, for the CSP's hash list. */
export const INLINE_SCRIPTS = [HEAD_SCRIPT];
