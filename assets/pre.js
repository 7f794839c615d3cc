// Runs in the head before the first paint (a classic script, same origin,
// as the Content-Security-Policy allows). The page's body holds the
// report's default view, written at build time, until the app takes over:
// - `js`: script runs, so the app is coming;
// - `en`: the interface language the app will use (the app's own rule:
//   ?lang=, else the stored choice, else the browser's language), so
//   the prerendered text is in that language from the first paint
//   (and `<html lang>` says so);
// - `scrolled`: the reader has scrolled the prerendered view;
// - `filtered`: the address asks for something other than the default
//   view (?speaker=CHN, ?view=overview…): the prerendered list is hidden
//   behind a placeholder instead of flashing before the answer;
// - `other-report`: the address names a report other than the one written
//   into the page (`<html data-report>`, the newest), or several: all of
//   the written report is hidden behind a loading notice until what the
//   address names has arrived.
// - `header-first`: the first frame paints the page's header alone, the
//   next one the rest (below it, so nothing moves). Laying out the first
//   screen's text is most of the first frame's work (a cold font cache and
//   shaping), and the header painted first is on the screen as soon as a
//   page of a few lines would be. Not for a `#p39` link (the browser
//   scrolls to its paragraph as the page is parsed), an address that asks
//   for another view or report (their placeholders are a header already)
//   or a page that loads unseen (it paints no frame). The app starts
//   after the text is painted (scripts/post-build.mjs), so the
//   prerendered text is what the reader sees first.
(function () {
  // The language rule (`report::page::i18n::head_script_rule`, written
  // here by the build): the codes `?lang=` and the stored choice may hold,
  // the storage key, and the prefix of a Chinese browser language.
  var RULE = /* lang-rule */ null;
  var code = function (v) {
    for (var i = 0; i < RULE.codes.length; i++) if (RULE.codes[i][0] === v) return RULE.codes[i][1];
    return null;
  };
  var d = document.documentElement;
  var q = new URLSearchParams(location.search);
  var lang = code(q.get('lang'));
  if (!lang) {
    try { lang = code(localStorage.getItem(RULE.key)); } catch (e) { lang = null; }
  }
  if (!lang) {
    var nav = navigator.language || '';
    lang = nav === '' || nav.indexOf(RULE.browser) === 0 ? 'zh' : 'en';
  }
  d.className += ' js' + (lang === 'en' ? ' en' : '');
  // The page's language is the interface's from the first paint (the
  // written page says zh-Hans): a screen reader reads the English view as
  // English, and the app setting the same at takeover changes no style
  // (a change of <html lang> lays the whole page out again).
  if (lang === 'en') d.lang = 'en';
  var filtered = false;
  q.forEach(function (v, k) { if (k !== 'lang') filtered = true; });
  if (filtered) d.className += ' filtered';
  var shown = d.getAttribute('data-report');
  var others = q.getAll('report').filter(function (r) { return r.trim() !== shown; });
  if (others.length > 0) d.className += ' other-report';
  var visible = document.visibilityState !== 'hidden';
  var headerFirst = !location.hash && !filtered && others.length === 0 && visible;
  if (headerFirst) {
    d.className += ' header-first';
    // Once a frame has run with the header parsed (that frame paints it),
    // the next frame paints the rest.
    var next = function () {
      if (document.readyState === 'loading' && !document.querySelector('#prerender .layout')) requestAnimationFrame(next);
      else requestAnimationFrame(function () { d.classList.remove('header-first'); });
    };
    requestAnimationFrame(next);
  }
  // Whether the reader scrolled before the app came: only then does the
  // app measure where the cards are (measuring forces a layout).
  addEventListener('scroll', function () { d.classList.add('scrolled'); }, { once: true, passive: true });
  // Chromium forgets a painted text whose element is removed before the
  // time of its paint comes back, so the app leaves the prerendered view
  // (hidden) when it takes over before that (src/browser.rs). The first
  // largest-paint entry says the time is in: the view goes then, and
  // `painted` tells the app it need not leave it (nor where the browser
  // times no largest paint, or not for a page that loads unseen).
  // When the header is painted first, the time that must be in is the
  // rest's: the browser times the paint of the search box's `/`, the one
  // element written with `elementtiming` (crates/report/src/site/prerender.rs),
  // on the first screen in every layout, and a larger text painted in the
  // same frame is timed with it.
  var types = window.PerformanceObserver ? PerformanceObserver.supportedEntryTypes || [] : [];
  if (types.indexOf('largest-contentful-paint') < 0 || !visible) d.classList.add('painted');
  else new PerformanceObserver(function (list, observer) {
    var left = document.querySelector('#prerender.taken');
    if (left) left.remove();
    d.classList.add('painted');
    observer.disconnect();
  }).observe({ type: headerFirst && types.indexOf('element') >= 0 ? 'element' : 'largest-contentful-paint', buffered: true });
})();
