/** The key under which a reader's theme choice is remembered. */
export const THEME_KEY = 'shequ-theme';

/** The key under which a reader's 长辈模式 (care mode) choice is remembered (`on` or `off`). */
export const CARE_KEY = 'shequ-care';

/**
 * The page's only inline script, run in the head before anything paints: it marks the document
 * as scripted (CSS then shows charts instead of their tables, and the controls scripts drive
 * take their place at once, so nothing shifts when the scripts arrive) and as able to speak
 * (the 朗读 control), applies a remembered theme
 * choice, and turns 长辈模式 on or off — from `?care=1` / `?care=0` in the address (remembered,
 * so a shared link opens in it and the next pages keep it) or from the remembered choice — so
 * no page flashes the wrong theme or the small text. Kept here so the Content Security Policy
 * can allow exactly this text by its hash.
 */
export const HEAD_SCRIPT = `(function(d){d.classList.add('js');if(window.speechSynthesis)d.classList.add('speech');var c=/[?&]care=([01])(?:&|$)/.exec(location.search);c=c&&(c[1]==='1'?'on':'off');try{var s=localStorage,t=s.getItem('${THEME_KEY}');if(t==='light'||t==='dark')d.dataset.theme=t;if(c)s.setItem('${CARE_KEY}',c);else c=s.getItem('${CARE_KEY}')}catch(e){}if(c==='on')d.dataset.care='on'})(document.documentElement);`;

/** Every inline script of the site, for the CSP's hash list. */
export const INLINE_SCRIPTS = [HEAD_SCRIPT];
