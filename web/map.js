/* map.js -- the page script of geoevents' self-contained HTML map. It is
 * inlined, with Leaflet, into every FILE.html that `geoevents map -o FILE.html`
 * writes, so the page opens from file:// with no network. It reads the events
 * (GeoJSON in the script element #ge-data), the type colours (#ge-types) and
 * the country outlines (#ge-world, Natural Earth via world-atlas), and draws
 * the events aggregated on a screen grid: a single event is a circle in its
 * type's colour (class "ge-event"), events closer than a grid cell one badge
 * with their count (class "ge-cluster", data-n) in the colour of the most
 * frequent type; clicking a badge zooms in, or lists its events when they
 * share one place. Only what is in view is drawn, so 100,000 events stay
 * responsive. A legend (#ge-legend) and place labels follow the filters; the
 * date filter (#ge-filter) keeps events whose date span (event_date_start ..
 * event_date_end) meets the range.
 * A base map is off by default (it needs the network): set the body's
 * data-tiles attribute, or open the page as map.html?tiles=URL-TEMPLATE
 * (http or https only) &attribution=TEXT (shown as text, never as HTML).
 * ?from=YYYY-MM-DD&to=YYYY-MM-DD&undated=0 open it with the date filter set. */
(function () {
  'use strict';

  function readJson(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  /* Text for Leaflet's attribution control, which takes HTML. */
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /* A tile URL template: http(s) only, no quotes, spaces or angle brackets. */
  function safeTileUrl(s) {
    return typeof s === 'string' && /^https?:\/\/[^\s"'<>`\\]+$/i.test(s) ? s : '';
  }

  function isNum(x) { return typeof x === 'number' && isFinite(x); }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  var events = readJson('ge-data');
  var styles = readJson('ge-types');
  var byType = {};
  styles.types.forEach(function (t) { byType[t.type] = t; });

  function styleOf(p) {
    return byType[p.event_type] || { type: p.event_type || 'OTHER', quad: 0,
      colour: styles.other, label: p.event_type || 'Other' };
  }

  /* ---------------------------------------------------------------- map */
  var body = document.body;
  var query = new URLSearchParams(window.location.search);
  var tiles = safeTileUrl(query.get('tiles')) || safeTileUrl(body.getAttribute('data-tiles'));
  var map = L.map('ge-map', { minZoom: 1, zoomSnap: 0.25 });
  map.attributionControl.addAttribution(
    'events: geoevents; places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)');

  if (tiles) {
    L.tileLayer(tiles, {
      maxZoom: 19,
      attribution: escapeHtml(query.get('attribution') ||
                              body.getAttribute('data-tiles-attribution') || '')
    }).addTo(map);
  } else {
    graticule().addTo(map);
    var world = document.getElementById('ge-world');
    if (world) {
      L.geoJSON(topoFeatures(JSON.parse(world.textContent), 'countries'), {
        interactive: false,
        style: { color: '#b7b0a4', weight: 0.8, fillColor: '#f8f6f1', fillOpacity: 1,
                 className: 'ge-country' }
      }).addTo(map);
      map.attributionControl.addAttribution('outlines: Natural Earth');
    }
  }

  /* TopoJSON (world-atlas) -> GeoJSON features of one object: arcs are
   * delta-encoded integers scaled by the topology's transform. */
  function topoFeatures(topo, name) {
    var tf = topo.transform;
    var arcs = topo.arcs.map(function (arc) {
      var x = 0, y = 0;
      return arc.map(function (p) {
        if (!tf) return p;
        x += p[0];
        y += p[1];
        return [x * tf.scale[0] + tf.translate[0], y * tf.scale[1] + tf.translate[1]];
      });
    });
    /* Rings crossing the antimeridian (Russia, Fiji) are made continuous
     * (longitudes past 180) so they do not streak across the map. */
    function ring(ids) {
      var pts = [];
      ids.forEach(function (i, k) {
        var a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
        pts = pts.concat(k ? a.slice(1) : a);
      });
      for (var j = 1; j < pts.length; j++) {
        var x = pts[j][0], prev = pts[j - 1][0];
        while (x - prev > 180) x -= 360;
        while (x - prev < -180) x += 360;
        if (x !== pts[j][0]) pts[j] = [x, pts[j][1]];
      }
      return pts;
    }
    function polygon(rings) { return rings.map(ring); }
    return {
      type: 'FeatureCollection',
      features: topo.objects[name].geometries.filter(function (g) {
        /* Antarctica circles the pole: no ring of it can be drawn flat. */
        return (g.type === 'Polygon' || g.type === 'MultiPolygon') &&
               !(g.properties && g.properties.name === 'Antarctica');
      }).map(function (g) {
        return {
          type: 'Feature',
          properties: g.properties || {},
          geometry: { type: g.type,
            coordinates: g.type === 'Polygon' ? polygon(g.arcs) : g.arcs.map(polygon) }
        };
      })
    };
  }

  /* Lines every 15 degrees, so the points have a frame without a base map. */
  function graticule() {
    var g = L.layerGroup();
    var opts = { color: '#c9d6e0', weight: 1, interactive: false, className: 'ge-graticule' };
    for (var lon = -180; lon <= 180; lon += 15) {
      g.addLayer(L.polyline([[-85, lon], [85, lon]], opts));
    }
    for (var lat = -75; lat <= 75; lat += 15) {
      var o = lat === 0 ? L.extend({}, opts, { color: '#8c9aa6' }) : opts;
      g.addLayer(L.polyline([[lat, -180], [lat, 180]], o));
    }
    return g;
  }

  /* ------------------------------------------------------------ events */
  function clamp01(x) {
    return isNum(x) ? Math.max(0, Math.min(1, x)) : 0.5;
  }

  /* Events as plain arrays; places ("sites") are the distinct points. */
  var evs = [];     /* { p: properties, st: style, site: index, start, end } */
  var sites = [];   /* { lat, lon, name, ev: [event indexes], n: shown events } */
  var siteOf = {};
  events.features.forEach(function (f) {
    if (!f.geometry || f.geometry.type !== 'Point') return;
    var c = f.geometry.coordinates, p = f.properties || {};
    if (!isNum(c[0]) || !isNum(c[1])) return;
    var key = c[1] + ',' + c[0];
    var si = siteOf[key];
    if (si === undefined) {
      si = siteOf[key] = sites.length;
      sites.push({ lat: c[1], lon: c[0], name: p.place_name || '', ev: [], n: 0 });
    }
    var e = { p: p, st: styleOf(p), site: si, shown: true,
              start: p.event_date_start || p.event_date || '',
              end: p.event_date_end || p.event_date || '' };
    sites[si].ev.push(evs.length);
    evs.push(e);
  });
  var layer = L.layerGroup().addTo(map);
  var labels = L.layerGroup().addTo(map);
  var CELL = 44; /* px: events closer than this share one badge */

  function badge(n) {
    return n >= 1e5 ? Math.round(n / 1000) + 'k' : n >= 1e4 ? (n / 1000).toFixed(0) + 'k' :
      n >= 1000 ? (n / 1000).toFixed(1) + 'k' : String(n);
  }

  /* Draws what is in view: one marker per grid cell holding shown events.
   * Cells are fixed in the zoom level's pixel space, so after a pan the
   * markers of cells that did not change are kept (only the edges are new);
   * a zoom or a filter change draws everything anew. */
  var drawn = {}, drawnZoom = null, dirty = true;
  function render() {
    var z = map.getZoom(), b = map.getBounds().pad(0.25);
    if (dirty || z !== drawnZoom) {
      layer.clearLayers();
      drawn = {};
      drawnZoom = z;
      dirty = false;
    }
    var keep = {};
    var cells = {}, list = [];
    var west = b.getWest(), east = b.getEast(), south = b.getSouth(), north = b.getNorth();
    for (var i = 0; i < sites.length; i++) {
      var s = sites[i];
      if (!s.n || s.lat < south || s.lat > north) continue;
      var lon = s.lon;
      if (east - west < 360 && (lon < west || lon > east)) continue;
      var pt = map.project([s.lat, lon], z);
      var key = Math.floor(pt.x / CELL) + ':' + Math.floor(pt.y / CELL);
      var c = cells[key];
      if (!c) {
        c = cells[key] = { n: 0, x: 0, y: 0, sites: [], types: {} };
        list.push(c);
      }
      c.n += s.n;
      c.x += pt.x * s.n;
      c.y += pt.y * s.n;
      c.sites.push(i);
      c.key = key;
    }
    list.forEach(function (c) {
      var sig = c.key + '|' + c.n + '|' + c.sites.length;
      keep[sig] = true;
      if (drawn[sig]) return;
      var ll = map.unproject([c.x / c.n, c.y / c.n], z);
      if (c.n === 1) {
        var e = evs[shownAt(sites[c.sites[0]])[0]];
        var r = Math.round(5 + 5 * clamp01(e.p.confidence));
        var m = L.marker(ll, { icon: L.divIcon({ className: 'ge-event ge-quad-' + e.st.quad,
          html: '<span style="background:' + e.st.colour + ';width:' + 2 * r + 'px;height:' +
                2 * r + 'px"></span>', iconSize: [2 * r, 2 * r] }), keyboard: false,
          title: e.st.label + (e.p.place_name ? ' \u00b7 ' + e.p.place_name : '') +
                 (e.p.event_date ? ', ' + e.p.event_date : '') });
        m.on('click', function () { openPopup(ll, c.sites); });
        layer.addLayer(m);
        drawn[sig] = m;
        return;
      }
      var types = {}, top = null;
      c.sites.forEach(function (si) {
        shownAt(sites[si]).forEach(function (k) {
          var t = evs[k].st;
          types[t.type] = (types[t.type] || 0) + 1;
          if (!top || types[t.type] > types[top.type]) top = t;
        });
      });
      var d = Math.round(22 + 7 * Math.log(c.n) / Math.LN10);
      var icon = L.divIcon({ className: 'ge-cluster ge-quad-' + top.quad,
        html: '<span style="background:' + top.colour + ';width:' + d + 'px;height:' + d +
              'px;line-height:' + d + 'px" data-n="' + c.n + '">' + badge(c.n) + '</span>',
        iconSize: [d, d] });
      var place = c.sites.length === 1 ? sites[c.sites[0]].name : '';
      var cm = L.marker(ll, { icon: icon, keyboard: false,
        title: c.n + ' events' + (place ? ' at ' + place : ' here') +
               (top ? ' (most: ' + top.label + ')' : '') });
      if (c.sites.length === 1 || z >= map.getMaxZoom()) {
        cm.on('click', function () { openPopup(ll, c.sites); });
      } else {
        cm.on('click', function () {
          map.fitBounds(L.latLngBounds(c.sites.map(function (si) {
            return [sites[si].lat, sites[si].lon];
          })).pad(0.2), { maxZoom: Math.max(z + 2, 6) });
        });
      }
      layer.addLayer(cm);
      drawn[sig] = cm;
    });
    Object.keys(drawn).forEach(function (sig) {
      if (!keep[sig]) {
        layer.removeLayer(drawn[sig]);
        delete drawn[sig];
      }
    });
    drawLabels(z);
    body.setAttribute('data-drawn', String(Object.keys(drawn).length));
  }

  /* Popups are made when clicked, not for every marker drawn. */
  function openPopup(ll, siteList) {
    L.popup({ maxWidth: 380 }).setLatLng(ll).setContent(popupFor(siteList)).openOn(map);
  }

  function shownAt(s) {
    return s.ev.filter(function (k) { return evs[k].shown; });
  }

  /* Names of the places with the most shown events, largest first, each
   * only where it does not overlap one already placed. */
  var ranked = [], labelOf = {};
  function drawLabels(z) {
    var boxes = [], size = map.getSize(), origin = map.getPixelBounds().min, placed = 0;
    var want = {};
    for (var i = 0; i < ranked.length && placed < 40; i++) {
      var s = ranked[i];
      var pt = map.project([s.lat, s.lon], z).subtract(origin);
      if (pt.x < 0 || pt.y < 0 || pt.x > size.x || pt.y > size.y) continue;
      var w = 7 * s.name.length + 8, bx = [pt.x + 9, pt.y - 8, pt.x + 9 + w, pt.y + 8];
      if (boxes.some(function (o) {
        return bx[0] < o[2] && o[0] < bx[2] && bx[1] < o[3] && o[1] < bx[3];
      })) continue;
      boxes.push(bx);
      placed++;
      var key = s.lat + ',' + s.lon;
      want[key] = true;
      if (!labelOf[key])
        labelOf[key] = L.tooltip({ permanent: true, direction: 'right', offset: [9, 0],
                                   interactive: false, className: 'ge-place-label' })
          .setLatLng([s.lat, s.lon]).setContent(s.name).addTo(labels);
    }
    Object.keys(labelOf).forEach(function (k) {
      if (!want[k]) {
        labels.removeLayer(labelOf[k]);
        delete labelOf[k];
      }
    });
  }

  function row(table, label, value) {
    if (value === undefined || value === null || value === '') return;
    var tr = el('tr');
    tr.appendChild(el('th', null, label));
    tr.appendChild(el('td', null, value));
    table.appendChild(tr);
  }

  function who(text, code, sector) {
    if (!text && !code) return null;
    var extra = [code, sector].filter(Boolean).join(', ');
    return (text || '') + (extra ? ' (' + extra + ')' : '');
  }

  function eventBox(p) {
    var st = styleOf(p);
    var box = el('div', 'ge-pop-event');
    var head = el('div', 'ge-pop-head');
    var sw = el('span', 'ge-swatch');
    sw.style.background = st.colour;
    head.appendChild(sw);
    head.appendChild(el('b', null, p.event_type || 'Event'));
    if (p.mode) head.appendChild(el('span', 'ge-mode', ' ' + p.mode));
    head.appendChild(el('span', 'ge-quad', ' ' + (styles.quads[st.quad] || '')));
    box.appendChild(head);
    var t = el('table');
    var span = p.event_date_start && p.event_date_end && p.event_date_start !== p.event_date_end
      ? ' (' + (p.date_precision || 'span') + ': ' + p.event_date_start + ' to ' +
        p.event_date_end + ')' : '';
    row(t, 'Date', p.event_date ? p.event_date + span : null);
    row(t, 'Place', [p.place_name, p.country_code].filter(Boolean).join(', ') +
        (p.precision && p.precision !== 'city' && p.precision !== 'site'
          ? ' (' + p.precision + ' centroid)' : ''));
    row(t, 'Actor', who(p.actor, p.actor_code, p.actor_sector));
    row(t, 'Recipient', who(p.recipient, p.recipient_code, p.recipient_sector));
    if (p.mode_of_report && p.mode_of_report !== 'asserted') row(t, 'Reported as', p.mode_of_report);
    if (p.negated === true) row(t, 'Negated', 'yes');
    if (isNum(p.count)) row(t, 'Count', (p.count_qualifier ? p.count_qualifier + ' ' : '') + p.count);
    if (isNum(p.fatalities)) row(t, 'Fatalities', p.fatalities);
    if (isNum(p.injured)) row(t, 'Injured', p.injured);
    if (isNum(p.confidence)) row(t, 'Confidence', p.confidence.toFixed(2));
    box.appendChild(t);
    if (p.sentence) box.appendChild(el('blockquote', 'ge-sentence', p.sentence));
    if (p.url && /^https?:\/\//i.test(p.url)) {
      var a = el('a', 'ge-link', p.title || p.url);
      a.href = p.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      box.appendChild(a);
    } else if (p.title || p.article_id) {
      box.appendChild(el('div', 'ge-link', p.title || p.article_id));
    }
    return box;
  }

  /* The shown events of some sites (at most 50 listed). */
  var POPUP_MAX = 50;
  function popupFor(siteList) {
    var div = el('div', 'ge-popup');
    var ks = [];
    siteList.forEach(function (si) { ks = ks.concat(shownAt(sites[si])); });
    if (ks.length > 1) {
      div.appendChild(el('div', 'ge-more', ks.length + ' events' +
                         (siteList.length === 1 && sites[siteList[0]].name
                           ? ' at ' + sites[siteList[0]].name : ' here') +
                         (ks.length > POPUP_MAX ? ' (the first ' + POPUP_MAX + ' listed)' : '')));
    }
    ks.slice(0, POPUP_MAX).forEach(function (k) { div.appendChild(eventBox(evs[k].p)); });
    return div;
  }

  /* ------------------------------------------------------------- legend */
  var shownType = {};
  var counts = {};    /* events of each type in the date range */
  var countEls = {};
  evs.forEach(function (e) {
    counts[e.st.type] = (counts[e.st.type] || 0) + 1;
    shownType[e.st.type] = true;
  });

  var legend = L.control({ position: 'bottomright' });
  legend.onAdd = function () {
    var div = el('div', 'ge-panel ge-legend');
    div.id = 'ge-legend';
    div.appendChild(el('div', 'ge-title', 'Event types (PLOVER)'));
    var known = styles.types.concat(Object.keys(counts).filter(function (t) {
      return !byType[t];
    }).map(function (t) { return styleOf({ event_type: t }); }));
    var lastQuad = -1;
    known.forEach(function (st) {
      if (!counts[st.type]) return;
      if (st.quad !== lastQuad) {
        div.appendChild(el('div', 'ge-quad-title', styles.quads[st.quad] || 'other'));
        lastQuad = st.quad;
      }
      var label = el('label', 'ge-legend-row');
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.addEventListener('change', function () { shownType[st.type] = box.checked; apply(); });
      var sw = el('span', 'ge-swatch');
      sw.style.background = st.colour;
      label.appendChild(box);
      label.appendChild(sw);
      label.appendChild(el('span', null, st.label + ' '));
      countEls[st.type] = el('span', 'ge-count', counts[st.type]);
      label.appendChild(countEls[st.type]);
      div.appendChild(label);
    });
    if (!evs.length) div.appendChild(el('div', 'ge-empty', 'No located events.'));
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
  };
  legend.addTo(map);

  /* -------------------------------------------------------- date filter */
  var first = '', last = '', undated = 0;
  evs.forEach(function (e) {
    if (!e.start) { undated++; return; }
    if (!first || e.start < first) first = e.start;
    if (!last || e.end > last) last = e.end;
  });
  var from, to, withUndated, status;

  var filter = L.control({ position: 'topright' });
  filter.onAdd = function () {
    var div = el('div', 'ge-panel ge-filter');
    div.id = 'ge-filter';
    div.appendChild(el('div', 'ge-title', 'Event date'));
    function dateInput(id, value) {
      var i = el('input');
      i.type = 'date';
      i.id = id;
      if (first) {
        i.min = first;
        i.max = last;
        i.value = value;
      }
      i.addEventListener('change', apply);
      i.addEventListener('input', apply);
      return i;
    }
    from = dateInput('ge-from', first);
    to = dateInput('ge-to', last);
    var l1 = el('label', null, 'from ');
    l1.appendChild(from);
    var l2 = el('label', null, ' to ');
    l2.appendChild(to);
    div.appendChild(l1);
    div.appendChild(l2);
    var l3 = el('label', 'ge-undated');
    withUndated = el('input');
    withUndated.type = 'checkbox';
    withUndated.checked = true;
    withUndated.addEventListener('change', apply);
    l3.appendChild(withUndated);
    l3.appendChild(document.createTextNode(' undated events (' + undated + ')'));
    if (undated) div.appendChild(l3);
    var reset = el('button', null, 'All dates');
    reset.type = 'button';
    reset.addEventListener('click', function () {
      from.value = first;
      to.value = last;
      withUndated.checked = true;
      apply();
    });
    div.appendChild(reset);
    status = el('div', 'ge-status');
    status.id = 'ge-status';
    div.appendChild(status);
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  filter.addTo(map);
  /* A filtered view can be shared: map.html?from=2023-11-01&to=2023-11-30&undated=0 */
  if (/^\d{4}-\d{2}-\d{2}$/.test(query.get('from') || '')) from.value = query.get('from');
  if (/^\d{4}-\d{2}-\d{2}$/.test(query.get('to') || '')) to.value = query.get('to');
  if (query.get('undated') === '0') withUndated.checked = false;

  /* In the date range: the event's span meets [from, to]. */
  function inDates(e) {
    if (!e.start) return withUndated.checked;
    return (!from.value || e.end >= from.value) && (!to.value || e.start <= to.value);
  }

  function apply() {
    var n = 0;
    Object.keys(counts).forEach(function (t) { counts[t] = 0; });
    sites.forEach(function (s) { s.n = 0; });
    evs.forEach(function (e) {
      var inRange = inDates(e);
      if (inRange) counts[e.st.type]++;
      e.shown = inRange && shownType[e.st.type];
      if (e.shown) {
        n++;
        sites[e.site].n++;
      }
    });
    Object.keys(countEls).forEach(function (t) { countEls[t].textContent = counts[t]; });
    ranked = sites.filter(function (s) { return s.n && s.name; })
      .sort(function (a, b) { return b.n - a.n; }).slice(0, 400);
    status.textContent = n + ' of ' + evs.length + ' events shown';
    body.setAttribute('data-shown', String(n));
    dirty = true;
    render();
  }
  map.on('moveend', render); /* zoomend is followed by moveend */

  /* -------------------------------------------------------------- title */
  var articles = {};
  evs.forEach(function (e) { articles[e.p.article_id] = true; });
  var nArticles = Object.keys(articles).length;
  var title = L.control({ position: 'bottomleft' });
  title.onAdd = function () {
    var div = el('div', 'ge-panel ge-heading');
    div.appendChild(el('b', null, 'geoevents'));
    div.appendChild(document.createTextNode(' \u00b7 ' + evs.length + ' events from ' +
        nArticles + ' article' + (nArticles === 1 ? '' : 's') +
        (first ? ', ' + first + ' to ' + last : '')));
    return div;
  };
  title.addTo(map);
  document.title = 'geoevents: ' + evs.length + ' events';

  if (sites.length) {
    var lat0 = 90, lat1 = -90, lon0 = 180, lon1 = -180;
    sites.forEach(function (s) {
      lat0 = Math.min(lat0, s.lat); lat1 = Math.max(lat1, s.lat);
      lon0 = Math.min(lon0, s.lon); lon1 = Math.max(lon1, s.lon);
    });
    map.fitBounds(L.latLngBounds([lat0, lon0], [lat1, lon1]).pad(0.15), { maxZoom: 7 });
  } else {
    map.setView([20, 0], 2);
  }
  apply();
  body.setAttribute('data-events', String(evs.length));
  window.geoevents = { map: map, events: evs, sites: sites, apply: apply, render: render,
                       popupFor: popupFor };
})();
