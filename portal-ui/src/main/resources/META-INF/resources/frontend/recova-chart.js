// <recova-chart>: a Chart.js chart drawn from the JSON the server sets on its "config" property
// (see io.recova.portal.kpi.KpiChart). Values come as decimal strings, so that no amount is ever
// rounded through a float before it reaches the scale; tooltips show the server's formatted text.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class RecovaChart extends HTMLElement {
  connectedCallback() {
    if (!this._canvas) {
      this.style.display = 'block';
      this.style.position = 'relative';
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    // A value Flow set before the element was defined hides the setter: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const early = this.config;
      delete this.config;
      this.config = early;
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  set config(value) {
    this._config = typeof value === 'string' ? JSON.parse(value) : value;
    this._draw();
  }

  get config() {
    return this._config;
  }

  _draw() {
    if (!this._canvas || !this._config || !this.isConnected) {
      return;
    }
    const c = this._config;
    this._canvas.setAttribute('aria-label', c.title || '');
    const datasets = c.series.map((s) => ({
      label: s.name,
      data: s.values,
      formatted: s.formatted,
      backgroundColor: s.colors || s.color,
      borderColor: s.color,
      tension: 0.2,
    }));
    const options = {
      locale: c.locale,
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        title: { display: !!c.title, text: c.title },
        legend: { display: c.kind === 'doughnut' || c.series.length > 1, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${item.dataset.formatted[item.dataIndex]}`,
          },
        },
      },
    };
    if (c.kind !== 'doughnut') {
      options.scales = { y: { beginAtZero: true } };
    }
    if (this._chart && this._chart.config.type === c.kind) {
      this._chart.data.labels = c.labels;
      this._chart.data.datasets = datasets;
      this._chart.options = options;
      this._chart.update();
    } else {
      if (this._chart) {
        this._chart.destroy();
      }
      this._chart = new Chart(this._canvas, { type: c.kind, data: { labels: c.labels, datasets }, options });
    }
    // What the browser tests read: the chart is drawn, with how many values.
    this.setAttribute('data-rendered', String(c.series.reduce((n, s) => n + s.values.length, 0)));
  }
}

customElements.define('recova-chart', RecovaChart);
