// The report page's script: map tabs. Each map is a complete page of its own (the viz library's
// HTML map), kept base64-encoded in a JSON block and loaded into the frame when its tab opens, so
// that a map is laid out at the size it is shown and only the map in view costs the browser
// anything. `#map=chain` in the address opens that map first. After a map has drawn, the page
// copies its counts to data-map-* attributes on <body> (read by the tests).
(function () {
  'use strict';
  var body = document.body;
  var source = document.getElementById('leadnet-maps');
  var maps = source ? JSON.parse(source.textContent).maps : [];
  var frame = document.getElementById('map-frame');
  var tabs = Array.prototype.slice.call(document.querySelectorAll('#map-tabs button'));
  var current = null;

  function decode(b64) {
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder('utf-8').decode(bytes);
  }

  function poll(tries) {
    var doc = null;
    try { doc = frame.contentDocument; } catch (e) { doc = null; }
    var b = doc && doc.body;
    if (b && b.getAttribute('data-ready') === '1') {
      body.setAttribute('data-map-ready', current);
      body.setAttribute('data-map-nodes', b.getAttribute('data-nodes-drawn') || '');
      body.setAttribute('data-map-edges', b.getAttribute('data-edges-drawn') || '');
      return;
    }
    if (tries < 200) setTimeout(function () { poll(tries + 1); }, 50);
  }

  function show(key) {
    var map = null;
    for (var i = 0; i < maps.length; i++) if (maps[i].key === key) map = maps[i];
    if (!map) map = maps[0];
    if (!map || !frame) return;
    current = map.key;
    tabs.forEach(function (t) { t.setAttribute('aria-selected', t.getAttribute('data-map') === map.key ? 'true' : 'false'); });
    body.setAttribute('data-map', map.key);
    body.removeAttribute('data-map-ready');
    frame.setAttribute('title', map.title);
    frame.srcdoc = decode(map.html);
  }

  if (frame) frame.addEventListener('load', function () { poll(0); });
  tabs.forEach(function (t) { t.addEventListener('click', function () { show(t.getAttribute('data-map')); }); });
  var wanted = /(?:^#|&)map=([a-z]+)/.exec(location.hash);
  if (maps.length) show(wanted ? wanted[1] : maps[0].key);
  body.setAttribute('data-findings', String(document.querySelectorAll('#findings li.finding').length));
  body.setAttribute('data-charts', String(document.querySelectorAll('svg.chart').length));
  body.setAttribute('data-maps', String(maps.length));
  body.setAttribute('data-ready', '1');
})();
