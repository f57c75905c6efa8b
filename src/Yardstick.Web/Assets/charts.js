// Draws each chart of the page with Vega-Lite (vendored, no CDN). Without script, or if drawing fails, the summary and
// the table under each chart carry the same figures; once a chart is drawn its table folds away (one click opens it).
(function () {
  'use strict';
  if (typeof window.vegaEmbed !== 'function') return;
  var figures = document.querySelectorAll('figure.vl-chart');
  Array.prototype.forEach.call(figures, function (figure) {
    var target = figure.querySelector('.vl-target');
    var source = figure.querySelector('script.vl-spec');
    if (!target || !source) return;
    var spec;
    try { spec = JSON.parse(source.textContent); } catch (e) { return; }
    window.vegaEmbed(target, spec, { actions: false, renderer: 'svg', tooltip: { theme: 'light' } })
      .then(function () {
        figure.classList.add('vl-drawn');
        var data = figure.querySelector('details.chart-data');
        if (data) data.open = false;
      })
      .catch(function (error) {
        figure.classList.add('vl-failed');
        target.textContent = 'The chart could not be drawn (' + error.message + '); the table below has its figures.';
      });
  });
})();
