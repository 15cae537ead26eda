(function () {
  if (!window.Intl) { return; }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var day = new Intl.DateTimeFormat(undefined, {weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit'});
  var time = new Intl.DateTimeFormat(undefined, {hour: 'numeric', minute: '2-digit'});
  var longDay = new Intl.DateTimeFormat(undefined, {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  document.querySelectorAll('[data-date]').forEach(function (el) {
    el.textContent = longDay.format(new Date(el.getAttribute('data-date') + 'T00:00:00Z'));
  });
  document.querySelectorAll('.time[data-start]').forEach(function (el) {
    try {
      var there = new Intl.DateTimeFormat(undefined, {hour: 'numeric', minute: '2-digit', timeZone: el.getAttribute('data-zone')});
      el.textContent = there.format(new Date(el.getAttribute('data-start'))) + ' – '
          + there.format(new Date(el.getAttribute('data-end')));
    } catch (e) { /* a zone this browser does not know: keep the exporter's text */ }
  });
  document.querySelectorAll('.viewer-time').forEach(function (el) {
    if (!zone || el.getAttribute('data-zone') === zone) { return; }
    el.textContent = 'Your time (' + zone + '): ' + day.format(new Date(el.getAttribute('data-start')))
        + ' – ' + time.format(new Date(el.getAttribute('data-end')));
    el.hidden = false;
  });
})();
