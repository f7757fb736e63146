/* Storefront behaviour, all optional (pages work without script).
   Search-as-you-type for the header search box: an accessible combobox over /api/v1/suggest.
   No session, no postback: plain GET requests; pressing Enter without a choice submits the form. */
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!input || !list || !window.fetch) { return; }
  var timer = null, items = [], active = -1, lastQuery = '';

  function close() {
    list.hidden = true; list.innerHTML = ''; items = []; active = -1;
    input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant');
  }
  function highlight(index) {
    items.forEach(function (li, i) { li.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
    active = index;
    if (index >= 0) { input.setAttribute('aria-activedescendant', items[index].id); }
  }
  function go(li) { window.location.href = input.dataset.productUrl + encodeURIComponent(li.dataset.slug); }
  function show(suggestions) {
    list.innerHTML = ''; items = [];
    suggestions.forEach(function (s, i) {
      var li = document.createElement('li');
      li.id = 'q-suggestion-' + i; li.setAttribute('role', 'option'); li.dataset.slug = s.slug;
      li.textContent = s.name;
      li.addEventListener('mousedown', function (e) { e.preventDefault(); go(li); });
      list.appendChild(li); items.push(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
  }
  input.addEventListener('input', function () {
    var q = input.value.trim();
    clearTimeout(timer);
    if (q.length < 2) { close(); return; }
    timer = setTimeout(function () {
      lastQuery = q;
      fetch(input.dataset.suggestUrl + '?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (s) { if (q === lastQuery) { show(s); } })
        .catch(close);
    }, 150);
  });
  input.addEventListener('keydown', function (e) {
    if (list.hidden) { return; }
    if (e.key === 'ArrowDown') { e.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(Math.max(active - 1, 0)); }
    else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); go(items[active]); }
    else if (e.key === 'Escape') { close(); }
  });
  input.addEventListener('blur', function () { setTimeout(close, 150); });
})();

/* Product gallery: a thumbnail shows its picture in the main frame (links still work without script). */
(function () {
  var main = document.getElementById('gallery-main');
  if (!main) { return; }
  var thumbs = document.querySelectorAll('[data-gallery-image]');
  Array.prototype.forEach.call(thumbs, function (thumb) {
    thumb.addEventListener('click', function (e) {
      e.preventDefault();
      main.src = thumb.dataset.galleryImage;
      main.alt = thumb.dataset.galleryAlt;
      Array.prototype.forEach.call(thumbs, function (t) { t.setAttribute('aria-current', t === thumb ? 'true' : 'false'); });
    });
  });
})();

/* On a phone the filters start folded so results come first; one tap opens them. */
(function () {
  var filters = document.querySelector('details.filters');
  if (filters && window.matchMedia && window.matchMedia('(max-width: 720px)').matches) {
    filters.open = false;
  }
})();

/* Forms with a province and a commune select: choosing a province loads its communes and wards
   from /api/v1/places/{province}/communes. Without script the page still works: the commune list
   follows the province when the form is sent. */
(function () {
  var provinces = document.querySelectorAll('select[data-communes-url]');
  Array.prototype.forEach.call(provinces, function (province) {
    var commune = document.getElementById(province.dataset.communeSelect);
    if (!commune || !window.fetch) { return; }
    province.addEventListener('change', function () {
      var first = commune.options[0];
      commune.innerHTML = '';
      commune.appendChild(first);
      if (!province.value) { return; }
      fetch(province.dataset.communesUrl.replace('{province}', encodeURIComponent(province.value)))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (places) {
          places.forEach(function (place) {
            var option = document.createElement('option');
            option.value = place.code; option.textContent = place.name;
            commune.appendChild(option);
          });
        })
        .catch(function () { /* the list follows when the form is sent */ });
    });
  });
})();

// Charts (staff dashboard): PrimeFaces' Chart widget, started here rather than by an inline
// script, which the site's Content-Security-Policy refuses. The settings are data (JSON) in
// data-chart, written by the server.
(function () {
  if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Chart) { return; }
  document.querySelectorAll('.ui-chart[data-chart]').forEach(function (chart) {
    PrimeFaces.cw('Chart', 'chart_' + chart.id.replace(/[^A-Za-z0-9_]/g, '_'),
        { id: chart.id, config: JSON.parse(chart.dataset.chart) });
  });
})();

// Events calendar (/su-kien): PrimeFaces' Schedule (FullCalendar), started here for the same reason
// as the charts. The widget normally fetches its events by an Ajax postback; the page hands it the
// month's events as JSON in data-schedule instead, and the server's month table stays for readers
// without script. Month changes are plain links on the page, so FullCalendar's own toolbar is off.
(function () {
  if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Schedule) { return; }
  document.querySelectorAll('.event-schedule[data-schedule]').forEach(function (element) {
    var settings = JSON.parse(element.dataset.schedule);
    element.hidden = false;
    try {
      PrimeFaces.cw('Schedule', 'schedule_' + element.id.replace(/[^A-Za-z0-9_]/g, '_'), {
        id: element.id, locale: settings.locale, urlTarget: '_self',
        options: { locale: settings.locale, initialView: 'dayGridMonth', initialDate: settings.initialDate,
                   headerToolbar: false, firstDay: 1, height: 'auto', fixedWeekCount: false },
        extender: function () { this.cfg.options.events = settings.events; }
      });
    } catch (failure) {
      element.hidden = true; // the server's table stays
      throw failure;
    }
    var fallback = document.getElementById(element.dataset.fallback);
    if (fallback && element.classList.contains('fc')) { fallback.hidden = true; }
  });
})();
