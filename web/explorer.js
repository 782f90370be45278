// The explorer: every figure with the viewer's sliders. The model runs in
// WebAssembly (cagescope-explorer.js, built from src/ by `cmake --preset
// web`); page.js draws what it returns, as it draws a baked figure page.
// The address keeps the choice (#figure=7&omega-z=30), so a link shows it.
(function (global) {
  'use strict';

  var CLOCK = 'time';  // the animation controls own the figure's clock

  var element = CagescopePage.element;

  function Explorer(model) {
    this.model = model;
    this.catalogue = JSON.parse(model.catalogue());
    this.page = new CagescopePage(document.getElementById('cagescope'));
    this.values = {};
    this.userSet = {};
    var box = this.page.dom.extra;
    element('h2', '', box, 'Figure');
    this.select = element('select', 'ex-figure', box);
    this.select.setAttribute('aria-label', 'figure');
    var self = this;
    this.catalogue.figures.forEach(function (f) {
      var o = element('option', '', self.select);
      o.value = f.id;
      o.textContent = 'Fig. ' + f.id + ': ' + f.title + (f.in_paper ? '' : ' (not in the paper)');
    });
    this.select.addEventListener('change', function () { self.selectFigure(self.select.value); });
    this.paramBox = element('div', 'ex-params', box);
    this.error = element('div', 'ex-error', box);
    this.busy = element('div', 'ex-busy', box);
    var numbers = element('button', '', box, 'Numbers and Table 1');
    numbers.title = 'the derivation table (cagescope numbers) and Table 1, computed by the same C++';
    numbers.addEventListener('click', function () { self.showTables(); });
  }

  Explorer.prototype.figureInfo = function (id) {
    return this.catalogue.figures.filter(function (f) { return f.id === id; })[0];
  };

  Explorer.prototype.spec = function (name) {
    return this.catalogue.parameters.filter(function (p) { return p.name === name; })[0];
  };

  // As the viewer carries parameters from figure to figure: what the user
  // set stays, every other option takes the new figure's default.
  Explorer.prototype.selectFigure = function (id, initial) {
    var info = this.figureInfo(id) || this.catalogue.figures[0];
    this.figure = info;
    this.select.value = info.id;
    var values = {};
    var self = this;
    info.options.forEach(function (name) {
      if (name === CLOCK) return;
      if (initial && initial[name] !== undefined) { values[name] = initial[name]; self.userSet[name] = true; }
      else if (self.userSet[name] && self.values[name] !== undefined) values[name] = self.values[name];
      else if (info.defaults[name] !== undefined) values[name] = info.defaults[name];
      else if (name === 'material') values[name] = '';
      else if (name === 'spacing') values[name] = 'equal-angle';
    });
    this.values = values;
    this.sliders();
    this.rebuild(false);
  };

  Explorer.prototype.sliders = function () {
    var self = this;
    var box = this.paramBox;
    box.innerHTML = '';
    if (this.figure.options.filter(function (n) { return n !== CLOCK; }).length) element('h2', '', box, 'Parameters');
    this.controls = {};
    this.figure.options.forEach(function (name) {
      if (name === CLOCK) return;
      var row = element('div', 'ex-param', box);
      var head = element('div', 'ex-name', row);
      if (name === 'material' || name === 'spacing') {
        element('span', '', head, name === 'material' ? 'material (sets Ω<sub>z</sub> = acos(T<sub>g</sub>°/T<sub>g</sub>))' : 'spacing of the 16 points');
        var select = element('select', '', row);
        select.dataset.option = name;
        var choices = name === 'material'
          ? [['', 'none: Ω_z from its slider']].concat(self.catalogue.materials.map(function (m) {
              return [m.name, m.name + ': T_g ' + m.tg + ' K, T_g° ' + m.tg0 + ' K'];
            }))
          : self.catalogue.spacing.map(function (s) { return [s, s]; });
        choices.forEach(function (c) {
          var o = element('option', '', select);
          o.value = c[0];
          o.textContent = c[1].replace(/_/g, '');
        });
        select.value = self.values[name];
        select.addEventListener('change', function () { self.set(name, select.value); });
        self.controls[name] = select;
        return;
      }
      var spec = self.spec(name);
      if (!spec) return;
      element('span', '', head).textContent = spec.symbol;  // as the viewer's slider names it
      var value = element('span', 'ex-value', head);
      var input = element('input', '', row);
      input.type = 'range';
      input.min = spec.min;
      input.max = spec.max;
      // A round step of about a thousandth of the range, so typed values (20°) sit on it.
      input.step = spec.integer ? 1 : Math.pow(10, Math.floor(Math.log10((spec.max - spec.min) / 1000)));
      input.value = self.values[name];
      input.dataset.option = name;
      input.title = spec.description;
      input.setAttribute('aria-label', spec.name);
      element('div', 'ex-desc', row).textContent = spec.description;
      var show = function () {
        var v = self.values[name];
        value.textContent = (spec.integer ? String(v) : Number(v).toFixed(spec.unit === '°' ? 3 : 4)) + (spec.unit || '');
      };
      show();
      input.addEventListener('input', function () { self.set(name, +input.value); show(); });
      self.controls[name] = { input: input, show: show };
      if (name === 'torsion') {
        var magic = element('button', '', row, 'magic angle 60·trap');
        magic.title = '∠Tors = 60·trap = ' + self.catalogue.magic_torsion_deg.toFixed(4) + '°';
        magic.addEventListener('click', function () {
          self.set('torsion', self.catalogue.magic_torsion_deg);
          input.value = self.values.torsion;
          show();
        });
      }
    });
    this.lockOmega();
  };

  // A material sets Ω_z: its slider shows the material's and rests while one is chosen.
  Explorer.prototype.lockOmega = function () {
    var omega = this.controls['omega-z'];
    if (!omega) return;
    var name = this.values.material;
    var material = this.catalogue.materials.filter(function (m) { return m.name === name; })[0];
    omega.input.disabled = !!material;
    if (material) {
      this.values['omega-z'] = material.omega_z;
      omega.input.value = material.omega_z;
      omega.show();
    }
  };

  Explorer.prototype.set = function (name, value) {
    this.values[name] = value;
    this.userSet[name] = true;
    if (name === 'material') this.lockOmega();
    this.scheduleRebuild();
  };

  // Slider moves come faster than a figure builds: build the latest, once per frame.
  Explorer.prototype.scheduleRebuild = function () {
    if (this._scheduled) return;
    this._scheduled = true;
    var self = this;
    global.requestAnimationFrame(function () {
      self._scheduled = false;
      self.rebuild(true);
    });
  };

  Explorer.prototype.parameters = function () {
    var out = {};
    var values = this.values;
    Object.keys(values).forEach(function (k) {
      if (k === 'material' && !values[k]) return;
      out[k] = values[k];
    });
    return out;
  };

  Explorer.prototype.rebuild = function (keepView) {
    var start = performance.now();
    var data = JSON.parse(this.model.figure(this.figure.id, JSON.stringify(this.parameters())));
    if (data.error) {
      this.error.textContent = data.error;
      return;
    }
    this.error.textContent = '';
    this.page.show(data, keepView);
    this.buildMs = performance.now() - start;
    this.busy.textContent = 'built in ' + this.buildMs.toFixed(0) + ' ms (' + data.frames.length + ' frames)';
    this.rebuilds = (this.rebuilds || 0) + 1;
    this.saveAddress();
  };

  Explorer.prototype.saveAddress = function () {
    var parts = ['figure=' + encodeURIComponent(this.figure.id)];
    var self = this;
    Object.keys(this.userSet).forEach(function (k) {
      if (self.values[k] !== undefined) parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(self.values[k]));
    });
    global.history.replaceState(null, '', '#' + parts.join('&'));
  };

  Explorer.prototype.readAddress = function () {
    var out = { figure: null, values: {} };
    global.location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf('=');
      var k = decodeURIComponent(i < 0 ? kv : kv.slice(0, i));
      var v = i < 0 ? '' : decodeURIComponent(kv.slice(i + 1));
      if (k === 'figure') out.figure = v;
      else out.values[k] = (k === 'material' || k === 'spacing') ? v : +v;
    });
    return out;
  };

  function cell(row, text, cls) { var td = element('td', cls || '', row); td.textContent = text; return td; }

  Explorer.prototype.showTables = function () {
    var self = this;
    var inputs = {};
    ['tube-n', 'tg-over-tm'].forEach(function (k) { if (self.values[k] !== undefined) inputs[k] = self.values[k]; });
    var numbers = JSON.parse(this.model.numbers(JSON.stringify(inputs)));
    var table1 = JSON.parse(this.model.table1());
    var box = element('div', 'ex-tables', this.page.dom.view.parentNode);
    var close = element('button', 'close', box, 'close');
    close.addEventListener('click', function () { box.parentNode.removeChild(box); });
    element('h2', '', box, 'The derivation table (cagescope numbers' +
      (Object.keys(inputs).length ? ' for ' + JSON.stringify(inputs) : '') + ')');
    var t = element('table', 'ex-numbers', box);
    var head = element('tr', '', t);
    ['symbol', 'name', 'formula', 'computed', 'paper', 'status', 'section'].forEach(function (h) { element('th', '', head, h); });
    numbers.forEach(function (d) {
      var r = element('tr', d.status === 'differs' ? 'differs' : '', t);
      r.title = d.note;
      cell(r, d.symbol); cell(r, d.name); cell(r, d.formula);
      cell(r, Number(d.value.toPrecision(8)) + (d.unit ? ' ' + d.unit : ''), 'num');
      cell(r, d.paper, 'num'); cell(r, d.status); cell(r, d.section);
    });
    element('h2', '', box, 'Table 1: the clusters V<sub>0</sub>…V<sub>8</sub>, constructed and as the paper prints them');
    var keys = Object.keys(table1[0].construction).filter(function (k) { return k !== 'relative_density'; });
    var t1 = element('table', 'ex-table1', box);
    var h1 = element('tr', '', t1);
    ['i'].concat(keys, ['relative density']).forEach(function (h) { element('th', '', h1, h.replace(/_/g, ' ')); });
    table1.forEach(function (row) {
      var r = element('tr', '', t1);
      cell(r, 'V' + row.i);
      keys.forEach(function (k) {
        var differs = row.differs.indexOf(k) >= 0;
        var td = cell(r, row.construction[k] + (differs ? ' (paper ' + row.paper[k] + ')' : ''), 'num');
        if (differs) td.style.background = '#fff4e0';
      });
      cell(r, row.construction.relative_density.toFixed(4), 'num');
    });
    return box;
  };

  CagescopeModel().then(function (model) {
    var explorer = new Explorer(model);
    global.explorer = explorer;
    global.cagescope = explorer.page;  // as on a figure's page
    var address = explorer.readAddress();
    explorer.selectFigure(address.figure || '7', address.values);
  }, function (e) {
    document.body.textContent = 'The model did not load: ' + e;
  });
})(this);
