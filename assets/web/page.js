// cagescope's page script: draws one figure's data (the JSON of
// src/web/figure_data.h) with three.js r111, whether the data is baked into
// a page by `cagescope render --out fig.html` or built live by the
// WebAssembly explorer. It draws what the data says and computes no number
// of the model.
(function (global) {
  'use strict';

  // The viewer's keys: 1/3/7/9 views, 5 projection, R reset, Space play, , . step.
  var PRESET_KEYS = { '1': 'front', '3': 'side', '7': 'top', '9': 'iso' };
  var PRESET_NAMES = [['iso', '9'], ['front', '1'], ['side', '3'], ['top', '7']];
  var FIT_ASPECT = 16 / 9;        // the data's cameras are fitted for this aspect
  var STEPS_PER_SECOND = 4;
  var PICK_TOLERANCE_PX = 8;
  var LABEL_GAP_PX = 6;

  function element(tag, className, parent, html) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (html !== undefined) e.innerHTML = html;
    if (parent) parent.appendChild(e);
    return e;
  }

  // "#rrggbbaa" → a colour and an opacity.
  function rgba(hex) {
    return { color: new THREE.Color(parseInt(hex.slice(1, 7), 16)), alpha: parseInt(hex.slice(7, 9), 16) / 255 };
  }

  function degToRad(d) { return d * Math.PI / 180; }

  // The text of an HTML fragment (for a title attribute).
  function textOf(html) {
    var e = document.createElement('div');
    e.innerHTML = html;
    return e.textContent;
  }

  function vec(a, i) { return new THREE.Vector3(a[3 * i], a[3 * i + 1], a[3 * i + 2]); }

  // A frame's primitive indices from its runs [first, count, ...].
  function frameIndices(runs) {
    var out = [];
    for (var r = 0; r < runs.length; r += 2)
      for (var i = 0; i < runs[r + 1]; ++i) out.push(runs[r] + i);
    return out;
  }

  // The same orbit as scene::Camera: z up, azimuth round z from +x.
  function eyeOf(cam) {
    var az = degToRad(cam.azimuth);
    // Straight down would leave three.js without an up direction.
    var el = degToRad(Math.max(-89.9, Math.min(89.9, cam.elevation)));
    var t = new THREE.Vector3().fromArray(cam.target);
    return t.add(new THREE.Vector3(Math.cos(el) * Math.cos(az), Math.cos(el) * Math.sin(az), Math.sin(el))
      .multiplyScalar(cam.distance));
  }

  function FigurePage(container) {
    this.container = container;
    this.data = null;
    this.frame = 0;
    this.hidden = {};
    this.playing = false;
    this.renderCount = 0;
    this.projection = 'perspective';
    this._frames = {};
    this._lineMaterials = [];
    this._buildDom();
    this._initThree();
  }

  FigurePage.prototype._buildDom = function () {
    var root = element('div', 'cs-root', this.container);
    var panel = element('div', 'cs-panel', root);
    var main = element('div', 'cs-main', root);
    this.dom = {
      root: root,
      panel: panel,
      extra: element('div', 'cs-extra', panel),  // the explorer's controls go here
      animation: element('div', 'cs-animation', panel),
      layers: element('div', 'cs-layers', panel),
      views: element('div', 'cs-views', panel),
      notes: element('div', 'cs-notes', panel),
      help: element('div', 'cs-help', panel),
      title: element('div', 'cs-title', main),
      view: element('div', 'cs-view', main),
      caption: element('div', 'cs-caption', main)
    };
    this.dom.tooltip = element('div', 'cs-tooltip', this.dom.view);
    this.dom.help.innerHTML = '<h2>Mouse and keys</h2>drag: orbit · right drag: pan · wheel or pinch: zoom · ' +
      'hover or tap: what it is<br>1 3 7 9: views · 5: perspective/orthographic · R: reset · Space: play · , .: step';
  };

  FigurePage.prototype._initThree = function () {
    var view = this.dom.view;
    try {
      this.renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    } catch (e) {
      element('div', 'cs-error', view, 'This page needs WebGL, which this browser has turned off: ' + e.message);
      return;
    }
    this.renderer.setPixelRatio(global.devicePixelRatio || 1);
    this.renderer.setClearColor(0xffffff, 1);
    view.appendChild(this.renderer.domElement);
    this.labels = new THREE.CSS2DRenderer();
    this.labels.domElement.className = 'cs-labels';
    view.appendChild(this.labels.domElement);

    this.scene = new THREE.Scene();
    this.scene.add(new THREE.AmbientLight(0xffffff, 0.36));
    this.light = new THREE.DirectionalLight(0xffffff, 0.72);
    this.sphereGeometry = new THREE.SphereBufferGeometry(1, 28, 18);
    this.smoothSphereGeometry = new THREE.SphereBufferGeometry(1, 72, 44);  // for the few large ones
    this.coneGeometry = new THREE.ConeBufferGeometry(1, 1, 20);

    var self = this;
    global.addEventListener('resize', function () { self._resize(); });
    global.addEventListener('keydown', function (e) { self._key(e); });
    this._pointer(view);
  };

  // Replaces the figure. keepView: the explorer rebuilding the same figure
  // with new parameters keeps the user's camera, layers and step.
  FigurePage.prototype.show = function (data, keepView) {
    var sameFigure = this.data && this.data.figure === data.figure;
    if (!sameFigure) this.pause();
    this._clearFrames();
    this.data = data;
    if (!(keepView && sameFigure)) {
      this.hidden = {};
      (data.hidden || []).forEach(function (l) { this.hidden[l] = true; }, this);
      this.frame = 0;
      this.projection = data.projection;
    }
    this.frame = Math.min(this.frame, data.frames.length - 1);
    this._text();
    this._layerControls();
    this._animationControls();
    this._viewControls();
    if (!this.renderer) return;
    if (!(keepView && sameFigure && this.camera)) this.setView(data.view);
    this._resize();
    this.setFrame(this.frame);
  };

  FigurePage.prototype._text = function () {
    var d = this.data;
    this.dom.title.innerHTML = d.title;
    this.dom.caption.style.display = (d.hidden || []).indexOf('caption') >= 0 ? 'none' : '';
    this.dom.caption.innerHTML = d.caption.map(function (c) { return '<span class="col">' + c + '</span>'; }).join('') +
      (d.drawn_note ? '<div class="cs-drawn">Drawn: ' + d.drawn_note + '</div>' : '');
    var notes = '';
    if (d.notes.length) {
      notes = '<details><summary>Notes (' + d.notes.length + ')</summary><ul>' +
        d.notes.map(function (n) { return '<li>' + n + '</li>'; }).join('') + '</ul></details>';
    }
    if (d.sections.length) notes += '<div>From the paper: ' + d.sections.join('; ') + '</div>';
    this.dom.notes.innerHTML = notes;
    document.title = this.dom.title.textContent;
  };

  FigurePage.prototype._layerControls = function () {
    var self = this;
    var box = this.dom.layers;
    box.innerHTML = '<h2>Layers</h2>';
    this.data.layers.forEach(function (layer) {
      var label = element('label', '', box);
      var input = element('input', '', label);
      input.type = 'checkbox';
      input.checked = !self.hidden[layer.id];
      input.dataset.layer = layer.id;
      element('span', '', label, ' ' + layer.name);
      if (layer.quote) label.title = '“' + textOf(layer.quote) + '” (' + textOf(layer.section) + ')';
      input.addEventListener('change', function () { self.setLayerVisible(layer.id, input.checked); });
    });
  };

  FigurePage.prototype._animationControls = function () {
    var self = this;
    var box = this.dom.animation;
    box.innerHTML = '';
    var steps = this.data.steps;
    if (!steps) return;
    element('h2', '', box, 'Animation');
    this.dom.play = element('button', '', box, this.playing ? '❚❚' : '▶');
    this.dom.play.title = 'play / pause (Space)';
    this.dom.play.addEventListener('click', function () { self.togglePlay(); });
    var back = element('button', '', box, '◀');
    back.title = 'one step back (,)';
    back.addEventListener('click', function () { self.step(-1); });
    var forward = element('button', '', box, '▶▶');
    forward.title = 'one step forward (.)';
    forward.addEventListener('click', function () { self.step(1); });
    this.dom.scrub = element('input', '', box);
    this.dom.scrub.type = 'range';
    this.dom.scrub.min = 0;
    this.dom.scrub.max = steps;
    this.dom.scrub.value = this.frame;
    this.dom.scrub.setAttribute('aria-label', 'animation step');
    this.dom.scrub.addEventListener('input', function () { self.pause(); self.setFrame(+self.dom.scrub.value); });
    this.dom.stepText = element('div', 'cs-step', box);
  };

  FigurePage.prototype._viewControls = function () {
    var self = this;
    var box = this.dom.views;
    box.innerHTML = '<h2>View</h2>';
    PRESET_NAMES.forEach(function (p) {
      var b = element('button', '', box, p[0]);
      b.title = p[0] + ' view (' + p[1] + ')';
      b.dataset.view = p[0];
      b.addEventListener('click', function () { self.setView(p[0]); });
    });
    var proj = element('button', '', box, 'persp/ortho');
    proj.title = 'perspective / orthographic (5)';
    proj.addEventListener('click', function () { self.toggleProjection(); });
    var reset = element('button', '', box, 'reset');
    reset.title = "the figure's own view (R)";
    reset.addEventListener('click', function () { self.reset(); });
  };

  // The design sizes are for a frame about 900 px high, as in the exports.
  FigurePage.prototype._pixelScale = function () {
    return Math.max(0.75, Math.min(4, this.dom.view.clientHeight / 900));
  };

  FigurePage.prototype._resize = function () {
    if (!this.renderer || !this.data) return;
    var w = Math.max(1, this.dom.view.clientWidth), h = Math.max(1, this.dom.view.clientHeight);
    this.renderer.setSize(w, h);
    this.labels.setSize(w, h);
    this._lineMaterials.forEach(function (m) { m.resolution.set(w, h); });
    var scale = this._pixelScale();
    if (scale !== this._builtScale) this._clearFrames();  // widths and text are set at build time
    this._fitAspect();
    if (this.frame !== undefined && this._frames) this.setFrame(this.frame);
  };

  FigurePage.prototype._aspect = function () {
    return Math.max(1, this.dom.view.clientWidth) / Math.max(1, this.dom.view.clientHeight);
  };

  // The frustum for the canvas's aspect. (setView moves a camera back for a
  // canvas narrower than the fit's 16:9, so the width still fits.)
  FigurePage.prototype._fitAspect = function () {
    if (!this.camera) return;
    var a = this._aspect();
    if (this.camera.isPerspectiveCamera) {
      this.camera.aspect = a;
    } else {
      var h = this._orthoHalf;
      this.camera.left = -h * a; this.camera.right = h * a; this.camera.top = h; this.camera.bottom = -h;
    }
    this.camera.updateProjectionMatrix();
  };

  FigurePage.prototype.setView = function (preset) {
    var cam = this.data.cameras[preset];
    if (!cam || !this.renderer) return;
    this.viewName = preset;
    this._makeCamera(cam, eyeOf(cam).sub(new THREE.Vector3().fromArray(cam.target))
      .multiplyScalar(Math.max(1, FIT_ASPECT / this._aspect())), new THREE.Vector3().fromArray(cam.target));
    var buttons = this.dom.views.querySelectorAll('button[data-view]');
    for (var i = 0; i < buttons.length; ++i) buttons[i].setAttribute('aria-pressed', buttons[i].dataset.view === preset);
    this.requestRender();
  };

  FigurePage.prototype.reset = function () {
    this.projection = this.data.projection;
    this.setView(this.data.view);
  };

  // The same view in the other projection: orthographic shows the height
  // perspective shows at the target, and the way back keeps that height.
  FigurePage.prototype.toggleProjection = function () {
    if (!this.camera) return;
    var target = this.controls.target.clone();
    var offset = this.camera.position.clone().sub(target);
    var cam = this.data.cameras[this.viewName];
    if (this.camera.isOrthographicCamera)
      offset.setLength((this.camera.top / this.camera.zoom) / Math.tan(degToRad(cam.fov) / 2));
    this.projection = this.projection === 'perspective' ? 'orthographic' : 'perspective';
    this._makeCamera(cam, offset, target);
    this.requestRender();
  };

  // A camera at target + offset; orthographic shows the height perspective
  // shows at the target, as in scene::Camera.
  FigurePage.prototype._makeCamera = function (cam, offset, target) {
    if (this.camera) this.scene.remove(this.camera);  // the light goes with the new one
    var a = this._aspect();
    var far = cam.distance * 40, near = cam.distance * 0.02;
    if (this.projection === 'perspective') {
      this.camera = new THREE.PerspectiveCamera(cam.fov, a, near, far);
    } else {
      this._orthoHalf = offset.length() * Math.tan(degToRad(cam.fov) / 2);
      this.camera = new THREE.OrthographicCamera(-1, 1, 1, -1, -far, far);
    }
    this.camera.up.set(0, 0, 1);
    this.camera.position.copy(target).add(offset);
    this.camera.lookAt(target);
    this.camera.add(this.light);
    this.light.position.set(-0.35, 0.45, 1);
    this.scene.add(this.camera);
    this._fitAspect();
    if (this.controls) this.controls.dispose();
    this.controls = new THREE.OrbitControls(this.camera, this.dom.view);
    this.controls.target.copy(target);
    this.controls.screenSpacePanning = true;
    this.controls.update();
    var self = this;
    this.controls.addEventListener('change', function () { self._hideTooltip(); self.requestRender(); });
  };

  // The camera in scene::Camera's terms (the sidecar's "camera"), so a PNG
  // of the same view can be rendered: `cagescope render --from`.
  FigurePage.prototype.cameraState = function () {
    var target = this.controls.target;
    var d = this.camera.position.clone().sub(target);
    var distance = d.length();
    var cam = this.data.cameras[this.viewName];
    if (this.camera.isOrthographicCamera)
      distance = (this.camera.top / this.camera.zoom) / Math.tan(degToRad(cam.fov) / 2);
    return {
      target: target.toArray(), distance: distance, fov_y: cam.fov, projection: this.projection,
      azimuth: Math.atan2(d.y, d.x) * 180 / Math.PI, elevation: Math.asin(d.z / d.length()) * 180 / Math.PI,
      width: this.dom.view.clientWidth, height: this.dom.view.clientHeight
    };
  };

  FigurePage.prototype.setLayerVisible = function (layer, on) {
    if (on) delete this.hidden[layer]; else this.hidden[layer] = true;
    var input = this.dom.layers.querySelector('input[data-layer="' + layer + '"]');
    if (input) input.checked = on;
    this._applyLayers();
    this.requestRender();
  };

  FigurePage.prototype._applyLayers = function () {
    var group = this._frames[this.frame];
    if (!group) return;
    var hidden = this.hidden, layers = this.data.layers;
    group.children.forEach(function (g) {
      g.visible = !hidden[layers[g.userData.layer].id];
      // CSS2DRenderer (r111) shows a label by its own `visible` alone, at every render.
      g.children.forEach(function (o) { if (o instanceof THREE.CSS2DObject) o.visible = g.visible; });
    });
  };

  FigurePage.prototype.setFrame = function (index) {
    if (!this.data) return;
    index = Math.max(0, Math.min(this.data.frames.length - 1, index));
    var old = this._frames[this.frame];
    if (old && this.frame !== index) this._detach(old);
    this.frame = index;
    if (!this._frames[index]) this._frames[index] = this._buildFrame(index);
    var group = this._frames[index];
    if (group.parent !== this.scene) this.scene.add(group);
    this._applyLayers();
    if (this.dom.scrub) {
      this.dom.scrub.value = index;
      this.dom.stepText.textContent = index === 0 ? 'at rest' : 'step ' + (index - 1) + ' of 0…' + (this.data.steps - 1);
    }
    this._hideTooltip();
    this.requestRender();
  };

  FigurePage.prototype.step = function (delta) {
    this.pause();
    var n = this.data.frames.length;
    this.setFrame((this.frame + delta + n) % n);
  };

  FigurePage.prototype.togglePlay = function () { if (this.playing) this.pause(); else this.play(); };

  FigurePage.prototype.play = function () {
    if (!this.data || !this.data.steps || this.playing) return;
    this.playing = true;
    if (this.dom.play) this.dom.play.textContent = '❚❚';
    var self = this;
    this._timer = setInterval(function () {
      var next = self.frame + 1;
      self.setFrame(next > self.data.steps ? 1 : next);
    }, 1000 / STEPS_PER_SECOND);
  };

  FigurePage.prototype.pause = function () {
    if (!this.playing) return;
    this.playing = false;
    clearInterval(this._timer);
    if (this.dom.play) this.dom.play.textContent = '▶';
  };

  FigurePage.prototype.requestRender = function () {
    if (this._pending || !this.renderer) return;
    this._pending = true;
    var self = this;
    global.requestAnimationFrame(function () {
      self._pending = false;
      self.renderNow();
    });
  };

  FigurePage.prototype.renderNow = function () {
    if (!this.camera) return;
    this.renderer.render(this.scene, this.camera);
    this.labels.render(this.scene, this.camera);
    this.renderCount += 1;
  };

  FigurePage.prototype._detach = function (group) {
    this.scene.remove(group);
    group.traverse(function (o) { if (o instanceof THREE.CSS2DObject && o.element.parentNode) o.element.parentNode.removeChild(o.element); });
  };

  FigurePage.prototype._clearFrames = function () {
    var self = this;
    Object.keys(this._frames).forEach(function (k) {
      var g = self._frames[k];
      self._detach(g);
      g.traverse(function (o) {
        if (o.geometry) o.geometry.dispose();
        if (o.material) o.material.dispose();
      });
    });
    this._frames = {};
    this._lineMaterials = [];
  };

  // One group per layer; in it, spheres of one colour share an instanced
  // mesh and lines of one style share one set of wide segments.
  FigurePage.prototype._buildFrame = function (index) {
    var self = this;
    var data = this.data;
    var scale = this._pixelScale();
    this._builtScale = scale;
    var frame = new THREE.Group();
    var layerGroups = {};
    var buckets = {};
    function layerGroup(l) {
      if (!layerGroups[l]) {
        layerGroups[l] = new THREE.Group();
        layerGroups[l].userData.layer = l;
        frame.add(layerGroups[l]);
      }
      return layerGroups[l];
    }
    function bucket(key, make) {
      if (!buckets[key]) buckets[key] = make();
      return buckets[key];
    }
    function lineBucket(p, width, dashed) {
      return bucket('l|' + p.l + '|' + p.c + '|' + width + '|' + !!dashed, function () {
        return { kind: 'line', layer: p.l, c: p.c, width: width, dashed: !!dashed, positions: [] };
      });
    }
    function segments(p, pts, closed) {
      var b = lineBucket(p, p.w, p.dashed);
      var n = pts.length / 3;
      for (var i = 0; i + 1 < n; ++i) b.positions.push.apply(b.positions, pts.slice(3 * i, 3 * i + 6));
      if (closed && n > 2) b.positions.push.apply(b.positions, pts.slice(3 * (n - 1), 3 * n).concat(pts.slice(0, 3)));
    }

    frameIndices(data.frames[index]).forEach(function (i) {
      var p = data.primitives[i];
      if (p.k === 's') {
        bucket('s|' + p.l + '|' + p.c, function () { return { kind: 'sphere', layer: p.l, c: p.c, items: [] }; }).items.push(p);
      } else if (p.k === 'l') {
        segments(p, p.p, p.closed);
      } else if (p.k === 'a') {
        var tail = vec(p.p, 0), tip = vec(p.p, 1);
        var dir = tip.clone().sub(tail);
        var len = dir.length();
        if (len <= 0) return;
        dir.divideScalar(len);
        var head = Math.min(p.hl, len);
        var base = tip.clone().addScaledVector(dir, -head);
        if (len > head) segments(p, tail.toArray().concat(base.toArray()), false);
        bucket('c|' + p.l + '|' + p.c, function () { return { kind: 'cone', layer: p.l, c: p.c, items: [] }; })
          .items.push({ base: base, dir: dir, length: head, radius: p.hr });
      } else if (p.k === 'g') {
        bucket('g|' + p.l + '|' + p.c, function () { return { kind: 'polygon', layer: p.l, c: p.c, items: [] }; }).items.push(p.p);
      } else if (p.k === 't') {
        layerGroup(p.l).add(self._label(p, scale));
      }
    });

    Object.keys(buckets).forEach(function (key) {
      var b = buckets[key];
      var look = rgba(b.c);
      var translucent = look.alpha < 0.999;
      var object;
      if (b.kind === 'sphere' || b.kind === 'cone') {
        var m = new THREE.Matrix4();
        var up = new THREE.Vector3(0, 1, 0);
        var matrices = b.items.map(function (it) {
          if (b.kind === 'sphere') return new THREE.Matrix4().makeScale(it.r, it.r, it.r).setPosition(it.p[0], it.p[1], it.p[2]);
          // ConeBufferGeometry points along +y, centred on its middle.
          var q = new THREE.Quaternion().setFromUnitVectors(up, it.dir);
          var centre = it.base.clone().addScaledVector(it.dir, it.length / 2);
          return m.clone().compose(centre, q, new THREE.Vector3(it.radius, it.length, it.radius));
        });
        var instanced = function (material) {
          // Each instanced mesh gets its own copy of the geometry: three.js r111
          // keeps the instance matrices bound for the next mesh of the same
          // geometry and program, which would then draw at the first one's places.
          // A few spheres (the HSMs, drawn large) get a smooth outline; many share a light mesh.
          var sphere = matrices.length <= 16 ? self.smoothSphereGeometry : self.sphereGeometry;
          var shape = (b.kind === 'sphere' ? sphere : self.coneGeometry).clone();
          var mesh = new THREE.InstancedMesh(shape, material, matrices.length);
          matrices.forEach(function (matrix, n) { mesh.setMatrixAt(n, matrix); });
          mesh.instanceMatrix.needsUpdate = true;
          mesh.frustumCulled = false;
          return mesh;
        };
        object = instanced(new THREE.MeshPhongMaterial({ color: look.color, specular: 0x474747, shininess: 48,
          transparent: translucent, opacity: look.alpha, depthWrite: !translucent }));
        if (translucent && b.kind === 'sphere') {
          // The GL frame draws a translucent sphere's far side too, darker and
          // without highlight (shaders/sphere.frag): first the far sides, then the near.
          var inner = instanced(new THREE.MeshPhongMaterial({ color: look.color.clone().multiplyScalar(0.8), specular: 0,
            shininess: 1, transparent: true, opacity: look.alpha, depthWrite: false, side: THREE.BackSide }));
          inner.renderOrder = 1;
          layerGroup(b.layer).add(inner);
        }
      } else if (b.kind === 'line') {
        var geometry = new THREE.LineSegmentsGeometry();
        geometry.setPositions(b.positions);
        var lm = new THREE.LineMaterial({ color: look.color.getHex(), linewidth: b.width * scale, transparent: translucent,
          opacity: look.alpha, depthWrite: !translucent, dashed: b.dashed });
        lm.resolution.set(Math.max(1, self.dom.view.clientWidth), Math.max(1, self.dom.view.clientHeight));
        if (b.dashed) {
          lm.defines.USE_DASH = '';
          lm.dashSize = lm.gapSize = self.data.cameras.iso.distance / 150;
        }
        self._lineMaterials.push(lm);
        object = new THREE.LineSegments2(geometry, lm);
        if (b.dashed) object.computeLineDistances();
      } else {
        var positions = [];
        b.items.forEach(function (pts) {
          for (var t = 1; t + 1 < pts.length / 3; ++t)
            positions.push.apply(positions, pts.slice(0, 3).concat(pts.slice(3 * t, 3 * t + 6)));
        });
        var g = new THREE.BufferGeometry();
        g.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
        object = new THREE.Mesh(g, new THREE.MeshBasicMaterial({ color: look.color, transparent: translucent,
          opacity: look.alpha, depthWrite: !translucent, side: THREE.DoubleSide }));
      }
      // Translucent things after opaque ones, as the GL frame draws them.
      object.renderOrder = translucent ? 2 : 0;
      object.frustumCulled = false;
      layerGroup(b.layer).add(object);
    });
    return frame;
  };

  FigurePage.prototype._label = function (p, scale) {
    var anchor = document.createElement('div');
    anchor.className = 'cs-anchor';
    var text = element('div', 'cs-label', anchor, p.html);
    var look = rgba(p.c);
    text.style.color = '#' + look.color.getHexString();
    text.style.opacity = look.alpha;
    text.style.fontSize = (p.size * scale).toFixed(1) + 'px';
    var gap = LABEL_GAP_PX * scale;
    var off = p.off || [0, 0];
    var moves = {
      center: 'translate(-50%, -50%)',
      right: 'translate(' + gap + 'px, -50%)',
      left: 'translate(calc(-100% - ' + gap + 'px), -50%)',
      above: 'translate(-50%, calc(-100% - ' + gap + 'px))',
      below: 'translate(-50%, ' + gap + 'px)'
    };
    text.style.left = (off[0] * scale) + 'px';
    text.style.top = (off[1] * scale) + 'px';
    text.style.transform = moves[p.place] || moves.right;
    var object = new THREE.CSS2DObject(anchor);
    object.position.set(p.p[0], p.p[1], p.p[2]);
    return object;
  };

  // --- what is under the pointer: the viewer's pick, on the CPU ---

  FigurePage.prototype._project = function (x, y, z, size) {
    var v = new THREE.Vector3(x, y, z).project(this.camera);
    return { x: (v.x + 1) / 2 * size.w, y: (1 - v.y) / 2 * size.h, z: v.z };
  };

  function segmentDistance(p, a, b) {
    var dx = b.x - a.x, dy = b.y - a.y;
    var l2 = dx * dx + dy * dy;
    var t = l2 > 0 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2)) : 0;
    var ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return { d: Math.sqrt(ex * ex + ey * ey), z: a.z + t * (b.z - a.z) };
  }

  function inside(p, poly) {
    var c = false;
    for (var i = 0, j = poly.length - 1; i < poly.length; j = i++) {
      if ((poly[i].y > p.y) !== (poly[j].y > p.y) &&
          p.x < (poly[j].x - poly[i].x) * (p.y - poly[i].y) / (poly[j].y - poly[i].y) + poly[i].x) c = !c;
    }
    return c;
  }

  // Spheres first, then lines and arrows, then polygons; ties to the nearer.
  FigurePage.prototype.pick = function (px, py) {
    if (!this.data || !this.camera) return null;
    var size = { w: this.dom.view.clientWidth, h: this.dom.view.clientHeight };
    var at = { x: px, y: py };
    var best = null;
    var self = this;
    var up = new THREE.Vector3(0, 1, 0).applyQuaternion(this.camera.quaternion);
    function offer(rank, d, z, p) {
      if (d > PICK_TOLERANCE_PX) return;
      if (!best || rank < best.rank || (rank === best.rank && z < best.z)) best = { rank: rank, z: z, primitive: p };
    }
    frameIndices(this.data.frames[this.frame]).forEach(function (i) {
      var p = self.data.primitives[i];
      if (self.hidden[self.data.layers[p.l].id] || p.k === 't') return;
      var pts = [], n = p.p.length / 3;
      for (var k = 0; k < n; ++k) pts.push(self._project(p.p[3 * k], p.p[3 * k + 1], p.p[3 * k + 2], size));
      if (pts.some(function (q) { return q.z > 1; })) return;
      if (p.k === 's') {
        var edge = self._project(p.p[0] + up.x * p.r, p.p[1] + up.y * p.r, p.p[2] + up.z * p.r, size);
        var r = Math.hypot(edge.x - pts[0].x, edge.y - pts[0].y);
        offer(0, Math.max(0, Math.hypot(px - pts[0].x, py - pts[0].y) - r), pts[0].z, p);
      } else if (p.k === 'l' || p.k === 'a') {
        var segs = pts.length - 1 + (p.closed && pts.length > 2 ? 1 : 0);
        for (var s = 0; s < segs; ++s) {
          var h = segmentDistance(at, pts[s], pts[(s + 1) % pts.length]);
          offer(1, h.d, h.z, p);
        }
      } else if (p.k === 'g' && inside(at, pts)) {
        offer(2, 0, pts[0].z, p);
      }
    });
    return best ? best.primitive : null;
  };

  function fixed(v) { return v.toFixed(4); }
  function at(v) { return 'at (' + fixed(v.x) + ', ' + fixed(v.y) + ', ' + fixed(v.z) + ')'; }

  // The viewer's tooltip (src/figures/paper_quotes.cpp): the layer's name in
  // the paper's words, a label's text, where the element is, and the
  // sentence of the paper its position comes from.
  FigurePage.prototype.tooltipHtml = function (p) {
    var layer = this.data.layers[p.l];
    var n = p.p.length / 3, length = 0, centre = new THREE.Vector3();
    for (var i = 0; i < n; ++i) {
      centre.add(vec(p.p, i));
      if (i > 0) length += vec(p.p, i).distanceTo(vec(p.p, i - 1));
    }
    if (p.closed && n > 2) length += vec(p.p, 0).distanceTo(vec(p.p, n - 1));
    centre.divideScalar(n);
    var value = p.k === 's' ? at(vec(p.p, 0)) + ', radius ' + fixed(p.r)
      : p.k === 'l' || p.k === 'a' ? 'length ' + fixed(length)
      : at(centre);
    var html = '<div>' + layer.name + (p.k === 't' ? ': ' + p.html : '') + '</div><div>' + value + '</div>';
    if (layer.quote) html += '<div class="quote">“' + layer.quote + '”</div><div class="sec">— ' + layer.section + '</div>';
    else if (p.sec !== undefined) html += '<div class="sec">' + this.data.primitive_sections[p.sec] + '</div>';
    return html;
  };

  FigurePage.prototype._showTooltip = function (px, py) {
    var p = this.pick(px, py);
    var tip = this.dom.tooltip;
    if (!p) { this._hideTooltip(); return; }
    tip.innerHTML = this.tooltipHtml(p);
    tip.style.display = 'block';
    var w = this.dom.view.clientWidth;
    tip.style.left = Math.min(px + 14, Math.max(0, w - tip.offsetWidth - 4)) + 'px';
    tip.style.top = (py + 16) + 'px';
  };

  FigurePage.prototype._hideTooltip = function () { this.dom.tooltip.style.display = 'none'; };

  FigurePage.prototype._pointer = function (view) {
    var self = this;
    var down = null, queued = null;
    function local(e) {
      var r = view.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    }
    view.addEventListener('pointermove', function (e) {
      if (e.pointerType !== 'mouse' || e.buttons) return;
      var at = local(e);
      if (queued) { queued = at; return; }
      queued = at;
      global.requestAnimationFrame(function () { self._showTooltip(queued.x, queued.y); queued = null; });
    });
    view.addEventListener('pointerleave', function () { self._hideTooltip(); });
    // A tap (touch, or a click that does not drag) shows what is there.
    view.addEventListener('pointerdown', function (e) { down = local(e); });
    view.addEventListener('pointerup', function (e) {
      var at = local(e);
      if (down && Math.hypot(at.x - down.x, at.y - down.y) < 6) self._showTooltip(at.x, at.y);
      down = null;
    });
  };

  FigurePage.prototype._key = function (e) {
    if (!this.data || !this.camera || e.ctrlKey || e.metaKey || e.altKey) return;
    var tag = (e.target && e.target.tagName) || '';
    if (tag === 'SELECT' || tag === 'TEXTAREA' || (tag === 'INPUT' && e.target.type !== 'checkbox' && e.target.type !== 'range')) return;
    if (PRESET_KEYS[e.key]) this.setView(PRESET_KEYS[e.key]);
    else if (e.key === '5') this.toggleProjection();
    else if (e.key === 'r' || e.key === 'R') this.reset();
    else if (e.key === ' ') this.togglePlay();
    else if (e.key === ',') this.step(-1);
    else if (e.key === '.') this.step(1);
    else return;
    e.preventDefault();
  };

  FigurePage.element = element;  // for the explorer's controls
  global.CagescopePage = FigurePage;
})(this);
