/**
 * The report's inline script (plain ES2017, no dependencies): filters, keyboard navigation,
 * figure tooltips and counterpart highlighting, overview clicks. It reads its data from the
 * `#aa-data` JSON block and writes report text only through `textContent`.
 */
export const CLIENT_JS = String.raw`(function () {
  'use strict';
  var doc = document;
  var data = JSON.parse(doc.getElementById('aa-data').textContent || '{}');
  var $$ = function (selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); };
  doc.documentElement.classList.add('js');

  var findingItems = $$('#finding-list > li');
  var noteItems = $$('.notes > li[data-finding]');
  var beads = $$('.bead');
  var onlyDriftButton = doc.getElementById('only-drift');
  var kindButtons = $$('button[data-filter-kind]');
  var severityButtons = $$('button[data-filter-severity]');
  var statusLine = doc.getElementById('filter-status');
  var beadsBox = doc.getElementById('beads');
  var state = { onlyDrift: onlyDriftButton ? onlyDriftButton.getAttribute('aria-pressed') === 'true' : false, kinds: {}, severities: {} };
  kindButtons.forEach(function (b) { state.kinds[b.getAttribute('data-filter-kind')] = b.getAttribute('aria-pressed') === 'true'; });
  severityButtons.forEach(function (b) { state.severities[b.getAttribute('data-filter-severity')] = b.getAttribute('aria-pressed') === 'true'; });

  function findingVisible(index) {
    var f = data.findings[index];
    return !!f && state.kinds[f.kind] !== false && state.severities[f.severity] !== false;
  }
  function beadFindings(bead) {
    var raw = bead.getAttribute('data-findings');
    return raw ? raw.split(' ').map(Number) : [];
  }
  function setPressed(button, on) {
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    var check = button.querySelector('.check');
    if (check) check.textContent = on ? '✓' : '';
  }

  function apply() {
    var shown = 0;
    findingItems.forEach(function (li) {
      var visible = findingVisible(Number(li.getAttribute('data-index')));
      li.hidden = !visible;
      if (visible) shown++;
    });
    noteItems.forEach(function (li) { li.hidden = !findingVisible(Number(li.getAttribute('data-finding'))); });
    var hiddenBeads = 0;
    beads.forEach(function (bead) {
      var drift = beadFindings(bead).some(findingVisible);
      bead.classList.toggle('drift', drift);
      bead.hidden = state.onlyDrift && !drift;
      if (bead.hidden) hiddenBeads++;
      var notes = bead.querySelector('.notes');
      if (notes) notes.hidden = !$$('li', notes).some(function (li) { return !li.hidden; });
    });
    markCollapsedRuns();
    if (onlyDriftButton) setPressed(onlyDriftButton, state.onlyDrift);
    kindButtons.forEach(function (b) { setPressed(b, state.kinds[b.getAttribute('data-filter-kind')]); });
    severityButtons.forEach(function (b) { setPressed(b, state.severities[b.getAttribute('data-filter-severity')]); });
    if (statusLine) {
      statusLine.textContent = 'Showing ' + shown + ' of ' + findingItems.length + ' findings' +
        (state.onlyDrift ? ' · ' + hiddenBeads + ' of ' + beads.length + ' beads without drift hidden' : '');
    }
  }

  function markCollapsedRuns() {
    $$('.collapsed', beadsBox).forEach(function (el) { el.parentNode.removeChild(el); });
    var run = 0;
    var flush = function (before) {
      if (!run) return;
      var marker = doc.createElement('div');
      marker.className = 'collapsed';
      marker.textContent = '⋯ ' + run + (run === 1 ? ' bead' : ' beads') + ' without drift hidden';
      beadsBox.insertBefore(marker, before);
      run = 0;
    };
    beads.forEach(function (bead) { if (bead.hidden) run++; else flush(bead); });
    flush(null);
  }

  if (onlyDriftButton) onlyDriftButton.addEventListener('click', function () { state.onlyDrift = !state.onlyDrift; apply(); });
  kindButtons.forEach(function (b) {
    b.addEventListener('click', function () { var k = b.getAttribute('data-filter-kind'); state.kinds[k] = !state.kinds[k]; apply(); });
  });
  severityButtons.forEach(function (b) {
    b.addEventListener('click', function () { var s = b.getAttribute('data-filter-severity'); state.severities[s] = !state.severities[s]; apply(); });
  });

  var currentItem = null;
  function goToBead(index) {
    var bead = doc.getElementById('bead-' + index);
    if (!bead) return;
    if (bead.hidden) { state.onlyDrift = false; apply(); }
    bead.scrollIntoView({ block: 'center' });
    bead.focus({ preventScroll: true });
    bead.classList.remove('flash');
    void bead.offsetWidth;
    bead.classList.add('flash');
    setTimeout(function () { bead.classList.remove('flash'); }, 1600);
    $$('.ov-bead.current').forEach(function (el) { el.classList.remove('current'); });
    var dot = doc.querySelector('.ov-bead[data-bead="' + index + '"]');
    if (dot) dot.classList.add('current');
    if (history.replaceState) history.replaceState(null, '', '#bead-' + index);
  }
  function selectFinding(li) {
    findingItems.forEach(function (x) { x.removeAttribute('aria-current'); });
    currentItem = li;
    li.setAttribute('aria-current', 'true');
    var list = li.parentNode;
    if (list && list.scrollHeight > list.clientHeight) {
      var top = li.offsetTop - list.offsetTop;
      if (top < list.scrollTop || top + li.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top - 8;
    }
    var bead = li.getAttribute('data-bead');
    if (bead !== null && bead !== '') goToBead(Number(bead));
  }
  function step(delta) {
    var items = findingItems.filter(function (li) { return !li.hidden && li.getAttribute('data-bead') !== null; });
    if (!items.length) return;
    var pos = items.indexOf(currentItem);
    pos = pos === -1 ? (delta > 0 ? 0 : items.length - 1) : (pos + delta + items.length) % items.length;
    selectFinding(items[pos]);
  }

  doc.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#bead-"]') : null;
    if (!link) return;
    event.preventDefault();
    var li = link.closest('#finding-list > li');
    if (li) { selectFinding(li); return; }
    goToBead(Number(link.getAttribute('href').slice(6)));
  });

  var svg = doc.getElementById('overview-svg');
  if (svg) svg.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('a')) return;
    var box = svg.getBoundingClientRect();
    var scale = 300 / box.width;
    var px = (event.clientX - box.left) * scale, py = (event.clientY - box.top) * scale;
    var x0 = +svg.getAttribute('data-x0'), y0 = +svg.getAttribute('data-y0');
    var w = +svg.getAttribute('data-w'), h = +svg.getAttribute('data-h');
    var ns = +svg.getAttribute('data-ns'), nt = +svg.getAttribute('data-nt');
    var sx = (px - x0) / w * ns, ty = (py - y0) / h * nt;
    var best = -1, bestDistance = Infinity;
    data.beads.forEach(function (b, i) {
      var dx = (b[0] + b[1]) / 2 - sx, dy = (b[2] + b[3]) / 2 - ty;
      var d = (dx * dx) / (ns * ns) + (dy * dy) / (nt * nt);
      if (d < bestDistance) { bestDistance = d; best = i; }
    });
    if (best >= 0) goToBead(best);
  });

  var tip = doc.getElementById('tip');
  var linked = [];
  function line(className, text) {
    var el = doc.createElement('div');
    el.className = className;
    el.textContent = text;
    tip.appendChild(el);
  }
  function describe(id) {
    var f = data.figures[id];
    return f ? '“' + f.surface + '”  →  ' + f.normalized : '';
  }
  function showTip(mark) {
    var f = data.figures[mark.id];
    if (!f || !tip) return;
    tip.textContent = '';
    line('t-head', (f.side === 'source' ? 'Source' : 'Target') + ' figure · ' + f.status);
    line('t-row', describe(mark.id));
    if (f.pair) line('t-row', (f.side === 'source' ? 'Target: ' : 'Source: ') + describe(f.pair));
    f.notes.forEach(function (note) { line('t-msg', note); });
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    // Open away from the other column so the counterpart stays visible.
    var anchor = f.side === 'source' ? r.right - tip.offsetWidth : r.left;
    var left = Math.min(anchor + window.scrollX, window.scrollX + doc.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = (r.bottom + window.scrollY + 6) + 'px';
    if (f.pair) {
      var other = doc.getElementById(f.pair);
      if (other) { other.classList.add('linked'); linked.push(other); }
    }
    mark.classList.add('linked');
    linked.push(mark);
  }
  function hideTip() {
    if (tip) tip.hidden = true;
    linked.forEach(function (el) { el.classList.remove('linked'); });
    linked = [];
  }
  $$('mark.fig').forEach(function (mark) {
    mark.removeAttribute('title');
    mark.addEventListener('mouseenter', function () { hideTip(); showTip(mark); });
    mark.addEventListener('mouseleave', hideTip);
    mark.addEventListener('focus', function () { hideTip(); showTip(mark); });
    mark.addEventListener('blur', hideTip);
  });

  doc.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var t = event.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (event.key === 'j' || event.key === 'n') { step(1); event.preventDefault(); }
    else if (event.key === 'k' || event.key === 'p') { step(-1); event.preventDefault(); }
    else if (event.key === 'd') { state.onlyDrift = !state.onlyDrift; apply(); }
    else if (event.key === 'Escape') hideTip();
  });

  apply();
  var hash = /^#bead-(\d+)$/.exec(location.hash);
  if (hash) goToBead(Number(hash[1]));
})();`;
