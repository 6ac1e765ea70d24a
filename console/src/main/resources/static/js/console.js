// KAM console: the little the server-rendered pages need in the browser. No inline scripts (CSP script-src 'self').
(function () {
  'use strict';

  // htmx requests carry the CSRF token like every form does.
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // A refusal (4xx) still replaces the card's outcome: it is the message the user must see.
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.xhr.status === 422 || event.detail.xhr.status === 403 || event.detail.xhr.status === 409
        || event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // Drag a card onto another open stage: the card's own move form is submitted with that stage.
  function board() {
    var dragged = null;
    document.querySelectorAll('.card[draggable="true"]').forEach(function (card) {
      card.addEventListener('dragstart', function (e) {
        dragged = card;
        e.dataTransfer.setData('text/plain', card.dataset.id);
        card.classList.add('dragging');
      });
      card.addEventListener('dragend', function () { card.classList.remove('dragging'); });
    });
    document.querySelectorAll('.column[data-stage]').forEach(function (column) {
      if (!column.dataset.stage) { return; }
      column.addEventListener('dragover', function (e) { e.preventDefault(); column.classList.add('over'); });
      column.addEventListener('dragleave', function () { column.classList.remove('over'); });
      column.addEventListener('drop', function (e) {
        e.preventDefault();
        column.classList.remove('over');
        if (!dragged) { return; }
        var form = dragged.querySelector('form.move');
        var select = form && form.querySelector('select[name="stage"]');
        if (!select || !select.querySelector('option[value="' + column.dataset.stage + '"]')) { return; }
        select.value = column.dataset.stage;
        window.htmx ? htmx.trigger(form, 'submit') : form.submit();
      });
    });
  }

  // Funnel health: amount per stage against the benchmark, each bar in the colour of its band.
  function funnelChart() {
    var canvas = document.getElementById('funnel-chart');
    if (!canvas || !window.Chart) { return; }
    var data = JSON.parse(canvas.dataset.funnel);
    var colours = { EXCELLENT: '#2e7d32', GOOD: '#1565c0', WARNING: '#e65100', NO_BENCHMARK: '#9e9e9e' };
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.stages,
        datasets: [
          { label: canvas.dataset.labelActual, data: data.actual,
            backgroundColor: data.ratings.map(function (r) { return colours[r] || '#9e9e9e'; }) },
          { label: canvas.dataset.labelBenchmark, data: data.benchmark, backgroundColor: 'rgba(0,0,0,0.15)',
            borderColor: '#424242', borderWidth: 1 }
        ]
      },
      options: { animation: false, responsive: true, plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true } } }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    board();
    funnelChart();
  });
})();
