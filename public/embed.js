/*! Repère embed: inserts the Repère widget in an iframe where this script
 * stands. No dependency, no global, touches nothing but its own iframe.
 * Attributes and messages: docs/embed.md. MIT licence. */
(function (d, w) {
  var s = d.currentScript;
  if (!s || !s.src) return;
  var a = s.dataset, base = new URL(s.src, location.href), origin = base.origin;
  var q = 'embed=1';
  [['lang', a.lang], ['mode', a.mode], ['venues', a.venues], ['theme', a.theme],
   ['result-origin', a.resultOrigin], ['host-name', a.hostName],
   ['host', location.origin != 'null' && location.origin]]
    .forEach(function (p) { if (p[1]) q += '&' + p[0] + '=' + encodeURIComponent(p[1]).replace(/%2F/g, '/'); });
  var f = d.createElement('iframe');
  f.src = new URL('./?' + q, base).href;
  // A meaningful title (RGAA 2.1): what the frame holds.
  f.title = a.title || (a.lang == 'en'
    ? 'Repère: check your digital skills'
    : 'Repère : faire le point sur ses compétences numériques');
  f.setAttribute('data-repere', '');
  f.referrerPolicy = 'origin';
  f.style.cssText = 'display:block;width:100%;height:40rem;border:0';
  s.parentNode.insertBefore(f, s);
  w.addEventListener('message', function (e) {
    var m = e.data;
    // Exact origin and this iframe's own window: nothing else is read.
    if (e.origin !== origin || e.source !== f.contentWindow || !m || m.repere !== 1) return;
    if (m.type == 'resize' && m.height > 0) f.style.height = Math.ceil(m.height) + 'px';
    // The host may listen on the iframe: iframe.addEventListener('repere', e => e.detail).
    f.dispatchEvent(new CustomEvent('repere', { detail: m }));
  });
})(document, window);
