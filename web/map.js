/* map.js -- the page script of geoevents' self-contained HTML map. It is
 * inlined, with Leaflet, into every FILE.html that `geoevents map -o FILE.html`
 * writes, so the page opens from file:// with no network. It reads the events
 * (GeoJSON in the script element #ge-data), the type colours (#ge-types) and
 * the country outlines (#ge-world, Natural Earth via world-atlas), and draws one circle marker per event (SVG path of class
 * "ge-event"), a legend (#ge-legend) and a date filter (#ge-filter).
 * A base map is off by default (it needs the network): set the body's
 * data-tiles attribute, or open the page as map.html?tiles=URL-TEMPLATE.
 * ?from=YYYY-MM-DD&to=YYYY-MM-DD&undated=0 open it with the date filter set. */
(function () {
  'use strict';

  function readJson(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

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
  var tiles = query.get('tiles') || body.getAttribute('data-tiles') || '';
  /* SVG gives each marker a DOM element (class ge-event); past a few
   * thousand events a canvas draws much faster. */
  var manyEvents = events.features.length > 5000;
  var map = L.map('ge-map', { renderer: manyEvents ? L.canvas({ padding: 0.5 }) : L.svg({ padding: 0.5 }),
                              minZoom: 1, zoomSnap: 0.25 });
  map.attributionControl.addAttribution(
    'events: geoevents; places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)');

  if (tiles) {
    L.tileLayer(tiles, {
      maxZoom: 19,
      attribution: query.get('attribution') || body.getAttribute('data-tiles-attribution') || ''
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

  /* ------------------------------------------------------------ markers */
  function clamp01(x) {
    return typeof x === 'number' && isFinite(x) ? Math.max(0, Math.min(1, x)) : 0.5;
  }

  var markers = [];
  var atPoint = {}; /* "lat,lon" -> markers there (popups list them all) */
  events.features.forEach(function (f) {
    if (!f.geometry || f.geometry.type !== 'Point') return;
    var c = f.geometry.coordinates, p = f.properties || {};
    var st = styleOf(p);
    var m = L.circleMarker([c[1], c[0]], {
      radius: 5 + 5 * clamp01(p.confidence),
      color: '#222', weight: 1, opacity: 0.9,
      fillColor: st.colour, fillOpacity: 0.85,
      className: 'ge-event ge-quad-' + st.quad
    });
    m.geProps = p;
    m.geKey = c[1] + ',' + c[0];
    (atPoint[m.geKey] = atPoint[m.geKey] || []).push(m);
    m.bindPopup(function () { return popupFor(m); }, { maxWidth: 380 });
    m.bindTooltip(st.label + (p.place_name ? ' \u00b7 ' + p.place_name : '') +
                  (p.event_date ? ', ' + p.event_date : ''));
    markers.push(m);
  });
  /* Large (confident) markers first, so small ones stay clickable on top. */
  markers.sort(function (a, b) { return b.options.radius - a.options.radius; });
  var group = L.featureGroup().addTo(map);
  markers.forEach(function (m) { group.addLayer(m); });

  /* Names of the places with the most events: a frame of reference when
   * there is no base map. */
  var places = {};
  markers.forEach(function (m) {
    if (!m.geProps.place_name) return;
    var pl = places[m.geKey] || (places[m.geKey] = { name: m.geProps.place_name,
      latlng: m.getLatLng(), n: 0 });
    pl.n++;
  });
  Object.keys(places).map(function (k) { return places[k]; })
    .sort(function (a, b) { return b.n - a.n; })
    .slice(0, 40)
    .forEach(function (pl) {
      L.tooltip({ permanent: true, direction: 'right', offset: [9, 0], interactive: false,
                  className: 'ge-place-label' })
        .setLatLng(pl.latlng).setContent(pl.name).addTo(map);
    });

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
    row(t, 'Date', p.event_date ? p.event_date +
        (p.date_precision && p.date_precision !== 'day' ? ' (' + p.date_precision + ')' : '') : null);
    row(t, 'Place', [p.place_name, p.country_code].filter(Boolean).join(', '));
    row(t, 'Actor', who(p.actor, p.actor_code, p.actor_sector));
    row(t, 'Recipient', who(p.recipient, p.recipient_code, p.recipient_sector));
    if (p.mode_of_report && p.mode_of_report !== 'asserted') row(t, 'Reported as', p.mode_of_report);
    if (p.negated) row(t, 'Negated', 'yes');
    if (p.count >= 0) row(t, 'Count', (p.count_qualifier ? p.count_qualifier + ' ' : '') + p.count);
    if (p.fatalities >= 0) row(t, 'Fatalities', p.fatalities);
    if (p.injured >= 0) row(t, 'Injured', p.injured);
    if (typeof p.confidence === 'number') row(t, 'Confidence', p.confidence.toFixed(2));
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

  /* The clicked event first, then the others shown at the same point. */
  function popupFor(m) {
    var div = el('div', 'ge-popup');
    var here = atPoint[m.geKey].filter(function (o) { return o === m || group.hasLayer(o); });
    div.appendChild(eventBox(m.geProps));
    if (here.length > 1) {
      div.appendChild(el('div', 'ge-more', (here.length - 1) + ' more event' +
                         (here.length > 2 ? 's' : '') + ' here:'));
      here.forEach(function (o) { if (o !== m) div.appendChild(eventBox(o.geProps)); });
    }
    return div;
  }

  /* ------------------------------------------------------------- legend */
  var shownType = {};
  var counts = {};
  markers.forEach(function (m) {
    var t = styleOf(m.geProps).type;
    counts[t] = (counts[t] || 0) + 1;
    shownType[t] = true;
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
      label.appendChild(el('span', 'ge-count', counts[st.type]));
      div.appendChild(label);
    });
    if (!markers.length) div.appendChild(el('div', 'ge-empty', 'No located events.'));
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
  };
  legend.addTo(map);

  /* -------------------------------------------------------- date filter */
  var dates = markers.map(function (m) { return m.geProps.event_date; }).filter(Boolean).sort();
  var undated = markers.length - dates.length;
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
      if (dates.length) {
        i.min = dates[0];
        i.max = dates[dates.length - 1];
        i.value = value;
      }
      i.addEventListener('change', apply);
      i.addEventListener('input', apply);
      return i;
    }
    from = dateInput('ge-from', dates[0]);
    to = dateInput('ge-to', dates[dates.length - 1]);
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
      from.value = dates[0] || '';
      to.value = dates[dates.length - 1] || '';
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

  function visible(p) {
    if (!shownType[styleOf(p).type]) return false;
    if (!p.event_date) return withUndated.checked;
    return (!from.value || p.event_date >= from.value) && (!to.value || p.event_date <= to.value);
  }

  function apply() {
    var n = 0;
    markers.forEach(function (m) {
      var show = visible(m.geProps);
      if (show) n++;
      if (show && !group.hasLayer(m)) group.addLayer(m);
      else if (!show && group.hasLayer(m)) group.removeLayer(m);
    });
    status.textContent = n + ' of ' + markers.length + ' events shown';
    body.setAttribute('data-shown', String(n));
  }

  /* -------------------------------------------------------------- title */
  var articles = {};
  markers.forEach(function (m) { articles[m.geProps.article_id] = true; });
  var nArticles = Object.keys(articles).length;
  var title = L.control({ position: 'bottomleft' });
  title.onAdd = function () {
    var div = el('div', 'ge-panel ge-heading');
    div.appendChild(el('b', null, 'geoevents'));
    div.appendChild(document.createTextNode(' \u00b7 ' + markers.length + ' events from ' +
        nArticles + ' article' + (nArticles === 1 ? '' : 's') +
        (dates.length ? ', ' + dates[0] + ' to ' + dates[dates.length - 1] : '')));
    return div;
  };
  title.addTo(map);
  document.title = 'geoevents: ' + markers.length + ' events';

  if (markers.length) {
    map.fitBounds(group.getBounds().pad(0.15), { maxZoom: 7 });
  } else {
    map.setView([20, 0], 2);
  }
  apply();
  body.setAttribute('data-events', String(markers.length));
  window.geoevents = { map: map, markers: markers, apply: apply };
})();
